// @vitest-environment node
import { documentOf } from './document.ts'
import { describe, it, expect } from 'vitest'
import type { AnalysisDocument } from './types.ts'
import { findQuotes } from './quotes.ts'

function docOf(...paragraphs: string[]): AnalysisDocument {
  return documentOf(paragraphs, '2024-01-01T00:00:00Z')
}

const quotesIn = (...paragraphs: string[]) => {
  const doc = docOf(...paragraphs)
  return findQuotes(doc).map((q) => [doc.text.slice(q.inner.start, q.inner.end), q.closed, q.kind])
}

describe('findQuotes', () => {
  it.each([
    [
      'straight quotes',
      'He said "yes" and "no."',
      [
        ['yes', true, 'double'],
        ['no.', true, 'double'],
      ],
    ],
    ['curly quotes', 'She said “never” twice.', [['never', true, 'double']]],
    ['a quote opening the sentence', '"We are ready," he said.', [['We are ready,', true, 'double']]],
    [
      'single curly quotes that quote',
      'The sign read ‘closed for good’ yesterday.',
      [['closed for good', true, 'single']],
    ],
    ['apostrophes are not quotes', 'The town’s mayor said the countries’ plans failed.', []],
    [
      'single quotes inside double ones',
      '"They called it ‘a disaster’," she said.',
      [['They called it ‘a disaster’,', true, 'double']],
    ],
    ['an apostrophe in a straight quote', '"It\'s over," he said.', [["It's over,", true, 'double']]],
    ['a stray closing mark', 'The word" means nothing.', []],
    ['an unmatched opening mark mid-paragraph', 'He said "no and left.', []],
    [
      'a mark that restarts after an unclosed one',
      'He said "no and then "yes" again.',
      [['yes', true, 'double']],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(quotesIn(text)).toEqual(expected)
  })

  it('runs a paragraph-opening unclosed quote to the end of its paragraph only', () => {
    expect(quotesIn('"We will go to court.', '"And we will win."', 'The end.')).toEqual([
      ['We will go to court.', false, 'double'],
      ['And we will win.', true, 'double'],
    ])
  })

  it('runs an unclosed quote on when the next paragraph opens with a quote mark', () => {
    expect(quotesIn('"We waited," she said. "Nobody came.', '"Then the water rose."')).toEqual([
      ['We waited,', true, 'double'],
      ['Nobody came.', false, 'double'],
      ['Then the water rose.', true, 'double'],
    ])
  })

  it('keeps every quote inside the text, start before end', () => {
    const doc = docOf('""""" " “ ” ” “', '"', '‘ ’ ‘')
    for (const q of findQuotes(doc)) {
      expect(q.start).toBeLessThanOrEqual(q.inner.start)
      expect(q.inner.start).toBeLessThanOrEqual(q.inner.end)
      expect(q.inner.end).toBeLessThanOrEqual(q.end)
      expect(q.end).toBeLessThanOrEqual(doc.text.length)
    }
  })
})
