// @vitest-environment node
/** Hostile input must neither throw nor produce offsets outside the text. No timing is asserted here. */
import { describe, it, expect } from 'vitest'
import { contextOfDocument } from '../text/context.ts'
import { findAttribution } from './attribution.ts'
import type { AnalysisDocument } from '../text/types.ts'

function docOf(...paragraphs: string[]): AnalysisDocument {
  let at = 0
  const spans = paragraphs.map((p) => {
    const span = { start: at, end: at + p.length, kind: 'body' as const }
    at += p.length + 2
    return span
  })
  return { text: paragraphs.join('\n\n'), paragraphs: spans, published: '2024-01-01T00:00:00Z' }
}

function expectSound(doc: AnalysisDocument): void {
  const context = contextOfDocument(doc)
  const { sentences } = context
  const { speakers, mentions, claims } = findAttribution(context)
  const n = doc.text.length
  const inside = (s: { start: number; end: number }) => 0 <= s.start && s.start <= s.end && s.end <= n
  const ids = new Set(speakers.map((s) => s.id))
  // One assertion over the lot: tens of thousands of expect() calls would time the test out.
  const problems = [...sentences, ...mentions, ...claims].filter((s) => !inside(s)).length
  const badCues = claims.filter((c) => c.cue && !inside(c.cue)).length
  const unknown = [...mentions, ...claims].filter((a) => a.speakerId !== null && !ids.has(a.speakerId)).length
  expect({ problems, badCues, unknown }).toEqual({ problems: 0, badCues: 0, unknown: 0 })
}

describe('attribution on hostile input', () => {
  it.each([
    ['empty text', () => docOf()],
    ['an empty paragraph', () => docOf('')],
    ['a 1 MB paragraph with no full stop', () => docOf('Ada Quill said the word and, '.repeat(36000))],
    ['10,000 unmatched quote marks', () => docOf('"'.repeat(10000), '“ ”” “'.repeat(2000) + ' said Ada.')],
    ['a 100,000-character word', () => docOf('a'.repeat(100000) + ', said Ada Quill.', 'x'.repeat(100000))],
    [
      'reporting verbs with nobody to say them',
      () => docOf('said, '.repeat(20000), ', according to'.repeat(5000)),
    ],
    ['a long run of pronoun attributions', () => docOf('"A," he said, '.repeat(20000))],
    ['capitalised words without end', () => docOf('Ada Quill Said Told Ministry Of '.repeat(20000))],
    ['stray marks and abbreviations', () => docOf('Mr. . . . "" ‘ ’ U.S. , , said ; : — “', '” he said')],
  ])('survives %s', (_name, make) => {
    expectSound(make())
  })
})
