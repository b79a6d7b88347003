import type { Paragraph } from '../model/annotated-article.ts'

/**
 * The article body in chunks of paragraphs, and which chunks are rendered while a long article arrives. Pure: no
 * DOM, no React. Offsets are UTF-16 offsets into `AnnotatedArticle.text`.
 *
 * A chunk is the unit of `content-visibility: auto` (Chromium tracks each such element on every frame that changes
 * layout, so one per paragraph costs milliseconds per toggle) and of progressive rendering: the chunk the reader
 * sees first is rendered at once, the rest in idle slices, outward from it.
 */
export const CHUNK_PARAGRAPHS = 8

/** Text rendered at once, from the chunk the reader sees first on: about two screens of a desktop column. */
export const INITIAL_CHARS = 6000

export interface BodyChunk {
  /** Indices into `AnnotatedArticle.paragraphs`, in order. */
  paragraphs: readonly number[]
  /** The text span of its paragraphs: the first one's start, the last one's end. */
  start: number
  end: number
  /** Length of each paragraph's text, for the height estimate of a chunk not yet laid out. */
  lengths: readonly number[]
}

/** The body paragraphs (not the caption) in chunks of `CHUNK_PARAGRAPHS`. */
export function chunkBody(paragraphs: readonly Paragraph[], size = CHUNK_PARAGRAPHS): BodyChunk[] {
  const body = paragraphs.flatMap((p, i) => (p.kind === 'body' ? [i] : []))
  const chunks: BodyChunk[] = []
  for (let i = 0; i < body.length; i += size) {
    const indices = body.slice(i, i + size)
    const ps = indices.map((j) => paragraphs[j]!)
    chunks.push({
      paragraphs: indices,
      start: ps[0]!.start,
      end: ps.at(-1)!.end,
      lengths: ps.map((p) => p.end - p.start),
    })
  }
  return chunks
}

/**
 * The indices of the chunks a span touches (a highlight or a shared passage may cross a chunk's edge), by binary
 * search; empty when it lies outside the body (the caption, the header).
 */
export function chunksOfSpan(chunks: readonly BodyChunk[], start: number, end: number): number[] {
  let lo = 0
  let hi = chunks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (chunks[mid]!.end <= start) lo = mid + 1
    else hi = mid
  }
  const out: number[] = []
  for (let i = lo; i < chunks.length && chunks[i]!.start < Math.max(end, start + 1); i++) out.push(i)
  return out
}

/**
 * Which chunks are rendered: the range [lo, hi), which grows outward from the first one rendered, plus chunks
 * rendered on demand outside it (a highlight stepped to, the screen the reader scrolled to). A rendered chunk
 * stays rendered: it may hold the keyboard focus.
 */
export interface RenderPlan {
  lo: number
  hi: number
  extra: readonly number[]
}

export function isRendered(plan: RenderPlan, index: number): boolean {
  return (index >= plan.lo && index < plan.hi) || plan.extra.includes(index)
}

/** Every chunk is rendered (extra chunks lie outside the range and are distinct, so they can be counted). */
export function isComplete(plan: RenderPlan, count: number): boolean {
  return plan.hi - plan.lo + plan.extra.length >= count
}

export const fullPlan = (count: number): RenderPlan => ({ lo: 0, hi: count, extra: [] })

/**
 * The chunks rendered at once: from `first` on (the top, or where a link's focus is) until `INITIAL_CHARS` of text;
 * the whole body when what would be left is shorter than that (a short article is rendered in one go).
 */
export function initialPlan(chunks: readonly BodyChunk[], first: number, chars = INITIAL_CHARS): RenderPlan {
  const lo = Math.min(Math.max(0, first), Math.max(0, chunks.length - 1))
  let hi = lo
  let taken = 0
  while (hi < chunks.length && taken < chars) taken += chunks[hi]!.end - chunks[hi++]!.start
  const total = chunks.length === 0 ? 0 : chunks.at(-1)!.end - chunks[0]!.start
  return total - taken < chars ? fullPlan(chunks.length) : { lo, hi, extra: [] }
}

/**
 * Whether a body is long enough to render progressively (what `initialPlan` would not render at once from the
 * top): its secondary views (the timeline) may then follow the first screen too.
 */
export function isLongBody(chunks: readonly BodyChunk[], chars = INITIAL_CHARS): boolean {
  return !isComplete(initialPlan(chunks, 0, chars), chunks.length)
}

/** The plan with `indices` rendered too (the same object when they already are). */
export function withChunks(plan: RenderPlan, indices: readonly number[]): RenderPlan {
  const missing = indices.filter((i) => !isRendered(plan, i))
  return missing.length === 0 ? plan : { ...plan, extra: [...plan.extra, ...missing] }
}

/**
 * The next slice: `step` more chunks below the range (reading on), then above it once the end is reached. Chunks
 * already rendered on demand are skipped over and leave the extra list once the range covers them.
 */
export function nextPlan(plan: RenderPlan, count: number, step: number): RenderPlan {
  let { lo, hi } = plan
  for (let added = 0; added < step && !(lo <= 0 && hi >= count);) {
    if (hi < count) {
      if (!plan.extra.includes(hi)) added++
      hi++
    } else {
      lo--
      if (!plan.extra.includes(lo)) added++
    }
  }
  return { lo, hi, extra: plan.extra.filter((i) => i < lo || i >= hi) }
}

/**
 * Estimated height of a chunk not yet laid out, in px: each paragraph's lines at `perLine` characters (at least
 * one line), plus the gaps between paragraphs.
 */
export function estimateChunkHeight(
  lengths: readonly number[],
  perLine: number,
  lineHeight: number,
  gap: number,
): number {
  const lines = lengths.reduce((sum, n) => sum + Math.max(1, Math.ceil(n / perLine)), 0)
  return Math.round(lines * lineHeight + gap * Math.max(0, lengths.length - 1))
}
