// @vitest-environment node
/**
 * Properties of the whole pipeline on the seed article that must hold whatever the passes learn next. The
 * finding-by-finding record is the golden file (annotate.golden.test.ts); this file states the invariants.
 */
import { describe, it, expect } from 'vitest'
import raw from '../../content/articles/global-times-2022-01-11-kazakhstan.md?raw'
import {
  AnnotatedArticleSchema,
  findConsistencyProblems,
  type AnnotationOf,
  type Layer,
} from '../model/annotated-article.ts'
import { compareSpans } from '../model/span.ts'
import { ANNOTATE_PASSES, annotateArticle } from './annotate.ts'
import { MAX_LABEL } from './events/event-label.ts'
import { parseArticle } from './text/parse-article.ts'
import { CLAIM_RULES, MENTION_RULES, NUMBER_RULES, SOURCE_RULES, TIME_RULES } from './text/rules.ts'

const result = annotateArticle(parseArticle(raw))
const words = (s: { start: number; end: number }) => result.text.slice(s.start, s.end)
const layer = <L extends Layer>(l: L) => result.annotations.filter((a): a is AnnotationOf<L> => a.layer === l)

describe('annotateArticle on the seed article', () => {
  it('produces a document that passes the schema and the consistency checks', () => {
    expect(AnnotatedArticleSchema.safeParse(result).success).toBe(true)
    expect(findConsistencyProblems(result)).toEqual([])
  })

  it('reports progress after each pass, in order, and gives the same document as without a listener', () => {
    const calls: [string, number, number][] = []
    const withProgress = annotateArticle(parseArticle(raw), {
      onProgress: (pass, done, total) => calls.push([pass, done, total]),
    })
    expect(calls).toEqual(ANNOTATE_PASSES.map((pass, i) => [pass, i + 1, ANNOTATE_PASSES.length]))
    expect(withProgress).toEqual(result)
  })

  it('names every finding by a rule of the typed union that CONTEXT.md lists', () => {
    const known = new Set<string>([
      ...MENTION_RULES,
      ...CLAIM_RULES,
      ...NUMBER_RULES,
      ...SOURCE_RULES,
      ...TIME_RULES,
    ])
    expect(result.annotations.filter((a) => !known.has(a.rule))).toEqual([])
  })

  it('gives the same document, ids included, on a second run', () => {
    expect(annotateArticle(parseArticle(raw))).toEqual(result)
  })

  it('keeps every span, cue and paragraph within the text', () => {
    const spans = [
      ...result.paragraphs,
      ...result.annotations,
      ...layer('claim').flatMap((c) => (c.cue ? [c.cue] : [])),
    ]
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0)
      expect(s.start).toBeLessThan(s.end)
      expect(s.end).toBeLessThanOrEqual(result.text.length)
    }
  })

  it('lists annotations in document order, containers before what they contain', () => {
    const sorted = [...result.annotations].sort(compareSpans)
    expect(result.annotations.map((a) => [a.start, a.end])).toEqual(sorted.map((a) => [a.start, a.end]))
  })

  it('lists events by date, each with a label of at most 90 characters', () => {
    // By the first day of the period ("START/END" by START); a coarser date ("2022") before the days in it.
    const firstDay = (date: string) => {
      const [year = '', month = '00', day = '00'] = (date.split('/')[0] ?? '').split('-')
      return `${year}-${month}-${day}`
    }
    const days = result.events.map((e) => firstDay(e.date))
    expect(days).toEqual([...days].sort())
    expect(MAX_LABEL).toBe(90)
    for (const e of result.events) {
      expect(e.label.length).toBeGreaterThan(0)
      expect(e.label.length).toBeLessThanOrEqual(90)
    }
  })

  it('finds the twelve speakers who make claims, and not Putin, who makes none', () => {
    expect(result.speakers.map((s) => s.name).sort()).toEqual(
      [
        'Wang Yi',
        'Kassym-Jomart Tokayev',
        'Mukhtar Tileuberdi',
        'Jen Psaki',
        'Yang Jin',
        'Xi Jinping',
        'Kazakhstan Foreign Ministry',
        'Interior Ministry of Kazakhstan',
        'National Security Committee',
        'Kazakh authorities',
        'observers',
        'experts',
      ].sort(),
    )
    expect(result.speakers.some((s) => s.name.includes('Putin'))).toBe(false)
  })

  it('dates "on Monday" to 10 January 2022 all seven times, and "on Friday" to 7 January', () => {
    const times = layer('time')
    const dateOf = (phrase: string) => times.filter((t) => words(t) === phrase).map((t) => t.date)
    expect(dateOf('on Monday')).toEqual(Array(7).fill('2022-01-10'))
    expect(dateOf('on Friday')).toEqual(['2022-01-07'])
  })

  it('finds the seven quantities and takes no part of a date for one', () => {
    const numbers = layer('number')
    const expected = ['Nearly 8,000', '19 million', 'three', 'two', 'two', '7,939', '30 years']
    expect(numbers.map(words)).toEqual(expect.arrayContaining(expected))
    expect(numbers.filter((n) => words(n) === 'two')).toHaveLength(2)
    expect(numbers.some((n) => n.value === 2022 || n.value === 10)).toBe(false)
    const dateline = result.text.indexOf('January 10, 2022')
    expect(numbers.some((n) => n.start < dateline + 16 && dateline < n.end)).toBe(false)
  })
})
