import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nextInOrder } from './navigation.ts'

// Given out of document order on purpose: the function must order by start itself.
const claims = [
  { id: 'c', start: 30 },
  { id: 'a', start: 10 },
  { id: 'b', start: 20 },
]

describe('nextInOrder', () => {
  it.each<[string | null, 1 | -1, string]>([
    ['a', 1, 'b'],
    ['b', 1, 'c'],
    ['c', 1, 'a'],
    ['c', -1, 'b'],
    ['b', -1, 'a'],
    ['a', -1, 'c'],
  ])('steps from %s in direction %i to %s, wrapping around', (current, direction, expected) => {
    expect(nextInOrder(claims, current, direction)).toBe(expected)
  })

  it('starts from the first item going forward and the last going back when nothing is current', () => {
    expect(nextInOrder(claims, null, 1)).toBe('a')
    expect(nextInOrder(claims, null, -1)).toBe('c')
  })

  it('treats an id that is not in the list like no current item', () => {
    expect(nextInOrder(claims, 'nu-somewhere', 1)).toBe('a')
    expect(nextInOrder(claims, 'nu-somewhere', -1)).toBe('c')
  })

  it('returns null for an empty list', () => {
    expect(nextInOrder([], null, 1)).toBeNull()
    expect(nextInOrder([], 'a', -1)).toBeNull()
  })

  it('stays on the only item of a one-item list', () => {
    expect(nextInOrder([{ id: 'x', start: 5 }], 'x', 1)).toBe('x')
    expect(nextInOrder([{ id: 'x', start: 5 }], 'x', -1)).toBe('x')
  })

  it('steps through items with the same start in the order given', () => {
    const tied = [
      { id: 'p', start: 0 },
      { id: 'q', start: 0 },
      { id: 'r', start: 0 },
    ]
    expect(nextInOrder(tied, 'p', 1)).toBe('q')
    expect(nextInOrder(tied, 'q', 1)).toBe('r')
    expect(nextInOrder(tied, 'r', 1)).toBe('p')
    expect(nextInOrder(tied, 'p', -1)).toBe('r')
  })

  it('visits every item once in document order and comes back, forwards and backwards', () => {
    const items = fc
      .uniqueArray(fc.nat(1000), { minLength: 1, maxLength: 30 })
      .chain((starts) => fc.shuffledSubarray(starts, { minLength: starts.length, maxLength: starts.length }))
      .map((starts) => starts.map((start, i) => ({ id: `id${i}`, start })))
    fc.assert(
      fc.property(items, fc.constantFrom<1 | -1>(1, -1), (list, direction) => {
        const expected = [...list].sort((a, b) => a.start - b.start).map((x) => x.id)
        if (direction === -1) expected.reverse()
        const seen: string[] = []
        let at: string | null = null
        for (let i = 0; i < list.length; i++) {
          at = nextInOrder(list, at, direction)
          seen.push(at!)
        }
        expect(seen).toEqual(expected)
        expect(nextInOrder(list, at, direction)).toBe(expected[0])
      }),
    )
  })
})
