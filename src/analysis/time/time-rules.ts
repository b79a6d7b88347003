import {
  addDays,
  daysInMonth,
  toDayNumber,
  addMonths,
  formatDay,
  formatMonth,
  formatSpan,
  mondayOf,
  weekdayOf,
  type CalendarDay,
} from './dates.ts'
import { parseCount } from '../lexicon/number-words.ts'
import type { Tense } from './tense.ts'

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
  /**
   * The clause's tense: a bare month, day or weekday resolves forward in the future ("will meet on Friday"), back
   * in the past, and to the nearest occurrence when the tense does not say (a weekday then still looks back).
   */
  tense: Tense
  /** Reached towards ("from Saturday", "until Tuesday", "by March") rather than placed at. */
  toward: boolean
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
    const first = placeDay(start, pub, c.tense)
    if (end?.month !== undefined && end.day !== undefined) {
      const year = end.year ?? (end.month < first.month ? first.year + 1 : first.year)
      return exact(formatSpan(first, { year, month: end.month, day: end.day }))
    }
    return exact(formatDay(first))
  }
  if (start.month !== undefined) {
    const year = start.year ?? placeMonth(start.month, c.phrase, pub, c.tense)
    if (end?.month !== undefined && (end.year ?? year) * 12 + end.month > year * 12 + start.month) {
      // "from March 2020 to June 2021", "between March and June": whole months, one span.
      const last = end.year ?? (end.month < start.month ? year + 1 : year)
      return exact(
        formatSpan(
          { year, month: start.month, day: 1 },
          { year: last, month: end.month, day: daysInMonth(last, end.month) },
        ),
      )
    }
    return exact(formatMonth(year, start.month))
  }
  if (start.weekday !== undefined) return exact(formatDay(placeWeekday(start.weekday, c, pub)))
  if (start.year !== undefined) return exact(String(start.year))
  return null
}

/** How far past publication a yearless past-tense date may lie (stories are often dated the next morning). */
const GRACE_DAYS = 3

/**
 * "January 5": in the past, the most recent such day not after publication + grace; in the future, the next one
 * from publication − grace; otherwise the nearest one ("the hearing is on January 20" in a January 11 story).
 */
function placeDay(parts: DateParts, pub: CalendarDay, tense: Tense): CalendarDay {
  const month = parts.month ?? 1
  const day = parts.day ?? 1
  if (parts.year !== undefined) return { year: parts.year, month, day }
  const at = (year: number): CalendarDay => ({ year, month, day: Math.min(day, daysInMonth(year, month)) })
  const limit = toDayNumber(addDays(pub, tense === 'future' ? -GRACE_DAYS : GRACE_DAYS))
  const thisYear = toDayNumber(at(pub.year))
  if (tense === 'future') return thisYear >= limit ? at(pub.year) : at(pub.year + 1)
  const past = thisYear > limit ? at(pub.year - 1) : at(pub.year)
  if (tense === 'past') return past
  const next = thisYear > limit ? at(pub.year) : at(pub.year + 1)
  const today = toDayNumber(pub)
  return today - toDayNumber(past) <= toDayNumber(next) - today ? past : next
}

/**
 * "in March": the most recent March (the current month included) in the past, the next one (the current month
 * included) in the future, else the nearest one, ties to the past. "next January" is the first January after
 * this month, "last March" the last one before it, "this March" this year's.
 */
function placeMonth(month: number, phrase: string, pub: CalendarDay, tense: Tense): number {
  if (/^(?:next|coming)\b/.test(phrase)) return month > pub.month ? pub.year : pub.year + 1
  if (/^last\b/.test(phrase)) return month < pub.month ? pub.year : pub.year - 1
  if (/^this\b/.test(phrase)) return pub.year
  const back = month <= pub.month ? pub.year : pub.year - 1
  const ahead = month >= pub.month ? pub.year : pub.year + 1
  if (tense === 'past') return back
  if (tense === 'future') return ahead
  const distance = (year: number) => Math.abs(year * 12 + month - (pub.year * 12 + pub.month))
  return distance(back) <= distance(ahead) ? back : ahead
}

/**
 * A bare weekday in news is the most recent such day before publication ("on Monday" in a Tuesday story is the
 * day before), unless the clause is in the future or the expression is reached towards ("from Saturday", "until
 * Tuesday") in a clause of no clear tense: then the nearest one. The publication's own weekday means the
 * publication day, the simplest reading a reader can check. "last"/"next" override the tense.
 */
function placeWeekday(weekday: number, c: TimeCandidate, pub: CalendarDay): CalendarDay {
  const back = (weekdayOf(pub) - weekday + 7) % 7
  const ahead = (weekday - weekdayOf(pub) + 7) % 7
  if (/^last\b/.test(c.phrase)) return addDays(pub, -(back || 7))
  if (/^(next|this coming|coming)\b/.test(c.phrase)) return addDays(pub, ahead || 7)
  if (c.tense === 'future') return addDays(pub, ahead)
  if (c.tense === 'unknown' && c.toward && ahead < back) return addDays(pub, ahead)
  return addDays(pub, -back)
}
