import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Paragraph } from '../model/annotated-article.ts'
import {
  chunkBody,
  chunksOfSpan,
  estimateChunkHeight,
  fullPlan,
  initialPlan,
  isComplete,
  isLongBody,
  isRendered,
  nextPlan,
  withChunks,
  type BodyChunk,
} from './article-chunks.ts'

/** `n` body paragraphs of `length` characters, two characters apart (as "\n\n" joins them). */
function paragraphs(n: number, length = 100, caption = false): Paragraph[] {
  const out: Paragraph[] = caption ? [{ start: 0, end: 40, kind: 'caption' }] : []
  let at = caption ? 42 : 0
  for (let i = 0; i < n; i++) {
    out.push({ start: at, end: at + length, kind: 'body' })
    at += length + 2
  }
  return out
}

const rendered = (plan: ReturnType<typeof fullPlan>, count: number) =>
  Array.from({ length: count }, (_, i) => i).filter((i) => isRendered(plan, i))

describe('chunkBody', () => {
  it('groups the body paragraphs by eight, leaving the caption out, with their span and lengths', () => {
    const chunks = chunkBody(paragraphs(19, 100, true))
    expect(chunks.map((c) => c.paragraphs)).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8],
      [9, 10, 11, 12, 13, 14, 15, 16],
      [17, 18, 19],
    ])
    expect(chunks[0]).toMatchObject({ start: 42, end: 42 + 7 * 102 + 100 })
    expect(chunks[2]!.lengths).toEqual([100, 100, 100])
  })

  it('gives an article without body paragraphs no chunk', () => {
    expect(chunkBody([{ start: 0, end: 10, kind: 'caption' }])).toEqual([])
  })
})

describe('chunksOfSpan', () => {
  const chunks = chunkBody(paragraphs(40, 100), 4)
  it('finds the chunk holding a highlight, and both chunks of one that crosses their edge', () => {
    expect(chunksOfSpan(chunks, 0, 5)).toEqual([0])
    expect(chunksOfSpan(chunks, 9 * 408 + 50, 9 * 408 + 60)).toEqual([9])
    expect(chunksOfSpan(chunks, 408 - 20, 408 + 20)).toEqual([0, 1])
  })

  it('finds nothing outside the body or between two chunks', () => {
    expect(chunksOfSpan(chunks, 50_000, 50_010)).toEqual([])
    expect(chunksOfSpan(chunks, 406, 408)).toEqual([])
  })
})

describe('render plans', () => {
  const chunks = chunkBody(paragraphs(200, 500))
  const count = chunks.length

  it('renders from the first screen on, about INITIAL_CHARS of text, and a short article whole', () => {
    expect(initialPlan(chunks, 0)).toEqual({ lo: 0, hi: 2, extra: [] })
    expect(initialPlan(chunks, 10)).toEqual({ lo: 10, hi: 12, extra: [] })
    expect(initialPlan(chunkBody(paragraphs(20, 500)), 0)).toEqual(fullPlan(3))
    expect(initialPlan([], 0)).toEqual(fullPlan(0))
  })

  it('calls a body long when it is not rendered in one go from the top', () => {
    expect(isLongBody(chunks)).toBe(true)
    expect(isLongBody(chunkBody(paragraphs(20, 500)))).toBe(false)
  })

  it('grows below the range first, then above it, until every chunk is rendered', () => {
    let plan = initialPlan(chunks, 20)
    plan = nextPlan(plan, count, 2)
    expect(plan).toEqual({ lo: 20, hi: 24, extra: [] })
    plan = nextPlan(plan, count, 3)
    expect(plan).toEqual({ lo: 18, hi: 25, extra: [] })
    plan = nextPlan(plan, count, 3)
    expect(plan).toEqual({ lo: 15, hi: 25, extra: [] })
    while (!isComplete(plan, count)) plan = nextPlan(plan, count, 3)
    expect(rendered(plan, count)).toHaveLength(count)
  })

  it('renders a chunk on demand, keeps it, and does not count it again when the range reaches it', () => {
    const start = initialPlan(chunks, 0)
    const plan = withChunks(start, [7, 1])
    expect(plan.extra).toEqual([7])
    expect(isRendered(plan, 7)).toBe(true)
    expect(withChunks(plan, [7])).toBe(plan)
    const next = nextPlan({ lo: 0, hi: 6, extra: [7] }, count, 2)
    expect(next).toEqual({ lo: 0, hi: 9, extra: [] })
  })

  it('never loses a rendered chunk and always finishes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 59 }),
        fc.array(fc.integer({ min: 0, max: 59 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 7 }),
        (n, first, demanded, step) => {
          const cs: BodyChunk[] = chunkBody(paragraphs(n * 8, 1000))
          let plan = withChunks(
            initialPlan(cs, Math.min(first, n - 1)),
            demanded.filter((d) => d < n),
          )
          for (let i = 0; i <= n && !isComplete(plan, n); i++) {
            const next = nextPlan(plan, n, step)
            for (const r of rendered(plan, n)) expect(isRendered(next, r)).toBe(true)
            expect(rendered(next, n).length).toBeGreaterThan(rendered(plan, n).length)
            plan = next
          }
          expect(isComplete(plan, n)).toBe(true)
        },
      ),
    )
  })
})

describe('estimateChunkHeight', () => {
  it('counts each paragraph’s lines (at least one) and the gaps between them', () => {
    expect(estimateChunkHeight([130, 10, 0], 65, 30, 20)).toBe((2 + 1 + 1) * 30 + 2 * 20)
    expect(estimateChunkHeight([], 65, 30, 20)).toBe(0)
  })
})
