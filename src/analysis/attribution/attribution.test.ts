// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { contextOfDocument } from '../text/context.ts'
import { documentOf } from '../text/document.ts'
import { findAttribution } from './attribution.ts'
import type { AnalysisDocument } from '../text/types.ts'

/** The document buildDocument would make of these body paragraphs (no caption). */
function docOf(paragraphs: string[]): AnalysisDocument {
  return documentOf(paragraphs, '2024-03-05T10:00:00Z')
}

function analyse(...paragraphs: string[]) {
  const doc = docOf(paragraphs)
  const result = findAttribution(contextOfDocument(doc))
  const nameOf = (id: string | null) => result.speakers.find((s) => s.id === id)?.name ?? null
  const claims = result.claims.map((c) => ({
    speaker: nameOf(c.speakerId),
    text: doc.text.slice(c.start, c.end),
    direct: c.direct,
    cue: c.cue ? doc.text.slice(c.cue.start, c.cue.end) : null,
  }))
  return { ...result, claims, text: doc.text }
}

describe('findAttribution: one claim per pattern', () => {
  it.each([
    [
      'quote then name said',
      '"We will rebuild the bridge," Lena Marsh said.',
      'Lena Marsh',
      'We will rebuild the bridge',
      true,
      'said',
    ],
    [
      'quote then said name',
      '"The river is rising fast," said Tomas Brill.',
      'Tomas Brill',
      'The river is rising fast',
      true,
      'said',
    ],
    [
      'name said that',
      'Lena Marsh said that the bridge would reopen in May.',
      'Lena Marsh',
      'the bridge would reopen in May',
      false,
      'said',
    ],
    [
      'name said without that',
      'Lena Marsh stressed the town will pay for the repairs.',
      'Lena Marsh',
      'the town will pay for the repairs',
      false,
      'stressed',
    ],
    [
      'reported then said name',
      'The repairs will take a year, said Tomas Brill.',
      'Tomas Brill',
      'The repairs will take a year',
      false,
      'said',
    ],
    [
      'reported then name said',
      'The repairs will take a year, Tomas Brill explained.',
      'Tomas Brill',
      'The repairs will take a year',
      false,
      'explained',
    ],
    [
      'told a newspaper',
      'The plan is sound, Ada Quill told the Daily Ledger.',
      'Ada Quill',
      'The plan is sound',
      false,
      'told',
    ],
    [
      'told Reuters that',
      'Ada Quill told Reuters that the plan was sound.',
      'Ada Quill',
      'the plan was sound',
      false,
      'told',
    ],
    [
      'said in a statement on a day',
      'The Water Agency said in a statement on Tuesday that supplies were safe.',
      'Water Agency',
      'supplies were safe',
      false,
      'said',
    ],
    [
      'name with title and colon',
      'Mayor Ada Quill said: "Nobody will be left behind."',
      'Ada Quill',
      'Nobody will be left behind.',
      true,
      'said',
    ],
    [
      'name with comma then quote',
      'Ada Quill said, "Nobody will be left behind."',
      'Ada Quill',
      'Nobody will be left behind.',
      true,
      'said',
    ],
    [
      'inverted with appositive',
      '"The budget is exhausted," said Piet Vance, a spokesman for the agency.',
      'Piet Vance',
      'The budget is exhausted',
      true,
      'said',
    ],
    [
      'age and job appositives',
      'Piet Vance, 45, a teacher, said the school had flooded twice.',
      'Piet Vance',
      'the school had flooded twice',
      false,
      'said',
    ],
    [
      'appositive after name before tail verb',
      'Prices will rise, Ola Brandt, an economist at the central bank, told reporters.',
      'Ola Brandt',
      'Prices will rise',
      false,
      'told',
    ],
    [
      'according to a person, trailing',
      'The dam was built in 1952, according to Ola Brandt.',
      'Ola Brandt',
      'The dam was built in 1952',
      false,
      'according to',
    ],
    [
      'according to an organization, leading',
      'According to the Harbour Authority, ten ships were delayed.',
      'Harbour Authority',
      'ten ships were delayed',
      false,
      'According to',
    ],
    [
      'according to a statement from an organization',
      'Ten ships were delayed, according to a statement from the Harbour Authority.',
      'Harbour Authority',
      'Ten ships were delayed',
      false,
      'according to',
    ],
    [
      'according to a bare statement is unattributed',
      'Ten ships were delayed, according to a statement.',
      null,
      'Ten ships were delayed',
      false,
      'according to',
    ],
    [
      'officials said',
      'Officials said the road would stay closed.',
      'officials',
      'the road would stay closed',
      false,
      'said',
    ],
    [
      'police said',
      'Three men were arrested, police said.',
      'police',
      'Three men were arrested',
      false,
      'said',
    ],
    [
      'said group after',
      'The fire started in the kitchen, said witnesses.',
      'witnesses',
      'The fire started in the kitchen',
      false,
      'said',
    ],
    [
      'curly quotes',
      '“We are not afraid,” Mira Okafor said.',
      'Mira Okafor',
      'We are not afraid',
      true,
      'said',
    ],
    [
      'senator abbreviation',
      'Sen. Jane Dorrit said the bill was dead.',
      'Jane Dorrit',
      'the bill was dead',
      false,
      'said',
    ],
    [
      'participle calling a quote',
      'Jane Dorrit rejected the report, calling it "pure fiction."',
      'Jane Dorrit',
      'pure fiction.',
      true,
      'calling',
    ],
    [
      'institution said',
      'The Ministry of Health said 40 cases had been confirmed.',
      'Ministry of Health',
      '40 cases had been confirmed',
      false,
      'said',
    ],
    [
      'a dateline before the claim',
      'OSLO (Wire) — The ferry sank at dawn, coast guard officials said Tuesday.',
      'coast guard officials',
      'The ferry sank at dawn',
      false,
      'said',
    ],
    [
      'a possessive organization',
      'Freedonia’s air force said it shot down two drones.',
      'Freedonia’s air force',
      'it shot down two drones',
      false,
      'said',
    ],
    [
      'pronoun after a speaker whose verb made no claim',
      'Sen. Jane Dorrit criticized the ruling. "It is a disgrace," she said.',
      'Jane Dorrit',
      'It is a disgrace',
      true,
      'said',
    ],
    [
      'according to data released by an agency',
      'Prices rose 3%, according to data released by the Statistics Office last week.',
      'Statistics Office',
      'Prices rose 3%',
      false,
      'according to',
    ],
    [
      'possessive spokesman',
      "Dorrit's spokesman said the senator was resting.",
      "Dorrit's spokesman",
      'the senator was resting',
      false,
      'said',
    ],
    [
      'quote then name said, closing adverbial',
      '"The roof will hold," club captain Ada Quill, 61, said after the vote.',
      'Ada Quill',
      'The roof will hold',
      true,
      'said',
    ],
    [
      'quote then name told reporters, closing adverbial',
      '"Aid cannot get through," Lena Marsh, the agency\'s coordinator, told reporters in the capital on Sunday.',
      'Lena Marsh',
      'Aid cannot get through',
      true,
      'told',
    ],
    [
      'claim then name said, adverbial up to a participle',
      'Sales will fall this year, Tomas Brill said on a call with analysts, adding that prices would rise.',
      'Tomas Brill',
      'Sales will fall this year',
      false,
      'said',
    ],
    [
      'name opening with a particle and an apostrophe, after a role',
      'The province’s minister of emergency management, Colette d’Entremont-Baird, told a briefing at 11 a.m. that crews had cleared 312 roads.',
      'Colette d’Entremont-Baird',
      'crews had cleared 312 roads',
      false,
      'told',
    ],
    [
      'name with lower-case particles',
      'European Commission President Ursula von der Leyen said the plan was sound.',
      'Ursula von der Leyen',
      'the plan was sound',
      false,
      'said',
    ],
    [
      'organization joined by "on"',
      'The UN Commission on International Watercourses said it was deeply concerned by the dispute.',
      'UN Commission on International Watercourses',
      'it was deeply concerned by the dispute',
      false,
      'said',
    ],
    [
      'organization joined by "for", after "according to"',
      'The river supplies 70% of its water, according to the Tamsar-based Institute for Basin Studies.',
      'Tamsar-based Institute for Basin Studies',
      'The river supplies 70% of its water',
      false,
      'according to',
    ],
    [
      'company with an ampersand',
      'Maritime Grid & Power Co. said on Wednesday that it had restored power to 231,000 customers.',
      'Maritime Grid & Power Co.',
      'it had restored power to 231,000 customers',
      false,
      'said',
    ],
    [
      'said + description, then the name',
      '"We will keep the doors open," said the hall’s manager, Bernadette Côté.',
      'Bernadette Côté',
      'We will keep the doors open',
      true,
      'said',
    ],
  ])('%s', (_name, text, speaker, claim, direct, cue) => {
    const { claims } = analyse(text)
    expect(claims).toContainEqual({ speaker, text: claim, direct, cue })
  })

  it('keeps the description as the role of the person named after it', () => {
    const { speakers } = analyse('"It is a good day," said a spokeswoman for the council, Ana Ruiz.')
    expect(speakers.map((s) => [s.name, s.role])).toEqual([['Ana Ruiz', 'spokeswoman for the council']])
  })

  it('keeps one person when the surname with its particles is used later', () => {
    const { speakers, mentions, text } = analyse(
      'Commission President Ursula von der Leyen said the plan was sound. Von der Leyen added that talks would go on.',
    )
    expect(speakers.map((s) => s.name)).toEqual(['Ursula von der Leyen'])
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Ursula von der Leyen', 'Von der Leyen'])
  })

  it('keeps one company when the utility is named later', () => {
    const { speakers } = analyse(
      'Maritime Grid & Power Co. said it had restored power. About 1,400 workers are on shift, the utility said.',
    )
    expect(speakers.map((s) => s.name)).toEqual(['Maritime Grid & Power Co.'])
  })
})

describe('findAttribution: claims split around their attribution', () => {
  it('takes the part after an attribution that interrupts a fragment', () => {
    const { claims } = analyse('The town, Ada Quill said, will rebuild every house that the flood destroyed.')
    expect(claims).toEqual([
      {
        speaker: 'Ada Quill',
        text: 'will rebuild every house that the flood destroyed',
        direct: false,
        cue: 'said',
      },
    ])
  })

  it('takes the clause before an attribution that interrupts after it', () => {
    const { claims } = analyse(
      'The number of homes lost has reached 312, the Flood Office announced on Monday, including 40 farms.',
    )
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ['Flood Office', 'The number of homes lost has reached 312'],
    ])
  })

  it('makes a second claim of a participle clause', () => {
    const { claims } = analyse(
      'Ola Brandt said that rates would stay high, adding that the bank was ready to act.',
    )
    expect(claims.map((c) => [c.speaker, c.text, c.cue])).toEqual([
      ['Ola Brandt', 'rates would stay high', 'said'],
      ['Ola Brandt', 'the bank was ready to act', 'adding'],
    ])
  })

  it('makes a second claim of a second reporting verb joined by "and"', () => {
    const { claims } = analyse(
      'Ola Brandt said the plant would close in May and added that staff had been told.',
      'The minister told MPs the plan was affordable and insisted that no cuts would follow.',
      'Mayor Rita Hu arrived late and said that the vote would go ahead.',
    )
    expect(claims.map((c) => [c.speaker, c.text, c.cue])).toEqual([
      ['Ola Brandt', 'the plant would close in May', 'said'],
      ['Ola Brandt', 'staff had been told', 'added'],
      ['minister', 'the plan was affordable', 'told'],
      ['minister', 'no cuts would follow', 'insisted'],
      ['Rita Hu', 'the vote would go ahead', 'said'],
    ])
  })

  it('makes the accused and the charge a claim of "accused X of Y", and nothing of "accused X" alone', () => {
    const { claims } = analyse(
      'Opposition leader Maria Lopez accused the government of hiding the cost of the scheme.',
      'The union walked out on Monday, accusing the council\'s negotiators of "playing politics".',
      'Tom Ode accused the police after the raid.',
    )
    expect(claims.map((c) => [c.speaker, c.text, c.cue])).toEqual([
      ['Maria Lopez', 'the government of hiding the cost of the scheme', 'accused'],
      ['union', 'the council\'s negotiators of "playing politics"', 'accusing'],
    ])
  })

  it('names a speaker with the organization they speak for, honours after a name, and whom they act for', () => {
    const { claims, speakers } = analyse(
      '"The numbers were ahead of our estimates," said analyst Priya Menon of Meridian Capital Securities.',
      'Another analyst, Rohan Iyer of Sapphire Equities, said the deal was fair, but warned that the price looked full.',
      'Rebecca Osei KC, for the claimants, told the court that children had gone without hot water.',
    )
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ['Priya Menon', 'The numbers were ahead of our estimates'],
      ['Rohan Iyer', 'the deal was fair'],
      ['Rohan Iyer', 'the price looked full'],
      ['Rebecca Osei', 'children had gone without hot water'],
    ])
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Priya Menon', 'person'],
      ['Rohan Iyer', 'person'],
      ['Rebecca Osei', 'person'],
    ])
    expect(speakers[0]?.role).toContain('Meridian Capital Securities')
  })

  it('takes a name described as a group or firm for an organization, not one described by a title', () => {
    const { speakers } = analyse(
      'Families Not Barracks, the campaign group that backed the challenge, said 63 people remained.',
      'Anita Coleman, the director of Rural Mothers First, an advocacy group in Atlanta, said the grants were small.',
    )
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Families Not Barracks', 'organization'],
      ['Anita Coleman', 'person'],
    ])
  })

  it('reads "says of …" after a quote, "put it simply:" before one, and "and said" with a bare clause', () => {
    const { claims } = analyse(
      '"I just let it go," Ada Lind says of the winner.',
      'Coach Dana Pruitt put it simply: "We had the best player on the ice."',
      'Mayor Rita Hu laughed and said she planned to stay "until they take the keys away."',
      'Rita Hu put it on the table.',
    )
    expect(claims.map((c) => [c.speaker, c.text, c.cue])).toEqual([
      ['Ada Lind', 'I just let it go', 'says'],
      ['Dana Pruitt', 'We had the best player on the ice.', 'put it'],
      ['Rita Hu', 'she planned to stay "until they take the keys away."', 'said'],
    ])
  })

  it('does not read "States" in "the United States" as a verb, nor a request for anonymity as a claim', () => {
    const { claims } = analyse(
      'In the United States, about 9 million adults use sleep aids, according to the Centers for Disease Control and Prevention.',
      'A deal could be announced soon, one of the people said, asking not to be named because the talks are private.',
    )
    expect(claims.map((c) => [c.speaker, c.cue])).toEqual([
      ['Centers for Disease Control and Prevention', 'according to'],
      ['people', 'said'],
    ])
  })

  it('skips an opening participle clause to find who speaks: "Asked whether …, the coach said …"', () => {
    const { claims } = analyse('Asked about the vote, Mayor Rita Hu laughed and said she would stay.')
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([['Rita Hu', 'she would stay']])
  })

  it('keeps a party label or "incumbent" before a name out of the name', () => {
    const { speakers } = analyse(
      'Republican Douglas Pratt said he had called to congratulate her.',
      'Democrat Angela Whitfield told supporters that the vote was a mandate.',
      'The Democratic Party said it would ask for a recount.',
    )
    expect(speakers.map((s) => [s.name, s.kind, s.role])).toEqual([
      ['Douglas Pratt', 'person', 'Republican'],
      ['Angela Whitfield', 'person', 'Democrat'],
      ['Democratic Party', 'organization', null],
    ])
  })

  it('makes no claim of a second verb joined by "and" when no clause follows it', () => {
    const { claims } = analyse('Ola Brandt said the plant would close and told police.')
    expect(claims.map((c) => c.cue)).toEqual(['said'])
    expect(claims[0]?.text.startsWith('the plant would close')).toBe(true)
  })

  it('attributes a participle to the subject of the main clause', () => {
    const { claims } = analyse(
      'Local officials closed the beach on Sunday, saying that the water was unsafe.',
    )
    expect(claims).toEqual([
      { speaker: 'local officials', text: 'the water was unsafe', direct: false, cue: 'saying' },
    ])
  })

  it('makes the quote after the cue a second claim', () => {
    const { claims } = analyse('"We tried," Mira Okafor said, "but the water came too fast."')
    expect(claims.map((c) => [c.speaker, c.text, c.direct])).toEqual([
      ['Mira Okafor', 'We tried', true],
      ['Mira Okafor', 'but the water came too fast.', true],
    ])
  })

  it('leaves a reporting medium out when it wraps a named speaker', () => {
    const { claims, speakers } = analyse(
      'Ola Brandt said the bank had acted too late, but did not name anyone, the Daily Ledger reported.',
    )
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([['Ola Brandt', 'the bank had acted too late']])
    expect(speakers.map((s) => s.name)).toEqual(['Ola Brandt'])
  })

  it('keeps the claim of an outlet that reports on its own', () => {
    const { claims } = analyse('The factory will close next year, the Daily Ledger reported.')
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ['Daily Ledger', 'The factory will close next year'],
    ])
  })

  it('ignores reporting verbs used as nouns or after "to"', () => {
    const { claims } = analyse("The mayor's comments came late. Ada Quill declined to comment.")
    expect(claims).toEqual([])
  })
})
