import type { TimelineEvent } from '../model/annotated-article.ts'
import { curlQuotes } from './curl-quotes.ts'
import { formatDate } from './format-date.ts'
import type { AxisMark } from './timeline-marks.ts'
import { buildTimeScale, eventInterval, type DayInterval, type TimeScale } from './timeline-scale.ts'
import { axisTicks, type AxisTicks } from './timeline-ticks.ts'

/**
 * The timeline's proportional axis, put together: the scale and its labels from every event of the article
 * (`timeline-scale.ts`, `timeline-ticks.ts`), the marks of the events shown (`timeline-marks.ts`), and what a
 * mark is called. Pure (no DOM).
 */
export interface AxisFrame {
  scale: TimeScale
  labels: AxisTicks
}

/** The scale and labels for these events on `width` pixels; null when no event has a date the axis can place. */
export function axisFrame(events: readonly TimelineEvent[], width: number): AxisFrame | null {
  const intervals = events.map((e) => eventInterval(e.date)).filter((i): i is DayInterval => i !== null)
  const scale = buildTimeScale(intervals, width)
  return scale && { scale, labels: axisTicks(scale) }
}

/** The date a mark covers, as a reader says it: "Monday 10 January 2022", "c. 1992", "3 … – 10 January 2022". */
export function markDate(mark: AxisMark): string {
  const first = mark.events[0]!
  if (mark.events.every((e) => e.date === first.date)) return formatDate(first.date, 'long', mark.approximate)
  // The last to end, not the last to start: a long range may hold later points.
  let last = first
  for (const e of mark.events)
    if ((eventInterval(e.date)?.end ?? 0) > (eventInterval(last.date)?.end ?? 0)) last = e
  const from = first.date.split('/')[0]!
  const to = last.date.split('/').at(-1)!
  return formatDate(`${from}/${to}`, 'long', mark.approximate)
}

/** A mark's accessible name: "Friday 7 January 2022: Xi Jinping sent …", "Monday 10 January 2022: 8 events". */
export function markName(mark: AxisMark): string {
  const n = mark.events.length
  return `${markDate(mark)}: ${n === 1 ? curlQuotes(mark.events[0]!.label) : `${n} events`}`
}
