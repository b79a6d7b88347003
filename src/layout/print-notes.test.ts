import { describe, it, expect } from 'vitest'
import type { AnnotatedArticle, Annotation } from '../model/annotated-article.ts'
import { buildReaderModel, type ReaderModel } from './reader-model.ts'
import { printNotes } from './print-notes.ts'
import { toSegments, type SegmentNode } from './to-segments.ts'
import { smallArticle } from './fixtures/small-article.ts'

/**
 * The claims and sources in the order the print style sheet numbers them: every mark of a claim or source that
 * opens an annotation (`data-part` whole or first) increments the CSS counter, in document order of the marks
 * the reader renders paragraph by paragraph (src/reader/article/article-text.tsx, index.css print layer).
 */
function numberedInPrint(model: ReaderModel): string[] {
  const order: string[] = []
  const walk = (nodes: readonly SegmentNode[]) => {
    for (const n of nodes) {
      if (n.kind !== 'mark') continue
      const noted = n.annotation.layer === 'claim' || n.annotation.layer === 'source'
      if (noted && (n.part === 'whole' || n.part === 'first')) order.push(n.annotation.id)
      walk(n.children)
    }
  }
  model.article.paragraphs.forEach((p, i) => walk(toSegments(p, model.paragraphAnnotations[i] ?? [])))
  return order
}

const { text } = smallArticle
const at = (words: string) => {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" not in the fixture`)
  return { start, end: start + words.length }
}
const claim = (id: string, words: string): Annotation => ({
  id,
  layer: 'claim',
  speakerId: 'tom-ode',
  direct: false,
  cue: null,
  rule: 'fixture',
  ...at(words),
})
const source = (id: string, words: string): Annotation => ({
  id,
  layer: 'source',
  kind: 'media',
  name: words,
  rule: 'fixture',
  ...at(words),
})
const withAnnotations = (annotations: Annotation[]): AnnotatedArticle => ({ ...smallArticle, annotations })

describe('printNotes', () => {
  const model = buildReaderModel(smallArticle)

  it('gives every claim and source one note, in the order their marks open in the text', () => {
    const notes = printNotes(model)
    const expected = smallArticle.annotations
      .filter((a) => a.layer === 'claim' || a.layer === 'source')
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((a) => a.id)
    expect(notes.map((n) => n.id)).toEqual(expected)
    expect(numberedInPrint(model)).toEqual(expected)
  })

  it.each([
    {
      case: 'a claim crossing a source that starts inside it',
      annotations: [claim('cl-a', 'a city engineer, adding'), source('so-b', 'engineer, adding that Ruiz')],
      order: ['cl-a', 'so-b'],
    },
    {
      case: 'a source crossing a claim that starts inside it',
      annotations: [source('so-a', 'Tom Ode, a city'), claim('cl-b', 'a city engineer')],
      order: ['so-a', 'cl-b'],
    },
    {
      case: 'a claim and a source crossing, and a claim over the paragraph break',
      annotations: [
        claim('cl-across', 'will reopen.\n\n"We are ready'),
        source('so-in', 'ready," said Tom Ode'),
        claim('cl-in', 'said Tom Ode, a city engineer'),
        source('so-post', 'the Riverton Post'),
      ],
      order: ['cl-across', 'so-in', 'cl-in', 'so-post'],
    },
  ])('numbers the notes in reading order, each once, for $case', ({ annotations, order }) => {
    const crossed = buildReaderModel(withAnnotations(annotations))
    const notes = printNotes(crossed).map((n) => n.id)
    expect(notes).toEqual(order)
    expect(numberedInPrint(crossed)).toEqual(notes)
  })

  it('names the speaker, their role, the cue and the kind of quote of a claim, and the kind of a source', () => {
    const notes = new Map(printNotes(model).map((n) => [n.id, n.text]))
    expect(notes.get('cl-bridges')).toBe('Claim by Ana Ruiz, Mayor; cue “said”; reported speech.')
    expect(notes.get('so-post')).toMatch(/^Source: .+, news media\.$/)
  })
})
