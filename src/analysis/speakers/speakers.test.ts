// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { contextOfDocument } from '../text/context.ts'
import { documentOf } from '../text/document.ts'
import { findAttribution } from '../attribution/attribution.ts'
import type { AnalysisDocument } from '../text/types.ts'

/** The document buildDocument would make of these body paragraphs (no caption). */
function docOf(paragraphs: string[]): AnalysisDocument {
  return documentOf(paragraphs, '2024-03-05T10:00:00Z')
}

function analyse(...paragraphs: string[]) {
  const doc = docOf(paragraphs)
  const result = findAttribution(contextOfDocument(doc))
  const nameOf = (id: string | null) => result.speakers.find((s) => s.id === id)?.name ?? null
  const claims = result.claims.map((c) => [nameOf(c.speakerId), doc.text.slice(c.start, c.end)])
  const mentions = result.mentions.map((m) => [doc.text.slice(m.start, m.end), nameOf(m.speakerId)])
  return { speakers: result.speakers, claims, mentions }
}

describe('speakers: one speaker however the article names it', () => {
  it.each([
    [
      'a surname',
      ['John Hartley, the mayor, opened the bridge.', 'The bridge is safe, Hartley said.'],
      'John Hartley',
    ],
    [
      'Mr. and the surname',
      ['John Hartley opened the bridge.', '"It is safe," Mr. Hartley said.'],
      'John Hartley',
    ],
    [
      'a given name first (surname-first names)',
      ['Minister Chen Ruolan arrived on Monday.', 'Chen said the talks went well.'],
      'Chen Ruolan',
    ],
    [
      'a title introduced earlier',
      ['Finance Minister Ilse Varga met the bankers.', 'The finance minister said rates would fall.'],
      'Ilse Varga',
    ],
  ])('resolves %s', (_name, paragraphs, name) => {
    const { speakers, claims } = analyse(...paragraphs)
    expect(speakers.map((s) => s.name)).toEqual([name])
    expect(claims).toHaveLength(1)
  })

  it('merges an organization named with a demonym and with the country', () => {
    const { speakers } = analyse(
      'Norwegian authorities said the ferry had sunk.',
      'Twelve people are missing, according to Norway authority.',
    )
    expect(speakers.map((s) => [s.name, s.kind, s.aliases])).toEqual([
      ['Norwegian authorities', 'organization', ['Norway authority']],
    ])
  })

  it('resolves "the ministry" to the ministry named before', () => {
    const { speakers, claims } = analyse(
      'The Ministry of Transport ordered an inquiry.',
      'The ferry was not overloaded, the ministry said in a statement.',
    )
    expect(speakers.map((s) => s.name)).toEqual(['Ministry of Transport'])
    expect(claims).toEqual([['Ministry of Transport', 'The ferry was not overloaded']])
  })

  it('resolves "the company" to the company named before', () => {
    const { claims } = analyse('Brightwater Inc. cut 200 jobs.', 'The cuts were painful, the company said.')
    expect(claims).toEqual([['Brightwater Inc.', 'The cuts were painful']])
  })

  it('keeps people who say nothing out of the speakers', () => {
    const { speakers } = analyse(
      'Ilse Varga met Prime Minister Otto Brandvold on Friday.',
      '"We agreed on a plan," Varga said.',
    )
    expect(speakers.map((s) => s.name)).toEqual(['Ilse Varga'])
  })

  it.each([
    ['"We are ready," said Piet Vance, a spokesman for the port.', 'spokesman for the port'],
    [
      'Lena Oberst, an economist at Halden University, said prices would rise.',
      'economist at Halden University',
    ],
    ['The plan is late, Tomas Brill, the head of the council, told reporters.', 'head of the council'],
    ['Finance Minister Ilse Varga said rates would fall.', 'Finance Minister'],
  ])('gives a person the role the article introduces them with, without its article: %s', (text, role) => {
    const { speakers } = analyse(text)
    expect(speakers[0]?.role).toBe(role)
  })
})

describe('speakers: pronouns and continued quotes', () => {
  it('resolves "he said" to the last person who spoke', () => {
    const { claims } = analyse(
      'Ilse Varga said the plan was ready.',
      'Tomas Brill said it was late.',
      '"We lost a year," he said.',
    )
    expect(claims.at(-1)).toEqual(['Tomas Brill', 'We lost a year'])
  })

  it('resolves "she said" past a man who spoke later', () => {
    const { claims } = analyse(
      'Ms. Ilse Varga said the plan was ready.',
      'Mr. Tomas Brill said it was late.',
      '"We lost nothing," she said.',
    )
    expect(claims.at(-1)).toEqual(['Ilse Varga', 'We lost nothing'])
  })

  it('resolves "they said" to the last group', () => {
    const { claims } = analyse('Residents said the water was brown.', '"Nobody listens to us," they said.')
    expect(claims.at(-1)).toEqual(['residents', 'Nobody listens to us'])
  })

  it('resolves a pronoun inside another claim to the person named in it', () => {
    const { claims } = analyse(
      'Tomas Brill said the budget was fine.',
      'Ilse Varga said the plan was ready.',
      "Brill's budget is too small, as he argued that the town needs more money, said Varga.",
    )
    expect(claims.slice(2)).toEqual([
      ['Ilse Varga', "Brill's budget is too small, as he argued that the town needs more money"],
      ['Tomas Brill', 'the town needs more money'],
    ])
  })

  it('continues a multi-paragraph quote with the same speaker', () => {
    const { claims } = analyse(
      '"We have waited too long," said Rosa Delgado, a resident. "Nobody came.',
      '"We will go to court.',
      '"And we will win."',
    )
    expect(claims).toEqual([
      ['Rosa Delgado', 'We have waited too long'],
      ['Rosa Delgado', 'Nobody came.'],
      ['Rosa Delgado', 'We will go to court.'],
      ['Rosa Delgado', 'And we will win.'],
    ])
  })

  it('continues a quote paragraph after a paragraph that ends with a claim', () => {
    const { claims } = analyse('The town needs help, Rosa Delgado said.', '"The school is still closed."')
    expect(claims.at(-1)).toEqual(['Rosa Delgado', 'The school is still closed.'])
  })

  it('does not continue a quote after narration', () => {
    const { claims } = analyse(
      'The town needs help, Rosa Delgado said.',
      'The school closed in May.',
      '"It was a shock."',
    )
    expect(claims).toHaveLength(1)
  })

  it('annotates names, short names with titles, and attribution pronouns', () => {
    const { mentions } = analyse(
      'Mayor John Hartley said the bridge was safe.',
      '"Trust us," he said, and Mayor Hartley left.',
    )
    expect(mentions).toEqual([
      ['John Hartley', 'John Hartley'],
      ['he', 'John Hartley'],
      ['Mayor Hartley', 'John Hartley'],
    ])
  })
})

describe('speakers: news-wire conventions', () => {
  it.each([
    [
      'a company named once, then "the auto parts maker" and "the company"',
      [
        'Veltrix Components will cut 1,200 jobs, the auto parts maker said Wednesday.',
        'The company said in a statement that demand had fallen.',
      ],
      [
        ['Veltrix Components', 'Veltrix Components will cut 1,200 jobs'],
        ['Veltrix Components', 'demand had fallen'],
      ],
    ],
    [
      'a lone capitalised word is an organization',
      ['Google said it would appeal the ruling.'],
      [['Google', 'it would appeal the ruling']],
    ],
    [
      'a description, then the name between commas',
      ['Her neighbour, Daniel Oyelaran, said he had carried two residents to a boat.'],
      [['Daniel Oyelaran', 'he had carried two residents to a boat']],
    ],
    [
      'an anonymous source with a who-clause',
      ['A person familiar with the plans, who spoke on condition of anonymity, said the talks had stalled.'],
      [['person familiar with the plans', 'the talks had stalled']],
    ],
    [
      'anonymous sources, then one of them',
      [
        'The firm will build a plant, two people with knowledge of the matter said.',
        'It would open in 2027, one of the people said.',
      ],
      [
        ['people with knowledge of the matter', 'The firm will build a plant'],
        ['people with knowledge of the matter', 'It would open in 2027'],
      ],
    ],
    [
      'two people named together',
      [
        'Fire Chief Dana Whitaker spoke first.',
        'Whitaker and Police Chief Omar Haddad said the fire started in a second-floor unit.',
      ],
      [['Dana Whitaker and Omar Haddad', 'the fire started in a second-floor unit']],
    ],
    [
      'British honorifics without a full stop',
      ['Council leader Sarah Pemberton spoke.', '"They will get answers," Ms Pemberton said.'],
      [['Sarah Pemberton', 'They will get answers']],
    ],
    [
      'a person named in a sentence without a claim is what "she" refers to',
      [
        'Kayla Simmons said she drove 68 miles.',
        'Anita Coleman said the grants were too small.',
        'For Ms. Simmons, the changes came too late. She said she was weighing her options.',
      ],
      [
        ['Kayla Simmons', 'she drove 68 miles'],
        ['Anita Coleman', 'the grants were too small'],
        ['Kayla Simmons', 'she was weighing her options'],
      ],
    ],
    [
      'a verb with a prepositional object makes no claim',
      ['Mayor Tom Brecker said the company first hinted at cuts four years ago.'],
      [['Tom Brecker', 'the company first hinted at cuts four years ago']],
    ],
  ])('%s', (_, paragraphs, claims) => {
    expect(analyse(...paragraphs).claims).toEqual(claims)
  })

  it('mentions a group only where it speaks', () => {
    const { mentions } = analyse('Experts said the bridge is safe.', 'The report was written for experts.')
    expect(mentions).toEqual([['Experts', 'experts']])
  })
})
