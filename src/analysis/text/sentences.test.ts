// @vitest-environment node
import { documentOf } from './document.ts'
import { describe, it, expect } from 'vitest'
import { findQuotes } from './quotes.ts'
import type { AnalysisDocument } from './types.ts'
import { splitSentences } from './sentences.ts'

function docOf(...paragraphs: string[]): AnalysisDocument {
  return documentOf(paragraphs, '2024-01-01T00:00:00Z')
}

const split = (...paragraphs: string[]) => {
  const doc = docOf(...paragraphs)
  return splitSentences(doc, findQuotes(doc)).map((s) => doc.text.slice(s.start, s.end))
}

describe('splitSentences', () => {
  it.each([
    [
      'plain stops',
      'It rained. The river rose! Was anyone hurt? Nobody knows.',
      ['It rained.', 'The river rose!', 'Was anyone hurt?', 'Nobody knows.'],
    ],
    [
      'titles',
      'Mr. Brill met Dr. Varga and Sen. Okafor. They talked.',
      ['Mr. Brill met Dr. Varga and Sen. Okafor.', 'They talked.'],
    ],
    [
      'military and company abbreviations',
      'Gen. Holt visited Acme Corp. on Jan. 5 with Gov. Reyes.',
      ['Gen. Holt visited Acme Corp. on Jan. 5 with Gov. Reyes.'],
    ],
    [
      'a company name ending a sentence',
      'She joined Acme Inc. The firm grew.',
      ['She joined Acme Inc.', 'The firm grew.'],
    ],
    [
      'dotted acronyms mid-sentence',
      'U.S. officials met U.K. envoys in St. Louis.',
      ['U.S. officials met U.K. envoys in St. Louis.'],
    ],
    [
      'a dotted acronym ending a sentence',
      'The envoy flew to the U.S. The talks began.',
      ['The envoy flew to the U.S.', 'The talks began.'],
    ],
    [
      'initials',
      'The book by J. K. Rowling sold well. Fans queued.',
      ['The book by J. K. Rowling sold well.', 'Fans queued.'],
    ],
    [
      'numbers and No.',
      'Route No. 7 costs 3.5 euros. It is cheap.',
      ['Route No. 7 costs 3.5 euros.', 'It is cheap.'],
    ],
    [
      'a stop inside a quote',
      '"The storm passed. We are safe," she said. Then she left.',
      ['"The storm passed. We are safe," she said.', 'Then she left.'],
    ],
    [
      'a quote ending the sentence',
      'He called it "a coup." He said more.',
      ['He called it "a coup."', 'He said more.'],
    ],
    [
      'curly quotes',
      '“The storm passed. We are safe,” she said. Then she left.',
      ['“The storm passed. We are safe,” she said.', 'Then she left.'],
    ],
    [
      'a question inside a quote',
      '"Why now?" he asked. Nobody answered.',
      ['"Why now?" he asked.', 'Nobody answered.'],
    ],
    ['an ellipsis', 'We waited… Then the bus came.', ['We waited…', 'Then the bus came.']],
    ['no final stop', 'It rained and rained', ['It rained and rained']],
  ])('handles %s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected)
  })

  it('never crosses a paragraph, even inside an unclosed quote', () => {
    expect(split('"We will go to court. We will win.', 'The judge disagreed.')).toEqual([
      '"We will go to court. We will win.',
      'The judge disagreed.',
    ])
  })

  it('does not let an unmatched quote mark swallow the paragraph', () => {
    expect(split('He said "no. It is over. The end.')).toEqual(['He said "no.', 'It is over.', 'The end.'])
  })

  it.each([
    ['- Tolls should go. Fares would fall.', ['Tolls should go.', 'Fares would fall.']],
    ['1. Wages must rise.', ['Wages must rise.']],
    ['• "We will win," she said.', ['"We will win," she said.']],
  ])('leaves the marker of a list item out of its sentences: %s', (paragraph, expected) => {
    expect(split(paragraph)).toEqual(expected)
  })

  it('leaves the label of a transcript turn out of its sentences', () => {
    const doc = docOf('Q: Why now? It is late.', 'SOLANO: Because. We must.')
    const turns = new Map([
      [0, 3],
      [1, doc.text.indexOf('Because')],
    ])
    const texts = splitSentences(doc, findQuotes(doc), turns).map((s) => doc.text.slice(s.start, s.end))
    expect(texts).toEqual(['Why now?', 'It is late.', 'Because.', 'We must.'])
  })

  it('numbers sentences by paragraph', () => {
    const doc = docOf('A b. C d.', 'E f.')
    expect(splitSentences(doc, findQuotes(doc)).map((s) => s.paragraph)).toEqual([0, 0, 1])
  })

  it('returns nothing for empty text', () => {
    expect(splitSentences({ text: '', paragraphs: [], published: '2024-01-01T00:00:00Z' }, [])).toEqual([])
  })
})
