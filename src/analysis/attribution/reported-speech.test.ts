// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { contextOf } from '../text/context.ts'
import { findAttribution } from './attribution.ts'

/** Claims as [speaker name or null, words, rule], in document order. */
function claimsOf(...paragraphs: string[]): [string | null, string, string][] {
  const context = contextOf(paragraphs)
  const result = findAttribution(context)
  const nameOf = (id: string | null) => result.speakers.find((s) => s.id === id)?.name ?? null
  return result.claims.map((c) => [nameOf(c.speakerId), context.doc.text.slice(c.start, c.end), c.rule])
}

/** The claims of one rule, as [speaker, words]. */
const byRule = (rule: string, ...paragraphs: string[]) =>
  claimsOf(...paragraphs)
    .filter(([, , r]) => r === rule)
    .map(([speaker, words]) => [speaker, words])

describe('a speaker followed by a colon and a list: each item is a claim of that speaker', () => {
  it.each([
    [
      'marked items after "said:"',
      [
        'Addressing farmers in Wexley, Governor Ines Harrow said:',
        '- Tolls on the ring road should go.',
        '- A new rail line would open by 2031.',
      ],
      [
        ['Ines Harrow', 'Tolls on the ring road should go'],
        ['Ines Harrow', 'A new rail line would open by 2031'],
      ],
    ],
    [
      'numbered items after "told the Ledger:"',
      [
        'Union leader Pavel Dorn told the Ledger:',
        '1. Wages must rise with prices.',
        '2. Night shifts would end at midnight.',
      ],
      [
        ['Pavel Dorn', 'Wages must rise with prices'],
        ['Pavel Dorn', 'Night shifts would end at midnight'],
      ],
    ],
    [
      'bullets after a list of points named with a pronoun',
      [
        'Mayor Odile Carrow said the town had turned a corner.',
        'Among the points she made:',
        '• The library will stay open on Sundays.',
        '• Parking fees could be halved.',
      ],
      [
        ['Odile Carrow', 'The library will stay open on Sundays'],
        ['Odile Carrow', 'Parking fees could be halved'],
      ],
    ],
    [
      'one-line paragraphs of reported speech without markers',
      [
        'Senator Ruth Algar said:',
        'Britain should rejoin the scheme within a year.',
        'She is sure that exporters will back it.',
        'The committee meets again in June.',
      ],
      [
        ['Ruth Algar', 'Britain should rejoin the scheme within a year'],
        ['Ruth Algar', 'She is sure that exporters will back it'],
      ],
    ],
    [
      'an item that mentions its own speaker again',
      ['Councillor Amir Patel said:', '- He would scrap the levy, which he said was "a tax on the poor".'],
      [['Amir Patel', 'He would scrap the levy, which he said was "a tax on the poor"']],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(byRule('list-item-after-colon', ...paragraphs)).toEqual(expected)
  })

  it.each([
    [
      'a list of facts with no speaker before it',
      ['The figures for March:', '- Sales rose 4%.', '- Exports would have fallen without the subsidy.'],
    ],
    [
      'a colon after narration',
      [
        'The storm brought three things to the valley:',
        '- Floods should be expected.',
        '- Roads will close.',
      ],
    ],
    [
      'plain narration after "said:"',
      ['Governor Ines Harrow said:', 'The meeting ended at noon and the crowd went home.'],
    ],
  ])('leaves unattributed: %s', (_, paragraphs) => {
    expect(byRule('list-item-after-colon', ...paragraphs)).toEqual([])
  })

  it('ends the list where another speaker is attributed', () => {
    const claims = claimsOf(
      'Governor Ines Harrow said:',
      '- Tolls should go.',
      '- The opposition leader, Tom Vale, said the plan would cost billions.',
      '- Rail fares would be frozen.',
    )
    expect(claims).toEqual([
      ['Ines Harrow', 'Tolls should go', 'list-item-after-colon'],
      ['Tom Vale', 'the plan would cost billions', 'name-said-clause'],
    ])
  })

  it('ends a marked list at the first paragraph without a marker', () => {
    const claims = byRule(
      'list-item-after-colon',
      'Governor Ines Harrow said:',
      '- Tolls should go.',
      'Rail fares would be frozen, the budget office estimated on Monday in a separate note.',
    )
    expect(claims).toEqual([['Ines Harrow', 'Tolls should go']])
  })
})

describe('a Q&A transcript: each answer paragraph is a claim of the interviewee', () => {
  const intro = [
    'Marta Solano has led the port authority since 2020.',
    'Solano spoke to the Harbour Times at her office. The interview has been edited for length.',
  ]

  it('attributes "A:" paragraphs and their continuations to the person who spoke to the outlet', () => {
    const claims = claimsOf(
      ...intro,
      'Q: Will the port grow?',
      'A: Yes. We will double the number of berths by 2030.',
      'The cranes arrive next spring.',
      'Q: Your critics say the dredging harms fish. Is that fair?',
      'A: No. The studies show the opposite, as the ministry confirmed.',
    )
    expect(claims).toEqual([
      ['Marta Solano', 'Yes. We will double the number of berths by 2030', 'answer-in-interview'],
      ['Marta Solano', 'The cranes arrive next spring', 'answer-in-interview'],
      ['critics', 'the dredging harms fish', 'name-said-clause'],
      ['Marta Solano', 'No. The studies show the opposite, as the ministry confirmed', 'answer-in-interview'],
    ])
  })

  it('gives "You said …" in a question to the interviewee and drops what a question only asks', () => {
    const claims = claimsOf(
      ...intro,
      'Q: You said in May that the port was full. What will you tell the minister?',
      'A: That we need more land.',
      'Q: And then?',
      'A: Then we build.',
    )
    expect(claims.slice(0, 1)).toEqual([['Marta Solano', 'the port was full', 'name-said-that']])
    expect(claims.map(([, words]) => words)).not.toContain('the minister')
  })

  it.each([
    ['"Question:" and "Answer:"', 'Question:', 'Answer:'],
    ['names as labels', 'HARBOUR TIMES:', 'SOLANO:'],
  ])('reads %s', (_, ask, answer) => {
    const claims = byRule(
      'answer-in-interview',
      ...intro,
      `${ask} Will the port grow?`,
      `${answer} It will, by a third.`,
      `${ask} When?`,
      `${answer} Before 2030, if the loans come through.`,
    )
    expect(claims).toEqual([
      ['Marta Solano', 'It will, by a third'],
      ['Marta Solano', 'Before 2030, if the loans come through'],
    ])
  })

  it.each([
    [
      'a recipe with "Q:" and "A:" and nobody interviewed',
      [
        'Readers often ask about sourdough.',
        'Q: How long should it rise?',
        'A: Overnight is best.',
        'Q: Can I freeze it?',
        'A: Yes, for a month.',
      ],
    ],
    ['a lone "Q:" in an article', [...intro, 'Q: Will the port grow?', 'Solano said it would, by a third.']],
    ['labels that are no conversation', ['Note: prices include tax.', 'Update: the shop has moved.']],
  ])('makes no answer claims for %s', (_, paragraphs) => {
    expect(byRule('answer-in-interview', ...paragraphs)).toEqual([])
  })
})

describe('"In an interview with X, Y said …"', () => {
  it('takes the outlet of the interview, with a participle after it, for no speaker', () => {
    expect(
      claimsOf(
        'In an interview with the Sunday Ledger published at the weekend, Dana Whitlock said the mill would reopen.',
      ),
    ).toEqual([['Dana Whitlock', 'the mill would reopen', 'name-said-clause']])
  })

  it('still reads a verb after "by X" when an auxiliary shows it is one', () => {
    // Who speaks ("economists polled by Reuters") is the speaker pass's matter; here the claim must stay.
    const claims = claimsOf('Economists polled by Reuters had forecast sales would rise 0.4%.')
    expect(claims.map(([, words]) => words)).toEqual(['sales would rise 0.4%'])
  })
})

describe('"she believes …" after a claim of hers continues her', () => {
  it.each([
    [
      'after an interview with her',
      [
        'In an interview with the Valley Post, Dana Whitlock said the mill would reopen.',
        'She believes the town has been "forgotten by Whitehall".',
        'She wants every new job to go to local people.',
        'She would not rule out running for mayor.',
      ],
      [
        ['Dana Whitlock', 'the town has been "forgotten by Whitehall"'],
        ['Dana Whitlock', 'every new job to go to local people'],
        ['Dana Whitlock', 'She would not rule out running for mayor'],
      ],
    ],
    [
      'a conviction and an intention',
      [
        'Coach Leo Brandt said the team was tired.',
        'He is convinced that the new players will settle.',
        'He plans to rest three starters on Sunday.',
      ],
      [
        ['Leo Brandt', 'the new players will settle'],
        ['Leo Brandt', 'He plans to rest three starters on Sunday'],
      ],
    ],
    [
      'in the same paragraph, after "But"',
      ['Dana Whitlock said the mill would reopen. But she fears the owners will sell the land.'],
      [['Dana Whitlock', 'the owners will sell the land']],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(byRule('pronoun-continues-speaker', ...paragraphs)).toEqual(expected)
  })

  it.each([
    ['"she wants" far from any speaker', ['She wants a bigger garden.', 'The council meets on Monday.']],
    [
      'two paragraphs after her last claim',
      [
        'Dana Whitlock said the mill would reopen.',
        'The mill closed in 2019.',
        'Its owners live abroad.',
        'She believes it can be saved.',
      ],
    ],
    [
      'another person named in between',
      [
        'Dana Whitlock said the mill would reopen.',
        'Her neighbour, Colm Ryan, runs the bakery. She thinks the town will recover.',
      ],
    ],
    [
      'a past-tense narrative',
      ['Dana Whitlock said the mill would reopen.', 'She believed as a child that she would be a nurse.'],
    ],
    [
      'declining to say',
      ['Dana Whitlock said the mill would reopen.', 'She would not say which owners had called her.'],
    ],
    [
      'declining to comment',
      ['Dana Whitlock said the mill would reopen.', 'She would not comment on the sale.'],
    ],
  ])('leaves unattributed: %s', (_, paragraphs) => {
    expect(byRule('pronoun-continues-speaker', ...paragraphs)).toEqual([])
  })
})

describe('speakers the kind-2 fixtures showed missing', () => {
  it.each([
    [
      'a plural possessive in the role: "transit workers\' union"',
      "Rosa Diaz, president of the transit workers' union, said the union had not endorsed anyone.",
      'Rosa Diaz',
    ],
    [
      'a titled name after its description',
      'Her main rival, Mayor Dale Whitcombe, said the city could not afford a tram.',
      'Dale Whitcombe',
    ],
    ['a group in "-men"', 'Fishermen complain that dredging has been cut.', 'fishermen'],
  ])('%s', (_, sentence, speaker) => {
    expect(claimsOf(sentence).map(([name]) => name)).toEqual([speaker])
  })
})
