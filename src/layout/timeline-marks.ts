import type { TimelineEvent } from '../model/annotated-article.ts'
import { eventInterval, xOf, type TimeScale } from './timeline-scale.ts'

/**
 * The events on the timeline's axis: an event of one day is a point, a longer one (a range, a month, a year) a
 * bar of its real extent, unless that is narrower than a point. Points closer than their markers' width merge into one point with a count, and bars of
 * nearly the same extent into one bar, so no two marks overlap however many events there are (one pass after a
 * sort: O(n log n)). Pure (no DOM).
 */
export interface AxisMark {
  kind: 'point' | 'bar'
  /** The events it stands for, in time order. */
  events: TimelineEvent[]
  /** Days it covers (the union of its events), half-open. */
  start: number
  end: number
  /** Pixels from the axis's left edge: a point's marker is centred between them. */
  x0: number
  x1: number
  /** Bars only: the row it is drawn in, 0 nearest the line. Points: 0. */
  lane: number
  /** Every event in it is dated only approximately ("c. 1992"): drawn dashed, named "c. …". */
  approximate: boolean
}

/** Diameter of one event's point, in pixels; a cluster's marker widens to hold its count. */
export const POINT_PX = 12
/** Least space between two markers, in pixels. */
export const MARK_GAP_PX = 2
/** Rows of bars; ranges that find no free row join the bar they overlap in the last one. */
export const MAX_LANES = 3
/** Two bars whose ends are this close, in pixels, read as one extent and merge. */
const SAME_EXTENT_PX = 3

/** Width of a point's marker: a dot for one event, a pill with the count for more. */
export function markerWidth(count: number): number {
  return count === 1 ? POINT_PX : Math.max(POINT_PX + 6, String(count).length * 7 + 10)
}

interface Placed {
  event: TimelineEvent
  start: number
  end: number
  x0: number
  x1: number
  point: boolean
}

/** `b` merged into `a`, in place: each mark is built by this module alone, and copying made a long merge O(n²). */
function merge(a: AxisMark, b: AxisMark): AxisMark {
  for (const e of b.events) a.events.push(e)
  a.start = Math.min(a.start, b.start)
  a.end = Math.max(a.end, b.end)
  a.x0 = Math.min(a.x0, b.x0)
  a.x1 = Math.max(a.x1, b.x1)
  a.approximate &&= b.approximate
  return a
}

const single = (p: Placed, kind: AxisMark['kind']): AxisMark => ({
  kind,
  events: [p.event],
  start: p.start,
  end: p.end,
  x0: p.x0,
  x1: p.x1,
  lane: 0,
  approximate: p.event.approximate === true,
})

/** The marker of a point: centred on its events' extent, kept inside the axis. */
export function pointBox(mark: AxisMark, width: number): { left: number; right: number } {
  const w = markerWidth(mark.events.length)
  const centre = Math.min(Math.max((mark.x0 + mark.x1) / 2, w / 2), width - w / 2)
  return { left: centre - w / 2, right: centre + w / 2 }
}

function points(placed: readonly Placed[], width: number): AxisMark[] {
  const stack: AxisMark[] = []
  for (const p of placed) {
    stack.push(single(p, 'point'))
    // Merging moves a marker left and widens it, so it may now touch the one before: merge down until clear.
    while (stack.length > 1) {
      const b = stack.at(-1)!
      const a = stack.at(-2)!
      if (pointBox(a, width).right + MARK_GAP_PX <= pointBox(b, width).left) break
      stack.pop()
      merge(a, b)
    }
  }
  return stack
}

function bars(placed: readonly Placed[]): AxisMark[] {
  const merged: AxisMark[] = []
  for (const p of placed) {
    const last = merged.at(-1)
    // An approximate and an exact "1992" stay two bars (two lanes), as they are two days in the list.
    if (
      last &&
      last.approximate === (p.event.approximate === true) &&
      Math.abs(last.x0 - p.x0) < SAME_EXTENT_PX &&
      Math.abs(last.x1 - p.x1) < SAME_EXTENT_PX
    )
      merge(last, single(p, 'bar'))
    else merged.push(single(p, 'bar'))
  }
  const lanes: AxisMark[][] = []
  for (const bar of merged) {
    const free = lanes.find((lane) => lane.at(-1)!.x1 + MARK_GAP_PX <= bar.x0)
    if (free) free.push({ ...bar, lane: lanes.indexOf(free) })
    else if (lanes.length < MAX_LANES) lanes.push([{ ...bar, lane: lanes.length }])
    else {
      merge(lanes.at(-1)!.at(-1)!, bar)
    }
  }
  return lanes.flat()
}

/**
 * The marks of these events on the scale (built from every event, so a speaker filter thins the marks without
 * moving them), in time order: by first day, then points before bars. Events whose date cannot be read are left
 * out (they stay in the list).
 */
export function axisMarks(scale: TimeScale, events: readonly TimelineEvent[]): AxisMark[] {
  const placed: Placed[] = []
  for (const event of events) {
    const i = eventInterval(event.date)
    if (!i) continue
    let x0 = xOf(scale, i.start)
    let x1 = xOf(scale, i.end)
    // A range narrower than a point's marker (a month on an axis of decades) is drawn as a point: a bar that
    // small reads as a blot, and the point's marker already covers its extent.
    const point = i.end - i.start === 1 || x1 - x0 < POINT_PX
    if (point) x0 = x1 = (x0 + x1) / 2
    placed.push({ event, start: i.start, end: i.end, x0, x1, point })
  }
  placed.sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1)
  const isPoint = (p: Placed) => p.point
  return [...points(placed.filter(isPoint), scale.width), ...bars(placed.filter((p) => !isPoint(p)))].sort(
    (a, b) => a.start - b.start || (a.kind === b.kind ? a.x0 - b.x0 : a.kind === 'point' ? -1 : 1),
  )
}
