/**
 * A binary min-heap ordered by `compare` (negative = `a` comes out first). Small on purpose: `toSegments` needs
 * one to re-queue the remainder of a split annotation behind spans that start earlier.
 */
export class MinHeap<T> {
  private readonly items: T[] = []
  private readonly compare: (a: T, b: T) => number

  constructor(compare: (a: T, b: T) => number) {
    this.compare = compare
  }

  get size(): number {
    return this.items.length
  }

  push(item: T): void {
    const items = this.items
    let i = items.push(item) - 1
    while (i > 0) {
      const up = (i - 1) >> 1
      if (this.compare(items[up]!, item) <= 0) break
      items[i] = items[up]!
      i = up
    }
    items[i] = item
  }

  /** Removes and returns the smallest item, or `undefined` when empty. */
  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      if (left >= items.length) break
      const right = left + 1
      const child = right < items.length && this.compare(items[right]!, items[left]!) < 0 ? right : left
      if (this.compare(last, items[child]!) <= 0) break
      items[i] = items[child]!
      i = child
    }
    items[i] = last
    return top
  }
}
