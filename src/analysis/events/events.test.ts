import { describe, it, expect } from 'vitest'
import { contextOfDocument } from '../text/context.ts'
import type { Claim, Speaker, SpeakerMention, TimeAnnotation } from '../../model/annotated-article.ts'
import { MAX_LABEL } from './event-label.ts'
import { buildEvents } from './events.ts'
import { findTimeExpressions } from '../time/time.ts'
import type { AnalysisDocument, Sentence } from '../text/types.ts'

const PUBLISHED = '2022-01-11T01:15:00+08:00'

/** A trivial splitter, enough for tests: sentences end at . ! or ? followed by a space. */
function split(doc: AnalysisDocument): Sentence[] {
  const sentences: Sentence[] = []
  doc.paragraphs.forEach((p, paragraph) => {
    const text = doc.text.slice(p.start, p.end)
    for (const m of text.matchAll(/[^.!?]+(?:[.!?]+["”]?|$)/g)) {
      const lead = m[0].length - m[0].trimStart().length
      sentences.push({ start: p.start + m.index + lead, end: p.start + m.index + m[0].length, paragraph })
    }
  })
  return sentences
}

function docOf(...paragraphs: string[]): AnalysisDocument {
  let text = ''
  const spans: AnalysisDocument['paragraphs'] = []
  for (const p of paragraphs) {
    if (text) text += '\n\n'
    spans.push({ start: text.length, end: text.length + p.length, kind: 'body' })
    text += p
  }
  return { text, paragraphs: spans, published: PUBLISHED }
}

const WANG: Speaker = {
  id: 'wang-yi',
  name: 'Wang Yi',
  kind: 'person',
  role: 'Chinese State Councilor and Foreign Minister',
  aliases: ['Wang'],
}

function mention(doc: AnalysisDocument, words: string, speakerId: string, from = 0): SpeakerMention {
  const start = doc.text.indexOf(words, from)
  return { id: `sp-${start}`, layer: 'speaker', start, end: start + words.length, rule: 'test', speakerId }
}

function events(
  doc: AnalysisDocument,
  claims: Claim[] = [],
  mentions: SpeakerMention[] = [],
  speakers: Speaker[] = [],
) {
  const times: TimeAnnotation[] = findTimeExpressions(contextOfDocument(doc))
  return {
    times,
    events: buildEvents(
      { ...contextOfDocument(doc), sentences: split(doc) },
      { times, claims, mentions, speakers },
    ),
  }
}

describe('buildEvents', () => {
  it('labels an event with the clause, without the title before a known speaker or the time', () => {
    const doc = docOf(
      "Chinese State Councilor and Foreign Minister Wang Yi pledged China's firm support to Kazakhstan in ending violence in the country and safeguarding security, during a phone call on Monday with Kazakh Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi.",
    )
    const {
      times,
      events: [event],
    } = events(doc, [], [mention(doc, 'Wang Yi', 'wang-yi')], [WANG])
    expect(event).toEqual({
      id: `ev-${times[0]?.id}`,
      date: '2022-01-10',
      approximate: false,
      label: "Wang Yi pledged China's firm support to Kazakhstan in ending violence in the country",
      speakerIds: ['wang-yi'],
      annotationIds: [times[0]?.id],
    })
  })

  it.each([
    ['Last week, protesters stormed government buildings.', 'Protesters stormed government buildings'],
    ['But on Friday the president sent a message.', 'The president sent a message'],
    [
      'On the day of national mourning on Monday, the message once again demonstrates firm support.',
      'The message once again demonstrates firm support',
    ],
    [
      'Tokayev claimed on Monday that the recent violent demonstrations were an "attempted coup d\'état" by "armed fighters."',
      'Tokayev claimed that the recent violent demonstrations were an "attempted coup d\'état"',
    ],
    [
      'The number of people arrested by security forces during the violent anti-government protests in Kazakhstan has reached 7,939, the ministry announced on Monday.',
      'The number of people arrested by security forces has reached 7,939',
    ],
  ])('summarizes %j', (sentence, label) => {
    const [event] = events(docOf(sentence)).events
    expect(event?.label).toBe(label)
  })

  it('keeps labels within the limit, upper-case first and without trailing punctuation', () => {
    const doc = docOf(`On Monday ${'officials repeated the same long unbroken statement again '.repeat(6)}.`)
    const [event] = events(doc).events
    expect(event?.label.length).toBeLessThanOrEqual(MAX_LABEL)
    expect(event?.label).toMatch(/^[A-Z].*[^.,;:!?\s]$/)
  })

  it('merges time expressions of one sentence with the same date and orders events by date', () => {
    const doc = docOf(
      'On Monday the talks began on Monday evening.',
      'Last week protests spread.',
      'In 2013 it began.',
    )
    const { times, events: found } = events(doc)
    expect(found.map((e) => e.date)).toEqual(['2013', '2022-01-03/2022-01-09', '2022-01-10'])
    expect(found[2]?.annotationIds).toEqual([times[0]?.id, times[1]?.id])
  })

  it('lists the claims and speakers of the sentence after the time expression', () => {
    const doc = docOf('Wang said on Monday that China would help. Yang said nothing.')
    const claimStart = doc.text.indexOf('China would help')
    const claim: Claim = {
      id: 'cl-1',
      layer: 'claim',
      start: claimStart,
      end: claimStart + 'China would help'.length,
      rule: 'test',
      speakerId: 'wang-yi',
      direct: false,
      cue: null,
    }
    const {
      times,
      events: [event],
    } = events(doc, [claim], [mention(doc, 'Wang', 'wang-yi')], [WANG])
    expect(event?.annotationIds).toEqual([times[0]?.id, 'cl-1'])
    expect(event?.speakerIds).toEqual(['wang-yi'])
    expect(event?.label).toBe('Wang said that China would help')
  })

  it('falls back to the paragraph when no sentence holds the time expression', () => {
    const doc = docOf('They met on Monday')
    const times = findTimeExpressions(contextOfDocument(doc))
    const [event] = buildEvents(
      { ...contextOfDocument(doc), sentences: [] },
      { times, claims: [], mentions: [], speakers: [] },
    )
    expect(event?.label).toBe('They met')
  })

  it('makes no event of a time counted from another event, and marks an approximate date', () => {
    const doc = docOf('The town was founded about 30 years ago, two months before the election.')
    const { times, events: found } = events(doc)
    expect(times.map((t) => t.date)).toEqual(['1992', null])
    expect(found.map((e) => [e.date, e.approximate])).toEqual([['1992', true]])
  })

  it('returns no events for an empty article', () => {
    expect(
      buildEvents(
        { ...contextOfDocument(docOf('')), sentences: [] },
        { times: [], claims: [], mentions: [], speakers: [] },
      ),
    ).toEqual([])
  })
})

describe('event labels: a time in a tail attribution dates what was attributed', () => {
  it.each([
    ['Arrests reached 7,939, the ministry announced on Monday.', 'Arrests reached 7,939'],
    [
      'Turnout in Norland rose to 64 percent, the election board said in a statement on Friday, up from 58.',
      'Turnout in Norland rose to 64 percent',
    ],
    ['The bridge reopened, Mayor Tomas Brill told reporters on Tuesday.', 'The bridge reopened'],
    // The attribution opens the statement, so the sentence is the label.
    [
      'In the old harbour district, police said on Monday that the road was closed.',
      'Police said that the road was closed',
    ],
  ])('%s', (sentence, label) => {
    const doc = docOf(sentence)
    const times = findTimeExpressions(contextOfDocument(doc))
    const events = buildEvents(
      { ...contextOfDocument(doc), sentences: split(doc) },
      { times, claims: [], mentions: [], speakers: [] },
    )
    expect(events.map((e) => e.label)).toEqual([label])
  })
})

describe('event labels: a long label drops the phrase between its subject and verb before it is cut', () => {
  it.each([
    [
      'On Sunday, the number of families displaced by the floods during the storms of the past fortnight in the northern valleys has reached 3,120, officials said.',
      'The number of families displaced by the floods has reached 3,120, officials said',
    ],
    [
      'On Sunday, the new footbridge over the river between the old town and the harbour district was finally opened to walkers and cyclists.',
      'The new footbridge was finally opened to walkers and cyclists',
    ],
  ])('%s', (sentence, label) => {
    const doc = docOf(sentence)
    const times = findTimeExpressions(contextOfDocument(doc))
    // The Sunday's event ("the past fortnight" is a window of its own).
    const event = buildEvents(
      { ...contextOfDocument(doc), sentences: split(doc) },
      { times, claims: [], mentions: [], speakers: [] },
    ).find((e) => !e.date.includes('/'))
    expect(event?.label).toBe(label)
    expect(event?.label.length).toBeLessThanOrEqual(MAX_LABEL)
  })
})

describe('event labels come from the clause around the time expression', () => {
  it.each([
    [
      'Many suspected the US, though Press Secretary Jen Psaki refuted the accusations on January 5, calling them lies.',
      'Press Secretary Jen Psaki refuted the accusations',
    ],
    [
      'Arrests reached 7,939, marking the worst unrest the nation has faced since gaining independence 30 years ago.',
      // What happened 30 years ago (issue 9, kind 5), not the unrest of this week.
      'Gaining independence',
    ],
    // An adverbial is not a clause of its own: the sentence is the label.

    [
      'Wang pledged support to Kazakhstan, during a phone call on Monday with his counterpart.',
      'Wang pledged support to Kazakhstan, during a phone call with his counterpart',
    ],
  ])('%s', (sentence, label) => {
    const doc = docOf(sentence)
    const times = findTimeExpressions(contextOfDocument(doc))
    const events = buildEvents(
      { ...contextOfDocument(doc), sentences: split(doc) },
      { times, claims: [], mentions: [], speakers: [] },
    )
    expect(events.map((e) => e.label)).toEqual([label])
  })
})

describe('events a reader can read (issue 9, kind 5)', () => {
  const claimOf = (doc: AnalysisDocument, words: string, speakerId: string, cue: string): Claim => {
    const start = doc.text.indexOf(words)
    const cueStart = doc.text.indexOf(cue)
    return {
      id: `cl-${start}`,
      layer: 'claim',
      start,
      end: start + words.length,
      rule: 'test',
      speakerId,
      direct: false,
      cue: { start: cueStart, end: cueStart + cue.length },
    }
  }
  const MINISTRY: Speaker = {
    id: 'ministry',
    name: 'the ministry',
    kind: 'organization',
    role: null,
    aliases: [],
  }

  it.each([
    ['since gaining independence 30 years ago', 'Gaining independence'],
    ['after winning the election in 2019', 'Winning the election'],
    ['before opening the bridge on Friday', 'Opening the bridge'],
  ])('labels the gerund phrase a time dates: %j -> %j', (phrase, label) => {
    const doc = docOf(`Arrests reached 7,939, the worst unrest the nation has seen ${phrase}.`)
    expect(events(doc).events.map((e) => e.label)).toContain(label)
  })

  it.each([
    [
      'Arrests reached 7,939, the ministry announced on Monday, marking the worst unrest since independence 30 years ago.',
      [
        ['1992', []],
        ['2022-01-10', ['ministry']],
      ],
    ],
    ['Arrests reached 7,939, the ministry said in a statement on Monday.', [['2022-01-10', ['ministry']]]],
  ])('credits the speaker only with what the speaker said: %j', (sentence, expected) => {
    const doc = docOf(sentence)
    const claim = claimOf(
      doc,
      'Arrests reached 7,939',
      'ministry',
      doc.text.includes('announced') ? 'announced' : 'said',
    )
    const found = events(doc, [claim], [mention(doc, 'the ministry', 'ministry')], [MINISTRY]).events
    expect(found.map((e) => [e.date, e.speakerIds])).toEqual(expected)
  })

  it.each([
    ['A file photo from 2019 shows the mayor.'],
    ['Photo taken on January 5 shows a street in the capital.'],
    ['The mayor in the old town hall. (Photo: Reuters, 2019)'],
  ])('makes no event of a caption that dates the photo: %j', (caption) => {
    const doc = docOf(caption, 'The council met on Monday.')
    doc.paragraphs[0]!.kind = 'caption'
    expect(events(doc).events.map((e) => e.date)).toEqual(['2022-01-10'])
  })

  it('keeps a caption that reports an event', () => {
    const doc = docOf(
      'Emergency crews used boats to reach residents on Friday.',
      'The council met on Monday.',
    )
    doc.paragraphs[0]!.kind = 'caption'
    expect(events(doc).events.map((e) => e.date)).toEqual(['2022-01-07', '2022-01-10'])
  })

  it.each([
    [
      'The number of people arrested has reached 7,939, the ministry announced on Monday, during last week’s violence.',
      '2022-01-10',
    ],
    ['Last week, on Monday, protesters stormed the mayor’s office.', '2022-01-10'],
    ['Earlier this month, on January 5, the plant closed.', '2022-01-05'],
  ])('makes one event of the same happening found twice: %j', (sentence, date) => {
    const { times, events: found } = events(docOf(sentence))
    expect(found.map((e) => e.date)).toEqual([date])
    expect(found[0]?.annotationIds).toHaveLength(times.length)
  })

  it('keeps two happenings of one sentence apart when their dates are far apart', () => {
    const found = events(docOf('Sales rose in 2019, and fell in 2022.')).events
    expect(found.map((e) => e.date)).toEqual(['2019', '2022'])
  })
})
