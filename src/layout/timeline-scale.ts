/**
 * The time scale of the timeline's axis: where on a line of `width` pixels a calendar day lies. Pure (no DOM).
 *
 * Days are whole days since 1970-01-01 in UTC (calendar arithmetic, no time zone); an interval is half-open,
 * `[start, end)`: an event on 10 January 2022 is one day long, "January 2022" 31 days, "1992" 366.
 *
 * Why a broken axis: news timelines mix a background decades away ("30 years ago") with a week of events; on
 * one linear line that week takes a pixel. The axis is cut where nothing happens for most of a stretch, the cut
 * drawn "⋯", and each piece (a segment) is linear again, so inside a segment distances read as time and across
 * a cut the order still holds. Segments share the width by how many distinct dates they hold, above a minimum
 * each, so a busy week gets room and a lone "c. 1992" stays legible.
 */

export type Granularity = 'day' | 'month' | 'year'

export interface DayInterval {
  /** First day, in days since 1970-01-01 (UTC). */
  start: number
  /** The day after the last, exclusive. */
  end: number
  /** The finest unit the date names: "2022-01" is a month, "1992" a year, "2022-01-03/2022-01-09" days. */
  granularity: Granularity
}

export interface AxisSegment {
  /** Days covered, half-open. */
  start: number
  end: number
  /** Pixels covered, from the axis's left edge. */
  x0: number
  x1: number
  /** The finest granularity of the dates in it: no ticks finer than the dates say. */
  granularity: Granularity
}

export interface TimeScale {
  width: number
  /** In time order, left to right, a cut (`CUT_PX` wide) between two. */
  segments: AxisSegment[]
}

const MS_PER_DAY = 86_400_000
/** Width of the "⋯" between two segments, in pixels. */
export const CUT_PX = 22
/** The least a segment gets: room for a label such as "Jan 2022". */
const MIN_SEGMENT_PX = 56
/** Inside a segment, its first and last day stay this far from its edges (a point is drawn round its centre). */
export const SEGMENT_PAD_PX = 8
/** A gap is cut when it fills more than this share of its stretch (3/4: the rest grows at least fourfold). */
const CUT_SHARE = 0.75
const MAX_SEGMENTS = 5
/** A gap "stands out" when it is this many times wider than any other of its stretch. */
const STANDS_OUT = 4
/** Dates that a linear line would give less than this many pixels each are crushed (half a point's marker). */
const CRUSHED_PX = 6

export function dayNumber(year: number, month = 1, day = 1): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY)
}

export function calendarDay(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

function parsePart(part: string): DayInterval | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part)
  if (!m) return null
  const year = Number(m[1])
  if (m[2] === undefined) return { start: dayNumber(year), end: dayNumber(year + 1), granularity: 'year' }
  const month = Number(m[2])
  if (month < 1 || month > 12) return null
  if (m[3] === undefined)
    return { start: dayNumber(year, month), end: dayNumber(year, month + 1), granularity: 'month' }
  const start = dayNumber(year, month, Number(m[3]))
  return { start, end: start + 1, granularity: 'day' }
}

const RANK: Record<Granularity, number> = { day: 0, month: 1, year: 2 }
const finer = (a: Granularity, b: Granularity) => (RANK[a] <= RANK[b] ? a : b)

/** An event's date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `START/END`) as days; null if it is none of these. */
export function eventInterval(date: string): DayInterval | null {
  const [from, to, extra] = date.split('/')
  if (from === undefined || extra !== undefined) return null
  const a = parsePart(from)
  if (to === undefined || !a) return a
  const b = parsePart(to)
  if (!b || b.end <= a.start) return null
  return { start: a.start, end: b.end, granularity: finer(a.granularity, b.granularity) }
}

interface Run {
  start: number
  end: number
  /** Distinct intervals in the run: the room it asks for. */
  dates: number
  granularity: Granularity
}

/** Intervals that overlap or touch, merged; in time order. */
function toRuns(intervals: readonly DayInterval[]): Run[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end)
  const runs: Run[] = []
  let previous: DayInterval | undefined
  for (const i of sorted) {
    const last = runs.at(-1)
    const repeat = previous !== undefined && previous.start === i.start && previous.end === i.end
    if (last && i.start <= last.end) {
      last.end = Math.max(last.end, i.end)
      if (!repeat) last.dates++
      last.granularity = finer(last.granularity, i.granularity)
    } else runs.push({ start: i.start, end: i.end, dates: 1, granularity: i.granularity })
    previous = i
  }
  return runs
}

/**
 * Whether runs[from..to] should be cut at its widest gap, and how badly (the gap's share of the stretch). Cut when
 * the gap fills most of the stretch, or when it stands out (four times any other gap) and leaves the dates on
 * its narrower side crushed: a month of daily events after forty years of them would get a fraction of a pixel. An even
 * spread (events every month for years) has no gap that stands out and stays one linear segment.
 */
function widestGap(runs: readonly Run[], from: number, to: number, width: number) {
  let at = -1
  let gap = 0
  let second = 0
  for (let k = from; k < to; k++) {
    const g = runs[k + 1]!.start - runs[k]!.end
    if (g > gap) [second, gap, at] = [gap, g, k]
    else if (g > second) second = g
  }
  const stretch = runs[to]!.end - runs[from]!.start
  const share = gap / stretch
  if (at < 0) return { at, share, cut: false }
  const left = runs[at]!.end - runs[from]!.start
  const right = runs[to]!.end - runs[at + 1]!.start
  const [extent, first, last] = left <= right ? [left, from, at] : [right, at + 1, to]
  let dates = 0
  for (let k = first; k <= last; k++) dates += runs[k]!.dates
  // A lone date is a point whatever the scale; several need room to be told apart.
  const crushed = gap >= STANDS_OUT * second && dates > 1 && (width * extent) / stretch < dates * CRUSHED_PX
  return { at, share, cut: share > CUT_SHARE || crushed }
}

/**
 * Cuts the runs where `widestGap` says so, the gap with the widest share first, while there is room for another
 * segment. Returns [first, last] run indices per segment.
 */
function cut(runs: readonly Run[], width: number): [number, number][] {
  const room = Math.min(MAX_SEGMENTS, Math.floor((width + CUT_PX) / (MIN_SEGMENT_PX + CUT_PX)))
  const parts: [number, number][] = [[0, runs.length - 1]]
  while (parts.length < room) {
    let best = { part: -1, at: -1, share: 0 }
    parts.forEach(([from, to], part) => {
      const g = widestGap(runs, from, to, width)
      if (g.cut && g.share > best.share) best = { part, at: g.at, share: g.share }
    })
    if (best.part < 0) break
    const [from, to] = parts[best.part]!
    parts.splice(best.part, 1, [from, best.at], [best.at + 1, to])
  }
  return parts
}

/** The scale for these intervals on `width` pixels; null when there is nothing to place. */
export function buildTimeScale(intervals: readonly DayInterval[], width: number): TimeScale | null {
  const runs = toRuns(intervals)
  if (runs.length === 0 || width <= 0) return null
  const parts = cut(runs, width)
  const weights = parts.map(([from, to]) => runs.slice(from, to + 1).reduce((n, r) => n + r.dates, 0))
  const total = weights.reduce((a, b) => a + b, 0)
  const free = Math.max(0, width - CUT_PX * (parts.length - 1) - MIN_SEGMENT_PX * parts.length)
  let x = 0
  const segments = parts.map(([from, to], i): AxisSegment => {
    const span = MIN_SEGMENT_PX + (free * weights[i]!) / total
    const inPart = runs.slice(from, to + 1)
    const segment: AxisSegment = {
      start: inPart[0]!.start,
      end: inPart.at(-1)!.end,
      x0: x,
      x1: Math.min(width, x + span),
      granularity: inPart.reduce<Granularity>((g, r) => finer(g, r.granularity), 'year'),
    }
    x += span + CUT_PX
    return segment
  })
  return { width, segments }
}

/** Pixels from the axis's left edge for a moment `day` (fractional days allowed), within its segment. */
export function xOf(scale: TimeScale, day: number): number {
  const { segments } = scale
  // The segment holding the day, or the nearest one before it (a day in a cut maps to that segment's end).
  let lo = 0
  let hi = segments.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (segments[mid]!.start <= day) lo = mid
    else hi = mid - 1
  }
  const s = segments[lo]!
  const t = Math.min(1, Math.max(0, (day - s.start) / (s.end - s.start)))
  return s.x0 + SEGMENT_PAD_PX + t * (s.x1 - s.x0 - 2 * SEGMENT_PAD_PX)
}
