import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MinHeap } from './min-heap.ts'

describe('MinHeap', () => {
  it('pops what was pushed in sorted order, also when pushes and pops interleave', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer(), { nil: null })), (ops) => {
        const heap = new MinHeap<number>((a, b) => a - b)
        const model: number[] = []
        for (const op of ops) {
          if (op === null) {
            model.sort((a, b) => a - b)
            expect(heap.pop()).toBe(model.shift())
          } else {
            heap.push(op)
            model.push(op)
          }
          expect(heap.size).toBe(model.length)
        }
      }),
    )
  })
})
