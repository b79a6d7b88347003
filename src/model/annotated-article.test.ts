import { describe, expect, it } from 'vitest'
import { smallArticle } from '../layout/fixtures/small-article.ts'
import {
  findConsistencyProblems,
  MAX_ANNOTATION_DEPTH,
  type AnnotatedArticle,
  type Annotation,
} from './annotated-article.ts'

const number = (id: string, start: number, end: number): Annotation => ({
  id,
  layer: 'number',
  start,
  end,
  rule: 'test',
  value: 1,
  unit: null,
  hedge: null,
})

describe('findConsistencyProblems', () => {
  it('finds none in a sound article', () => {
    expect(findConsistencyProblems(smallArticle)).toEqual([])
  })

  it('refuses annotations stacked deeper than a real article ever is, saying where', () => {
    // The events of the fixture name its own annotations, replaced here.
    const stacked: AnnotatedArticle = {
      ...smallArticle,
      annotations: Array.from({ length: MAX_ANNOTATION_DEPTH + 1 }, (_, i) => number(`n${i}`, 2, 8)),
      events: [],
    }
    expect(findConsistencyProblems(stacked)).toEqual([
      `${MAX_ANNOTATION_DEPTH + 1} annotations cover offset 2 (at most ${MAX_ANNOTATION_DEPTH} may)`,
    ])
    const touching: AnnotatedArticle = {
      ...smallArticle,
      events: [],
      annotations: Array.from({ length: 20 * (MAX_ANNOTATION_DEPTH + 1) }, (_, i) =>
        number(`t${i}`, i % 20, (i % 20) + 1),
      ),
    }
    expect(findConsistencyProblems(touching).some((p) => p.includes('cover offset'))).toBe(true)
    const tiled: AnnotatedArticle = {
      ...smallArticle,
      events: [],
      annotations: Array.from({ length: 20 }, (_, i) => number(`t${i}`, i, i + 1)),
    }
    expect(findConsistencyProblems(tiled)).toEqual([])
  })

  it('refuses a span that splits a surrogate pair, and paragraphs that overlap', () => {
    const text = 'A 👩‍👩‍👧 family.'
    const emoji = text.indexOf('👩')
    const article: AnnotatedArticle = {
      ...smallArticle,
      text,
      paragraphs: [
        { kind: 'body', start: 0, end: 8 },
        { kind: 'body', start: 4, end: text.length },
      ],
      annotations: [number('half', emoji + 1, emoji + 4)],
      events: [],
    }
    expect(findConsistencyProblems(article)).toEqual([
      'paragraphs 0 and 1 overlap',
      'annotation half lies outside the text or splits a character',
    ])
  })
})
