import type { Annotation, Layer } from '../model/annotated-article.ts'
import type { Span } from '../model/span.ts'
import { MinHeap } from './min-heap.ts'

/**
 * One node of a paragraph's render tree. `start`/`end` are UTF-16 offsets into `AnnotatedArticle.text`, end
 * exclusive; the renderer slices the text itself. A mark's children tile its span exactly (text and marks).
 */
export type SegmentNode = TextSegment | MarkSegment

/** Plain text, rendered as is. */
export interface TextSegment {
  kind: 'text'
  start: number
  end: number
}

/**
 * A `<mark>` for one annotation, or for one piece of it when the annotation crosses another one's edge.
 * `part` says which piece this is (in document order), so the renderer can round only the outer corners and
 * give the popover to one piece; every piece of an annotation holds the same `annotation` object. Pieces run on
 * across paragraphs: an annotation over a paragraph break ends its first paragraph with a `first` piece and
 * opens the next with a `last` (or `middle`) one, never a second `whole`.
 */
export interface MarkSegment {
  kind: 'mark'
  annotation: Annotation
  start: number
  end: number
  part: 'whole' | 'first' | 'middle' | 'last'
  children: SegmentNode[]
}

/**
 * Nesting order for annotations with the same span, outer first: a claim holds its source, speaker, time and
 * number; this keeps identical spans stacking the same way in every paragraph.
 */
const LAYER_RANK: Record<Layer, number> = { claim: 0, source: 1, speaker: 2, time: 3, number: 4 }

/** A span still to be placed: a clipped annotation, or what is left of it after a split. */
interface Pending {
  annotation: Annotation
  start: number
  end: number
  /** Input position, the last tie-break, so equal keys keep a stable order. */
  order: number
}

/** Outer before inner: earlier start, then longer, then layer rank, then id. */
function comparePending(a: Pending, b: Pending): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    LAYER_RANK[a.annotation.layer] - LAYER_RANK[b.annotation.layer] ||
    (a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0) ||
    a.order - b.order
  )
}

/**
 * Turns a paragraph and the annotations overlapping it into a tree of nested marks in which every annotation
 * stays visible. Properly nested annotations become nested marks. When two cross (A=[0,10), B=[5,15)), the one
 * that starts later is split at the other's edge ([5,10) inside A, then [10,15) after it), so every piece nests
 * properly. Annotations are clipped to the paragraph; empty ones (after clipping) are dropped.
 *
 * Time: O((n + p) log n) for n annotations cut into p pieces; p = n when nothing crosses. Crossings are split
 * only at the edges of marks still open, never at every boundary in the paragraph.
 */
export function toSegments(paragraph: Span, annotations: readonly Annotation[]): SegmentNode[] {
  const queue = new MinHeap<Pending>(comparePending)
  annotations.forEach((annotation, order) => {
    const start = Math.max(annotation.start, paragraph.start)
    const end = Math.min(annotation.end, paragraph.end)
    if (start < end) queue.push({ annotation, start, end, order })
  })

  const roots: MarkSegment[] = []
  // The chain of marks that contain the current position, outermost first.
  const open: MarkSegment[] = []
  const pieces = new Map<Annotation, MarkSegment[]>()

  for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
    while (open.length > 0 && open[open.length - 1]!.end <= item.start) open.pop()
    const parent = open[open.length - 1]
    // Crossing the innermost open mark's edge: keep the part inside it, place the rest once that mark closes.
    const end = parent !== undefined && parent.end < item.end ? parent.end : item.end
    if (end < item.end) queue.push({ ...item, start: end })
    const mark: MarkSegment = {
      kind: 'mark',
      annotation: item.annotation,
      start: item.start,
      end,
      part: 'whole',
      children: [],
    }
    ;(parent?.children ?? roots).push(mark)
    open.push(mark)
    const list = pieces.get(item.annotation)
    if (list) list.push(mark)
    else pieces.set(item.annotation, [mark])
  }

  // An annotation clipped at the paragraph's edge goes on in the next paragraph (or came from the previous one):
  // its piece there is not its start or end. Counting it as a start numbered a claim over a paragraph break
  // twice in print (the CSS counter of the notes) and made its continuation a second tab stop.
  for (const [annotation, list] of pieces) {
    const opens = annotation.start >= paragraph.start
    const closes = annotation.end <= paragraph.end
    for (const [i, mark] of list.entries()) {
      const first = i === 0 && opens
      const last = i === list.length - 1 && closes
      mark.part = first && last ? 'whole' : first ? 'first' : last ? 'last' : 'middle'
    }
  }
  return fillWithText(paragraph.start, paragraph.end, roots)
}

/**
 * Adds text nodes between (and inside) marks so that each level tiles its range with no gap. Marks arrive in
 * document order because pieces are placed in order of their start. Iterative, with its own stack: a damaged
 * article nesting thousands of spans must not overflow the call stack (it did, and blanked the page).
 */
function fillWithText(start: number, end: number, marks: readonly SegmentNode[]): SegmentNode[] {
  interface Level {
    nodes: readonly SegmentNode[]
    next: number
    at: number
    end: number
    out: SegmentNode[]
    owner: MarkSegment | undefined
  }
  const top: Level = { nodes: marks, next: 0, at: start, end, out: [], owner: undefined }
  const stack = [top]
  for (let level = stack.at(-1); level !== undefined; level = stack.at(-1)) {
    const node = level.nodes[level.next++]
    if (node === undefined) {
      if (level.at < level.end) level.out.push({ kind: 'text', start: level.at, end: level.end })
      if (level.owner) level.owner.children = level.out
      stack.pop()
      continue
    }
    if (level.at < node.start) level.out.push({ kind: 'text', start: level.at, end: node.start })
    level.out.push(node)
    level.at = node.end
    if (node.kind === 'mark')
      stack.push({ nodes: node.children, next: 0, at: node.start, end: node.end, out: [], owner: node })
  }
  return top.out
}

/**
 * Gives each paragraph the annotations that overlap it (an annotation crossing a paragraph edge goes to every
 * paragraph it touches; empty annotations go nowhere). Result `i` belongs to `paragraphs[i]`, in order of start.
 *
 * One sorted sweep: O((P + n) log (P + n) + k), where k is the number of (paragraph, annotation) pairs
 * examined while an annotation is still open, so about linear for annotations that rarely span paragraphs.
 */
export function annotationsByParagraph(
  paragraphs: readonly Span[],
  annotations: readonly Annotation[],
): Annotation[][] {
  const result: Annotation[][] = paragraphs.map(() => [])
  const sorted = annotations.filter((a) => a.start < a.end).sort((a, b) => a.start - b.start)
  const order = paragraphs.map((_, i) => i).sort((i, j) => paragraphs[i]!.start - paragraphs[j]!.start)
  let next = 0
  // Annotations that started before the current paragraph's end and may still reach into it or a later one.
  let active: Annotation[] = []
  for (const i of order) {
    const paragraph = paragraphs[i]!
    while (next < sorted.length && sorted[next]!.start < paragraph.end) active.push(sorted[next++]!)
    // Paragraphs come in order of start, so an annotation ending before this one starts is done for good.
    active = active.filter((a) => a.end > paragraph.start)
    const mine = result[i]!
    for (const a of active) if (a.start < paragraph.end) mine.push(a)
  }
  return result
}
