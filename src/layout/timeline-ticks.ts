import { MONTH_NAMES } from '../model/calendar.ts'
import {
  calendarDay,
  dayNumber,
  xOf,
  type AxisSegment,
  type Granularity,
  type TimeScale,
} from './timeline-scale.ts'

/**
 * The labels of the timeline's axis. Each tick names one calendar unit (a day, a month, a year) and sits at its
 * middle, where a point on that day is drawn: "5" is under the dot of 5 January. Under the ticks, a caption per
 * segment says what the ticks leave out ("January 2022" under days, "2021–2022" under months). Pure (no DOM).
 */
export interface AxisLabel {
  text: string
  /** The tick's position (captions: the segment's middle), in pixels from the axis's left edge. */
  x: number
  /** Where the text is pinned and how: centred on `at`, or starting or ending there to stay in its segment. */
  at: number
  anchor: 'start' | 'middle' | 'end'
}

export interface AxisTicks {
  ticks: AxisLabel[]
  captions: AxisLabel[]
}

/**
 * Estimated width of a character of the axis's labels, in pixels (11 px sans-serif; DejaVu Sans, the widest
 * fallback, draws digits 7 px wide). Deliberately generous: an estimate too small would let labels touch.
 */
export const LABEL_CHAR_PX = 7.2
/** Least space between two labels, in pixels. */
export const LABEL_GAP_PX = 4

export const labelWidth = (text: string) => text.length * LABEL_CHAR_PX

const ABBR = MONTH_NAMES.map((m) => m.slice(0, 3))

type Step = readonly [Granularity, number]
const STEPS: readonly Step[] = [
  ['day', 1],
  ['day', 2],
  ['day', 7],
  ['month', 1],
  ['month', 3],
  ['month', 6],
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n): Step => ['year', n]),
]

/** The shortest length of each unit, in days. */
const UNIT_DAYS: Record<Granularity, number> = { day: 1, month: 28, year: 365 }

interface Unit {
  text: string
  /** Middle of the unit, in days. */
  middle: number
}

/** The units a step labels in [start, end), whose middle lies inside. */
function units(segment: AxisSegment, [unit, every]: Step): Unit[] {
  const out: Unit[] = []
  const { start, end } = segment
  const first = calendarDay(start)
  const last = calendarDay(end - 1)
  const keep = (middle: number) => middle >= start && middle <= end
  if (unit === 'day') {
    for (let d = start; d < end; d++) {
      const c = calendarDay(d)
      // The first of a month names the month ("Feb" after "31"), unless it opens the segment (the caption does).
      if ((c.day - 1) % every === 0)
        out.push({ text: c.day === 1 && d > start ? ABBR[c.month - 1]! : String(c.day), middle: d + 0.5 })
    }
  } else if (unit === 'month') {
    for (
      let y = first.year, m = first.month;
      y < last.year || (y === last.year && m <= last.month);
      m === 12 ? (y++, (m = 1)) : m++
    ) {
      const middle = (dayNumber(y, m) + dayNumber(y, m + 1)) / 2
      // Months by name; the caption under them gives the year or years.
      if ((m - 1) % every === 0 && keep(middle)) out.push({ text: ABBR[m - 1]!, middle })
    }
  } else {
    for (let y = Math.ceil(first.year / every) * every; y <= last.year; y += every) {
      const middle = (dayNumber(y) + dayNumber(y + 1)) / 2
      if (keep(middle)) out.push({ text: String(y), middle })
    }
  }
  return out
}

/** A label centred on `x` unless that would leave [x0, x1]: then pinned to the edge it would cross. */
function place(text: string, x: number, x0: number, x1: number): AxisLabel & { left: number; right: number } {
  const w = labelWidth(text)
  if (x - w / 2 < x0) return { text, x, at: x0, anchor: 'start', left: x0, right: x0 + w }
  if (x + w / 2 > x1) return { text, x, at: x1, anchor: 'end', left: x1 - w, right: x1 }
  return { text, x, at: x, anchor: 'middle', left: x - w / 2, right: x + w / 2 }
}

function ticksOf(scale: TimeScale, segment: AxisSegment): { labels: AxisLabel[]; step: Step } | null {
  const from = STEPS.findIndex(([unit]) => unit === segment.granularity)
  const room = segment.x1 - segment.x0
  for (const step of STEPS.slice(from)) {
    // Steps whose labels cannot fit even at one character each are skipped unwalked: a segment of a thousand
    // years of daily events would otherwise enumerate every day.
    if (
      (UNIT_DAYS[step[0]] * step[1]) / (segment.end - segment.start) <
      (LABEL_CHAR_PX + LABEL_GAP_PX) / room
    )
      continue
    const placed = units(segment, step).map((u) =>
      place(u.text, xOf(scale, u.middle), segment.x0, segment.x1),
    )
    if (placed.length === 0) continue
    const fits = placed.every((l, i) => {
      const next = placed[i + 1]
      return l.right - l.left <= segment.x1 - segment.x0 && (!next || l.right + LABEL_GAP_PX <= next.left)
    })
    if (fits) return { labels: placed.map(({ text, x, at, anchor }) => ({ text, x, at, anchor })), step }
  }
  return null
}

function caption(segment: AxisSegment, unit: Granularity): string[] {
  const a = calendarDay(segment.start)
  const b = calendarDay(segment.end - 1)
  if (unit === 'year') return []
  if (unit === 'month') return [a.year === b.year ? `${a.year}` : `${a.year}–${b.year}`]
  if (a.year === b.year && a.month === b.month)
    return [`${MONTH_NAMES[a.month - 1]} ${a.year}`, `${ABBR[a.month - 1]} ${a.year}`]
  const short = `${ABBR[a.month - 1]} ${a.year} – ${ABBR[b.month - 1]} ${b.year}`
  return a.year === b.year ? [`${ABBR[a.month - 1]} – ${ABBR[b.month - 1]} ${b.year}`, short] : [short]
}

/** The ticks of every segment and the caption under each, none overlapping another (by `LABEL_CHAR_PX`). */
export function axisTicks(scale: TimeScale): AxisTicks {
  const ticks: AxisLabel[] = []
  const captions: AxisLabel[] = []
  for (const segment of scale.segments) {
    const found = ticksOf(scale, segment)
    if (!found) continue
    ticks.push(...found.labels)
    const middle = (segment.x0 + segment.x1) / 2
    const text = caption(segment, found.step[0]).find((t) => labelWidth(t) <= segment.x1 - segment.x0)
    if (text !== undefined) {
      const { at, anchor } = place(text, middle, segment.x0, segment.x1)
      captions.push({ text, x: middle, at, anchor })
    }
  }
  return { ticks, captions }
}
