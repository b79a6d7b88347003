// @vitest-environment node
import ICAL from 'ical.js'
import jsonld from 'jsonld'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { AnnotatedArticleSchema } from '../model/annotated-article.ts'
import { toArticleJson } from './article-json.ts'
import { toClaimsCsv } from './claims-csv.ts'
import ANNO_CONTEXT from './fixtures/anno.jsonld?raw'
import { sampleArticle as article } from './fixtures/sample-article.ts'
import { toTimelineCsv } from './timeline-csv.ts'
import { toTimelineIcs } from './timeline-ics.ts'
import { ANNO_CONTEXT as ANNO_URL, MARGINALIA_VOCAB, toWebAnnotation } from './web-annotation.ts'

const NOW = new Date('2024-05-06T07:08:09.123Z')
const csvRows = (content: string) => {
  const parsed = Papa.parse<Record<string, string>>(content, { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

describe('claims CSV', () => {
  it('has one row per claim, in text order, read back by a CSV parser', () => {
    const file = toClaimsCsv(article)
    expect(file).toMatchObject({
      filename: '2022-01-11-protests-a-minister-and-the-1-1-sign.claims.csv',
      mime: 'text/csv;charset=utf-8',
    })
    const rows = csvRows(file.content)
    expect(rows.map((r) => [r.speaker, r.role, r.claim, r.quoted, r.cue, r.paragraph])).toEqual([
      ['Wang Yi', 'foreign minister', 'about 3,000 people had been detained. 👩‍👩‍👧‍👦', 'reported', 'said', '1'],
      ['Wang Yi', 'foreign minister', 'We will restore order, whatever it takes', 'direct', 'said', '2'],
      ['local media', '', 'Last week, protests spread to 12 cities', 'reported', 'according to', '3'],
      ['ministry', '', 'About 30 years ago, the country became independent', 'reported', 'said', '4'],
    ])
    for (const r of rows) expect(article.text.slice(Number(r.start), Number(r.end))).toBe(r.claim)
  })
})

describe('timeline CSV', () => {
  it('has one row per event with its days, precision and approximation', () => {
    const rows = csvRows(toTimelineCsv(article).content)
    expect(
      rows.map((r) => [
        r.date,
        r['first day'],
        r['last day'],
        r.precision,
        r.approximate,
        r.speakers,
        r.words,
        r.paragraph,
      ]),
    ).toEqual([
      ['1992', '1992-01-01', '1992-12-31', 'year', 'yes', 'ministry', 'About 30 years ago', '4'],
      ['2021-03', '2021-03-01', '2021-03-31', 'month', 'no', '', 'In March 2021', '3'],
      ['2022-01-03/2022-01-09', '2022-01-03', '2022-01-09', 'span', 'no', 'local media', 'Last week', '3'],
      ['2022-01-09', '2022-01-09', '2022-01-09', 'day', 'no', '', 'on Sunday', 'caption'],
      ['2022-01-10', '2022-01-10', '2022-01-10', 'day', 'no', 'Wang Yi', 'on Monday', '1'],
    ])
    expect(rows.map((r) => r.event)).toEqual(article.events.map((e) => e.label))
  })
})

describe('timeline iCalendar', () => {
  const file = toTimelineIcs(article, NOW)
  const vevents = () => new ICAL.Component(ICAL.parse(file.content)).getAllSubcomponents('vevent')

  it('is read by ical.js as one all-day event per event, ranges as multi-day events with an exclusive end', () => {
    expect(file).toMatchObject({
      filename: '2022-01-11-protests-a-minister-and-the-1-1-sign.timeline.ics',
      mime: 'text/calendar;charset=utf-8',
    })
    const events = vevents().map((v) => {
      const e = new ICAL.Event(v)
      expect(e.startDate.isDate).toBe(true)
      return [e.startDate.toString(), e.endDate.toString(), e.summary]
    })
    expect(events).toEqual([
      [
        '1992-01-01',
        '1993-01-01',
        '(approx.) The country became independent, the ministry said in a statement',
      ],
      ['2021-03-01', '2021-04-01', 'The party met'],
      ['2022-01-03', '2022-01-10', 'Protests spread to 12 cities, according to local media'],
      ['2022-01-09', '2022-01-10', 'Protesters in the square. 👩‍👩‍👧‍👦'],
      [
        '2022-01-10',
        '2022-01-11',
        'Wang Yi, the foreign minister, said that about 3,000 people had been detained. 👩‍👩‍👧‍👦',
      ],
    ])
  })

  it('says in the description what the text wrote, how approximate it is, who is involved and where it is from', () => {
    const first = new ICAL.Event(vevents()[0]!)
    expect(first.description).toBe(
      [
        'In the article: “About 30 years ago” (1992).',
        'The article only approximates this date.',
        'The article gives the year only; the event spans the whole year.',
        'Who: ministry.',
        'From “Protests, a minister and the "=1+1" sign”, Example Times; Daily, 2022-01-11.',
      ].join('\n'),
    )
    expect(vevents()[0]!.getFirstPropertyValue('url')).toBe('https://example.com/news/protests?id=1')
  })

  it('keeps UIDs stable between exports and stamps each with the export time', () => {
    const later = toTimelineIcs(article, new Date('2025-01-01T00:00:00Z'))
    const uids = (content: string) => content.match(/^UID:.*$/gm)
    expect(uids(later.content)).toEqual(uids(file.content))
    expect(uids(file.content)?.[0]).toBe('UID:ev-tiul3ao2.local-sample-1@marginalia')
    expect(vevents()[0]!.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-05-06T07:08:09Z')
  })

  it('writes CRLF line ends, folds every line at 75 octets and escapes text (RFC 5545)', () => {
    expect(file.content.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(file.content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = file.content.split('\r\n')
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(lines.some((l) => l.startsWith(' '))).toBe(true)
    expect(file.content.replace(/\r\n /g, '')).toContain('Example Times\\; Daily\\, 2022-01-11.')
  })
})

describe('Web Annotation JSON-LD', () => {
  const file = toWebAnnotation(article, NOW)
  const doc = JSON.parse(file.content) as {
    '@context': unknown[]
    first: { items: Record<string, unknown>[] }
  }
  /** Serves the Web Annotation context from the local copy; any other URL fails, so nothing goes online. */
  const documentLoader = async (url: string) => {
    if (url !== ANNO_URL) throw new Error(`no network in tests: ${url}`)
    return { contextUrl: undefined, documentUrl: url, document: JSON.parse(ANNO_CONTEXT) as object }
  }
  const OA = 'http://www.w3.org/ns/oa#'

  it('uses the W3C annotation context and has one annotation per highlight', () => {
    expect(file).toMatchObject({
      filename: '2022-01-11-protests-a-minister-and-the-1-1-sign.annotations.jsonld',
      mime: 'application/ld+json',
    })
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(doc.first.items).toHaveLength(article.annotations.length)
  })

  it('expands with a JSON-LD processor in safe mode: every term is defined, nothing is dropped', async () => {
    // Safe mode makes jsonld throw on any term it would otherwise drop silently.
    // @types/jsonld predates safe mode and types the options loosely; the result is checked field by field.
    const expanded = (await jsonld.expand(
      doc as never,
      { documentLoader, safe: true } as never,
    )) as unknown as Record<string, unknown[]>[]
    const collection = expanded[0]!
    expect(collection['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection'])
    const page = (collection['http://www.w3.org/ns/activitystreams#first'] as Record<string, unknown[]>[])[0]!
    const items = (
      page['http://www.w3.org/ns/activitystreams#items'] as { '@list': Record<string, unknown[]>[] }[]
    )[0]!['@list']
    expect(items).toHaveLength(article.annotations.length)
    const byWords = (words: string) => {
      const a = article.annotations.find((x) => article.text.slice(x.start, x.end) === words)!
      return items.find(
        (i) => (i as Record<string, unknown>)['@id'] === `urn:marginalia:annotation:local-sample-1:${a.id}`,
      )!
    }
    const claim = byWords('We will restore order, whatever it takes')
    expect(claim['@type']).toEqual([`${OA}Annotation`])
    expect(claim[`${OA}motivatedBy`]).toEqual([{ '@id': `${OA}classifying` }])
    const body = (claim[`${OA}hasBody`] as Record<string, unknown>[])[0]!
    expect(body[`${MARGINALIA_VOCAB}layer`]).toEqual([{ '@value': 'claim' }])
    expect(body[`${MARGINALIA_VOCAB}speaker`]).toEqual([{ '@value': 'Wang Yi' }])
    expect(body[`${MARGINALIA_VOCAB}quoted`]).toEqual([{ '@value': 'direct' }])
    expect(body['http://www.w3.org/1999/02/22-rdf-syntax-ns#value']).toEqual([
      { '@value': 'Claim by Wang Yi (direct quote)' },
    ])
    const target = (claim[`${OA}hasTarget`] as Record<string, unknown[]>[])[0]!
    expect(target[`${OA}hasSource`]).toEqual([{ '@id': 'https://example.com/news/protests?id=1' }])
    const selectors = target[`${OA}hasSelector`] as Record<string, unknown[]>[]
    expect(selectors.map((s) => s['@type'])).toEqual([
      [`${OA}TextQuoteSelector`],
      [`${OA}TextPositionSelector`],
    ])
    expect(selectors[0]![`${OA}exact`]).toEqual([{ '@value': 'We will restore order, whatever it takes' }])
    const number = byWords('about 3,000')
    const numberBody = (number[`${OA}hasBody`] as Record<string, unknown>[])[0]!
    expect(numberBody[`${MARGINALIA_VOCAB}number`]).toEqual([
      { '@value': 3000, '@type': 'http://www.w3.org/2001/XMLSchema#double' },
    ])
  })

  it('would notice a term the contexts do not define (the safe-mode check can fail)', async () => {
    const withStray = { ...doc, first: { ...doc.first, items: [{ ...doc.first.items[0], strayTerm: 1 }] } }
    await expect(jsonld.expand(withStray as never, { documentLoader, safe: true } as never)).rejects.toThrow()
  })

  it('gives TextPositionSelectors in code points, so they select the quoted words past an emoji', () => {
    const points = [...article.text]
    for (const item of doc.first.items) {
      const [quote, position] = (
        item.target as { selector: { exact?: string; start?: number; end?: number }[] }
      ).selector
      expect(points.slice(position!.start, position!.end).join('')).toBe(quote!.exact)
    }
    const afterEmoji = doc.first.items.at(-1)!.target as { selector: { start: number }[] }
    const utf16 = article.annotations.at(-1)!.start
    expect(afterEmoji.selector[1]!.start).toBeLessThan(utf16)
  })

  it('names the article with a stated URN when it has no URL', () => {
    const local = toWebAnnotation({ ...article, article: { ...article.article, url: null } }, NOW)
    expect(local.content).toContain('"source": "urn:marginalia:article:local-sample-1"')
  })
})

describe('AnnotatedArticle JSON', () => {
  it('is the article itself, valid against the schema', () => {
    const file = toArticleJson(article)
    expect(file.filename).toBe('2022-01-11-protests-a-minister-and-the-1-1-sign.annotated.json')
    expect(AnnotatedArticleSchema.parse(JSON.parse(file.content))).toEqual(article)
  })
})
