import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LAYERS, type Annotation, type Layer } from '../model/annotated-article.ts'
import type { Span } from '../model/span.ts'
import { annotationsByParagraph, toSegments, type MarkSegment, type SegmentNode } from './to-segments.ts'

/** The smallest valid annotation of a layer; the layout only reads layer, id, start and end. */
function ann(layer: Layer, id: string, start: number, end: number): Annotation {
  const base = { id, start, end, rule: 'test' }
  switch (layer) {
    case 'speaker':
      return { ...base, layer, speakerId: 'someone' }
    case 'claim':
      return { ...base, layer, speakerId: null, direct: true, cue: null }
    case 'number':
      return { ...base, layer, value: 1, unit: null, hedge: null }
    case 'source':
      return { ...base, layer, kind: 'other', name: 'x' }
    case 'time':
      return { ...base, layer, date: '2022', approximate: false }
  }
}

/** Renders the tree as `[id text]`, with `/first` etc. on pieces, so expectations read like the markup. */
function show(text: string, nodes: readonly SegmentNode[]): string {
  return nodes
    .map((n) =>
      n.kind === 'text'
        ? text.slice(n.start, n.end)
        : `[${n.annotation.id}${n.part === 'whole' ? '' : `/${n.part}`} ${show(text, n.children)}]`,
    )
    .join('')
}

/** Every node in document order (pre-order), walked with a stack so that deep trees can be checked too. */
function walk(nodes: readonly SegmentNode[]): SegmentNode[] {
  const out: SegmentNode[] = []
  const stack = [...nodes].reverse()
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    out.push(node)
    if (node.kind === 'mark')
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return out
}

function marks(nodes: readonly SegmentNode[]): MarkSegment[] {
  return walk(nodes).filter((n): n is MarkSegment => n.kind === 'mark')
}

function textLeaves(nodes: readonly SegmentNode[]): Span[] {
  return walk(nodes).filter((n) => n.kind === 'text')
}

describe('toSegments', () => {
  const digits = '0123456789abcdefghij'
  const whole = { start: 0, end: digits.length }

  it.each<[string, Span, Annotation[], string]>([
    ['returns the paragraph as one text node when nothing is annotated', whole, [], digits],
    [
      'keeps disjoint annotations side by side',
      whole,
      [ann('number', 'b', 8, 10), ann('time', 'a', 0, 3)],
      '[a 012]34567[b 89]abcdefghij',
    ],
    [
      'nests an annotation inside the one that contains it',
      whole,
      [ann('number', 'n', 4, 7), ann('claim', 'c', 2, 12)],
      '01[c 23[n 456]789ab]cdefghij',
    ],
    [
      'stacks identical spans claim > source > speaker > time > number, whatever the input order',
      whole,
      [
        ann('number', 'n', 0, 3),
        ann('time', 't', 0, 3),
        ann('speaker', 's', 0, 3),
        ann('claim', 'c', 0, 3),
        ann('source', 'o', 0, 3),
      ],
      '[c [o [s [t [n 012]]]]]3456789abcdefghij',
    ],
    [
      'orders identical spans of one layer by id',
      whole,
      [ann('claim', 'y', 0, 3), ann('claim', 'x', 0, 3)],
      '[x [y 012]]3456789abcdefghij',
    ],
    [
      'puts the longer of two spans that start together outside',
      whole,
      [ann('number', 'short', 0, 3), ann('number', 'long', 0, 6)],
      '[long [short 012]345]6789abcdefghij',
    ],
    [
      'splits the later of two crossing annotations at the edge of the earlier one',
      whole,
      [ann('claim', 'B', 5, 15), ann('claim', 'A', 0, 10)],
      '[A 01234[B/first 56789]][B/last abcde]fghij',
    ],
    [
      'splits an annotation once per open mark it crosses',
      whole,
      [ann('claim', 'A', 0, 12), ann('source', 'B', 2, 8), ann('number', 'C', 5, 16)],
      '[A 01[B 234[C/first 567]][C/middle 89ab]][C/last cdef]ghij',
    ],
    [
      'clips annotations that cross the paragraph edges',
      { start: 5, end: 12 },
      [ann('claim', 'before', 0, 7), ann('claim', 'after', 10, 20), ann('time', 'out', 0, 5)],
      '[before/last 56]789[after/first ab]',
    ],
    [
      'regression: marks the piece of an annotation from the previous paragraph as its continuation, not a start',
      { start: 5, end: 12 },
      [ann('claim', 'across', 0, 20), ann('source', 'S', 8, 15)],
      '[across/middle 567[S/first 89ab]]',
    ],
    [
      'drops zero-length annotations',
      whole,
      [ann('number', 'empty', 4, 4), ann('claim', 'c', 2, 6)],
      '01[c 2345]6789abcdefghij',
    ],
  ])('%s', (_name, paragraph, annotations, expected) => {
    expect(show(digits, toSegments(paragraph, annotations))).toBe(expected)
  })

  it('nests a number inside a claim inside another speaker’s claim', () => {
    const text = 'Tokayev said Wang Yi told him that China would send 300 troops.'
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
    const at = (layer: Layer, id: string, words: string) => ann(layer, id, span(words).start, span(words).end)
    const annotations = [
      at('number', 'n', '300 troops'),
      at('claim', 'wang', 'China would send 300 troops'),
      at('speaker', 'wang-yi', 'Wang Yi'),
      at('claim', 'tokayev', 'Wang Yi told him that China would send 300 troops'),
      at('speaker', 'tok', 'Tokayev'),
    ]
    expect(show(text, toSegments({ start: 0, end: text.length }, annotations))).toBe(
      '[tok Tokayev] said [tokayev [wang-yi Wang Yi] told him that [wang China would send [n 300 troops]]].',
    )
  })

  it('cuts a staircase of n crossing annotations into 2n - 1 pieces, not n²', () => {
    const n = 500
    const stairs = Array.from({ length: n }, (_, i) => ann('claim', `c${i}`, i, n + i))
    const tree = toSegments({ start: 0, end: 2 * n }, stairs)
    expect(marks(tree)).toHaveLength(2 * n - 1)
  })
})

const layer = fc.constantFrom(...LAYERS)
const TEXT_LENGTH = 60

/** Random annotations over a 60-character text, crossing and nesting freely, some empty. */
const annotationsArb = fc
  .array(fc.record({ layer, a: fc.nat(TEXT_LENGTH), b: fc.nat(TEXT_LENGTH) }), { maxLength: 25 })
  .map((list) => list.map(({ layer, a, b }, i) => ann(layer, `a${i}`, Math.min(a, b), Math.max(a, b))))
const paragraphArb = fc
  .tuple(fc.nat(TEXT_LENGTH), fc.nat(TEXT_LENGTH))
  .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }))

describe('toSegments properties', () => {
  it('tiles the paragraph with its text leaves, in order, with no gap or overlap', () => {
    fc.assert(
      fc.property(paragraphArb, annotationsArb, (paragraph, annotations) => {
        let at = paragraph.start
        for (const leaf of textLeaves(toSegments(paragraph, annotations))) {
          expect(leaf.start).toBe(at)
          expect(leaf.end).toBeGreaterThan(leaf.start)
          at = leaf.end
        }
        expect(at).toBe(paragraph.end)
      }),
    )
  })

  it('covers each annotation’s clipped span exactly with its pieces, and drops only empty ones', () => {
    fc.assert(
      fc.property(paragraphArb, annotationsArb, (paragraph, annotations) => {
        const all = marks(toSegments(paragraph, annotations))
        for (const a of annotations) {
          const start = Math.max(a.start, paragraph.start)
          const end = Math.min(a.end, paragraph.end)
          const pieces = all.filter((m) => m.annotation.id === a.id).sort((x, y) => x.start - y.start)
          if (start >= end) {
            expect(pieces).toEqual([])
            continue
          }
          let at = start
          for (const piece of pieces) {
            expect(piece.start).toBe(at)
            at = piece.end
          }
          expect(at).toBe(end)
        }
      }),
    )
  })

  it('keeps every child inside its parent, and children tile the parent', () => {
    const check = (parent: Span, nodes: readonly SegmentNode[]) => {
      let at = parent.start
      for (const node of nodes) {
        expect(node.start).toBe(at)
        expect(node.end).toBeGreaterThan(node.start)
        expect(node.end).toBeLessThanOrEqual(parent.end)
        at = node.end
        if (node.kind === 'mark') check(node, node.children)
      }
      expect(at).toBe(parent.end)
    }
    fc.assert(
      fc.property(paragraphArb, annotationsArb, (paragraph, annotations) => {
        check(paragraph, toSegments(paragraph, annotations))
      }),
    )
  })

  it('gives all pieces of one annotation the same annotation object and parts in order', () => {
    fc.assert(
      fc.property(paragraphArb, annotationsArb, (paragraph, annotations) => {
        const byId = new Map(annotations.map((a) => [a.id, a]))
        const all = marks(toSegments(paragraph, annotations))
        for (const a of annotations) {
          const pieces = all.filter((m) => m.annotation.id === a.id).sort((x, y) => x.start - y.start)
          for (const piece of pieces) expect(piece.annotation).toBe(byId.get(a.id))
          if (pieces.length === 0) continue
          // A piece at a paragraph edge the annotation runs past is a continuation, not its start or end.
          const opens = a.start >= paragraph.start
          const closes = a.end <= paragraph.end
          const expected = pieces.map((_, i) => {
            const first = i === 0 && opens
            const last = i === pieces.length - 1 && closes
            return first && last ? 'whole' : first ? 'first' : last ? 'last' : 'middle'
          })
          expect(pieces.map((p) => p.part)).toEqual(expected)
        }
      }),
    )
  })
})

/** The shapes a damaged or hostile article file can take, each at a size that broke the recursive layout. */
const DEEP_CASES: [string, number, (n: number) => Annotation[]][] = [
  [
    '3,000 spans nested inside each other',
    6_000,
    (n) => Array.from({ length: n / 2 }, (_, i) => ann('claim', `n${i}`, i, n - i)),
  ],
  [
    '50,000 annotations on one span',
    10,
    () => Array.from({ length: 50_000 }, (_, i) => ann(LAYERS[i % LAYERS.length]!, `s${i}`, 2, 8)),
  ],
  [
    '50,000 staircase spans',
    100_000,
    (n) => Array.from({ length: n / 2 }, (_, i) => ann('number', `st${i}`, i, n / 2 + i + 1)),
  ],
]

describe('toSegments on damaged input (regression: "Maximum call stack size exceeded" blanked the page)', () => {
  it.each(DEEP_CASES)('lays out %s, every character once and in order', (_case, length, make) => {
    const paragraph = { start: 0, end: length }
    const leaves = textLeaves(toSegments(paragraph, make(length)))
    let at = 0
    for (const leaf of leaves) {
      expect(leaf.start).toBe(at)
      at = leaf.end
    }
    expect(at).toBe(length)
  })

  /** Nested to any depth, identical, crossing and staircase spans, mixed. */
  const shapesArb = fc
    .array(
      fc.oneof(
        fc.record({
          kind: fc.constant('nested' as const),
          at: fc.nat(50),
          n: fc.integer({ min: 1, max: 400 }),
        }),
        fc.record({
          kind: fc.constant('same' as const),
          at: fc.nat(100),
          n: fc.integer({ min: 1, max: 400 }),
        }),
        fc.record({
          kind: fc.constant('stairs' as const),
          at: fc.nat(100),
          n: fc.integer({ min: 1, max: 400 }),
        }),
        fc.record({ kind: fc.constant('any' as const), at: fc.nat(200), n: fc.nat(200) }),
      ),
      { maxLength: 6 },
    )
    .map((shapes) =>
      shapes.flatMap(({ kind, at, n }, s) => {
        const id = (i: number) => `${kind}${s}-${i}`
        if (kind === 'any') return [ann('time', id(0), Math.min(at, n), Math.max(at, n))]
        return Array.from({ length: n }, (_, i) => {
          if (kind === 'nested') return ann('claim', id(i), at + i, at + 2 * n - i)
          if (kind === 'same') return ann(LAYERS[i % LAYERS.length]!, id(i), at, at + 5)
          return ann('number', id(i), at + i, at + i + 10)
        })
      }),
    )

  it('lays out any mix of those shapes without throwing, every character once and in order', () => {
    fc.assert(
      fc.property(shapesArb, (annotations) => {
        const paragraph = { start: 0, end: 1_000 }
        let at = 0
        for (const leaf of textLeaves(toSegments(paragraph, annotations))) {
          expect(leaf.start).toBe(at)
          at = leaf.end
        }
        expect(at).toBe(1_000)
      }),
      { numRuns: 60 },
    )
  })
})

describe('annotationsByParagraph', () => {
  const paragraphs = [
    { start: 0, end: 10 },
    { start: 11, end: 20 },
    { start: 21, end: 30 },
  ]

  it('gives each paragraph the annotations that overlap it, including those crossing its edges', () => {
    const annotations = [
      ann('claim', 'spans-two', 12, 25),
      ann('number', 'inside', 2, 4),
      ann('time', 'crosses', 8, 12),
      ann('number', 'in-the-gap', 10, 11),
      ann('number', 'empty', 15, 15),
      ann('claim', 'everything', 0, 30),
    ]
    const ids = annotationsByParagraph(paragraphs, annotations).map((list) => list.map((a) => a.id))
    expect(ids).toEqual([
      ['everything', 'inside', 'crosses'],
      ['everything', 'crosses', 'spans-two'],
      ['everything', 'spans-two'],
    ])
  })

  it('keeps results in the order of the paragraphs given, even when they are not sorted', () => {
    const shuffled = [paragraphs[2]!, paragraphs[0]!, paragraphs[1]!]
    const ids = annotationsByParagraph(shuffled, [ann('number', 'n', 22, 23), ann('number', 'm', 1, 2)])
    expect(ids.map((list) => list.map((a) => a.id))).toEqual([['n'], ['m'], []])
  })

  it('agrees with a brute-force overlap check', () => {
    const sortedParagraphs = fc
      .uniqueArray(fc.nat(TEXT_LENGTH), { maxLength: 8 })
      .map((cuts) => cuts.sort((a, b) => a - b))
      .map((cuts) => cuts.slice(1).map((end, i) => ({ start: cuts[i]!, end })))
    fc.assert(
      fc.property(sortedParagraphs, annotationsArb, (ps, annotations) => {
        const expected = ps.map((p) =>
          annotations
            .filter((a) => a.start < a.end && a.start < p.end && p.start < a.end)
            .map((a) => a.id)
            .sort(),
        )
        const actual = annotationsByParagraph(ps, annotations).map((list) => list.map((a) => a.id).sort())
        expect(actual).toEqual(expected)
      }),
    )
  })
})
