import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatSpan,
  mondayOf,
  weekdayOf,
  type CalendarDay,
} from './dates.ts'
import { parseCount } from '../lexicon/number-words.ts'

/** What chrono (or our own year rule) read from a time expression; absent parts are `undefined`. */
export interface DateParts {
  year: number | undefined
  month: number | undefined
  day: number | undefined
  weekday: number | undefined
}

/** One time expression to resolve against the publication day. */
export interface TimeCandidate {
  /** The expression lower-cased, whitespace collapsed, without a leading on/in/at. */
  phrase: string
  start: DateParts
  /** The other end of a range ("Jan. 3 to Jan. 9"), or null. */
  end: DateParts | null
  /** The clause puts the expression in the future ("will meet on Friday"): bare dates then resolve forward. */
  future: boolean
}

export interface ResolvedTime {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `START/END`. */
  date: string
  approximate: boolean
}

const exact = (date: string): ResolvedTime => ({ date, approximate: false })
const APPROXIMATELY =
  /^(?:about|around|roughly|some|nearly|almost|more than|over|approximately|just|only|exactly)\s+/
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14 }

/**
 * News conventions chrono does not know: weeks run Monday–Sunday, "last week" is a span, a bare weekday in a
 * past-tense story is the most recent such day, "30 years ago" is a year and approximate. Returns null for what
 * is not a date a reader could place on a timeline (durations, "now", bare clock times).
 */
export function resolveTime(c: TimeCandidate, pub: CalendarDay): ResolvedTime | null {
  const relative = resolveRelative(c.phrase, pub)
  return relative === undefined ? resolveParts(c, pub) : relative
}

function resolveRelative(phrase: string, pub: CalendarDay): ResolvedTime | null | undefined {
  // A duration ("for 3 days") or a time counted from another event ("3 days later") is not a date.
  if (/^(for|within|after|over the (?:past|last|next)|(?:right )?now)\b|\b(later|earlier)$/.test(phrase))
    return null
  if (/^(today|tonight|this (morning|afternoon|evening))\b/.test(phrase)) return exact(formatDay(pub))
  if (/^(yesterday|last night)\b/.test(phrase)) return exact(formatDay(addDays(pub, -1)))
  if (/^tomorrow\b/.test(phrase)) return exact(formatDay(addDays(pub, 1)))
  const weekend = /^(last|this|next|the)? ?weekend$/.exec(phrase)
  if (weekend) {
    // The most recent Saturday–Sunday not after publication; "next weekend" the one after it.
    const saturday = addDays(pub, -((weekdayOf(pub) + 1) % 7))
    const start = weekend[1] === 'next' ? addDays(saturday, 7) : saturday
    return exact(formatSpan(start, addDays(start, 1)))
  }
  const rel = /^(last|past|previous|this|next|coming) (week|month|year)$/.exec(phrase)
  if (rel) {
    const shift = rel[1] === 'this' ? 0 : rel[1] === 'next' || rel[1] === 'coming' ? 1 : -1
    if (rel[2] === 'week') {
      // "the past week" is the seven days before publication, not the previous calendar week.
      if (rel[1] === 'past') return exact(formatSpan(addDays(pub, -7), addDays(pub, -1)))
      const monday = addDays(mondayOf(pub), 7 * shift)
      return exact(formatSpan(monday, addDays(monday, 6)))
    }
    if (rel[2] === 'month') {
      const m = addMonths({ ...pub, day: 1 }, shift)
      return exact(formatMonth(m.year, m.month))
    }
    return exact(String(pub.year + shift))
  }
  const ago = /^(.+?) (day|week|fortnight|month|year|decade|century|hour|minute)s? ago$/.exec(phrase)
  if (ago) {
    const n = parseCount((ago[1] ?? '').replace(APPROXIMATELY, ''))
    if (n === null) return null
    const unit = ago[2] ?? ''
    if (unit === 'hour' || unit === 'minute') return { date: formatDay(pub), approximate: true }
    if (unit in UNIT_DAYS)
      return { date: formatDay(addDays(pub, -Math.round(n * (UNIT_DAYS[unit] ?? 1)))), approximate: true }
    if (unit === 'month') {
      const m = addMonths(pub, -Math.round(n))
      return { date: formatMonth(m.year, m.month), approximate: true }
    }
    const years = n * (unit === 'decade' ? 10 : unit === 'century' ? 100 : 1)
    return { date: String(pub.year - Math.round(years)), approximate: true }
  }
  return undefined
}

function resolveParts(c: TimeCandidate, pub: CalendarDay): ResolvedTime | null {
  const { start, end } = c
  if (start.month !== undefined && start.day !== undefined) {
    const first = placeDay(start, pub, c.future)
    if (end?.month !== undefined && end.day !== undefined) {
      const year = end.year ?? (end.month < first.month ? first.year + 1 : first.year)
      return exact(formatSpan(first, { year, month: end.month, day: end.day }))
    }
    return exact(formatDay(first))
  }
  if (start.month !== undefined) {
    const year = start.year ?? placeMonth(start.month, c.phrase, pub, c.future)
    return exact(formatMonth(year, start.month))
  }
  if (start.weekday !== undefined)
    return exact(formatDay(placeWeekday(start.weekday, c.phrase, pub, c.future)))
  if (start.year !== undefined) return exact(String(start.year))
  return null
}

/** How far past publication a yearless past-tense date may lie (stories are often dated the next morning). */
const GRACE_DAYS = 3

/** "January 5": the most recent such day not after publication + grace; forward in a future-tense clause. */
function placeDay(parts: DateParts, pub: CalendarDay, future: boolean): CalendarDay {
  const month = parts.month ?? 1
  const day = parts.day ?? 1
  if (parts.year !== undefined) return { year: parts.year, month, day }
  const limit = addDays(pub, future ? -GRACE_DAYS : GRACE_DAYS)
  const sameYear = { year: pub.year, month, day }
  const later = formatDay(sameYear) > formatDay(limit)
  if (future)
    return later || formatDay(sameYear) === formatDay(limit) ? sameYear : { ...sameYear, year: pub.year + 1 }
  return later ? { ...sameYear, year: pub.year - 1 } : sameYear
}

/**
 * "in March": the most recent March, the current month included; the next one in a future-tense clause.
 * "next January" is the first January after this month, "last March" the last one before it.
 */
function placeMonth(month: number, phrase: string, pub: CalendarDay, future: boolean): number {
  if (/^(?:next|coming)\b/.test(phrase)) return month > pub.month ? pub.year : pub.year + 1
  if (/^last\b/.test(phrase)) return month < pub.month ? pub.year : pub.year - 1
  if (/^this\b/.test(phrase)) return pub.year
  if (future) return month >= pub.month ? pub.year : pub.year + 1
  return month <= pub.month ? pub.year : pub.year - 1
}

/**
 * A bare weekday in past-tense news is the most recent such day before publication ("on Monday" in a Tuesday
 * story is the day before). The publication's own weekday means the publication day, the simplest reading a
 * reader can check. "last"/"next" and a future-tense clause override the default.
 */
function placeWeekday(weekday: number, phrase: string, pub: CalendarDay, future: boolean): CalendarDay {
  const back = (weekdayOf(pub) - weekday + 7) % 7
  const ahead = (weekday - weekdayOf(pub) + 7) % 7
  if (/^last\b/.test(phrase)) return addDays(pub, -(back || 7))
  if (/^(next|this coming|coming)\b/.test(phrase)) return addDays(pub, ahead || 7)
  return future ? addDays(pub, ahead) : addDays(pub, -back)
}
