import { describe, expect, it } from 'vitest'
import { planStorage, type StoredSummary } from './storage-plan.ts'

const entry = (id: string, openedAt: number, size = 10): StoredSummary => ({
  id,
  headline: id,
  outlet: 'Outlet',
  published: '2024-01-01',
  claims: 0,
  speakers: 0,
  openedAt,
  size,
})
const ids = (list: readonly StoredSummary[]) => list.map((s) => s.id)

describe('planStorage', () => {
  it('keeps everything while it fits, newest first', () => {
    const plan = planStorage([entry('a', 1), entry('b', 2)], entry('c', 3), { size: 100, count: 10 })
    expect(plan).toMatchObject({ fits: true, drop: [] })
    if (plan.fits) expect(ids(plan.keep)).toEqual(['c', 'b', 'a'])
  })

  it('drops the oldest first when the size cap is reached', () => {
    const plan = planStorage([entry('old', 1, 40), entry('mid', 2, 40)], entry('new', 3, 40), {
      size: 100,
      count: 10,
    })
    expect(plan.fits && ids(plan.keep)).toEqual(['new', 'mid'])
    expect(plan.fits && ids(plan.drop)).toEqual(['old'])
  })

  it('drops everything older than the first that does not fit, so age alone decides', () => {
    const plan = planStorage([entry('tiny-old', 1, 1), entry('big', 2, 80)], entry('new', 3, 30), {
      size: 100,
      count: 10,
    })
    expect(plan.fits && ids(plan.drop)).toEqual(['big', 'tiny-old'])
  })

  it('drops the oldest when the count cap is reached', () => {
    const plan = planStorage([entry('a', 1), entry('b', 2)], entry('c', 3), { size: 100, count: 2 })
    expect(plan.fits && ids(plan.drop)).toEqual(['a'])
  })

  it('replaces an article opened again instead of keeping it twice', () => {
    const plan = planStorage([entry('a', 1), entry('b', 2)], entry('a', 5), { size: 100, count: 10 })
    expect(plan.fits && ids(plan.keep)).toEqual(['a', 'b'])
    expect(plan.fits && plan.keep[0]?.openedAt).toBe(5)
  })

  it('refuses one article larger than the whole cap, and drops nothing for it', () => {
    const plan = planStorage([entry('a', 1)], entry('huge', 2, 2_500_000), { size: 1_000_000, count: 10 })
    expect(plan).toEqual({
      fits: false,
      reason:
        'It is too large to keep in this browser’s library (2.5 million characters of annotated text; the library keeps at most 1 million).',
    })
  })
})
