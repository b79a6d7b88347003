import { publishedInstant, publishedParts } from '../../model/published-date.ts'

/**
 * Calendar arithmetic for the time pass. Every date here is a calendar day counted in UTC, so the result never
 * depends on the machine's own time zone: the article's zone is applied once, when the publication instant is
 * turned into its local calendar day (see `publicationDay`).
 */

/** A calendar day; `month` is 1–12. */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01 for a calendar day (negative before it). */
export function toDayNumber(d: CalendarDay): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY)
}

export function fromDayNumber(n: number): CalendarDay {
  const date = new Date(n * MS_PER_DAY)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(toDayNumber(d) + days)
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export function weekdayOf(d: CalendarDay): number {
  return (((toDayNumber(d) + 4) % 7) + 7) % 7
}

/** The Monday of the (Monday–Sunday) week that contains `d`: news weeks start on Monday (ISO 8601). */
export function mondayOf(d: CalendarDay): CalendarDay {
  return addDays(d, -((weekdayOf(d) + 6) % 7))
}

/** Shifts by whole months, clamping the day to the target month's length (Mar 31 − 1 month = Feb 28). */
export function addMonths(d: CalendarDay, months: number): CalendarDay {
  const index = d.year * 12 + (d.month - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `YYYY-MM-DD`. */
export function formatDay(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`
}

/** `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`
}

/** `START/END`, both days, for a span such as "last week". */
export function formatSpan(start: CalendarDay, end: CalendarDay): string {
  return `${formatDay(start)}/${formatDay(end)}`
}

/** The UTC offset of an ISO 8601 timestamp in minutes ("+08:00" -> 480, "Z" or none -> 0). */
export function offsetMinutes(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso.trim())
  if (!m) return 0
  const minutes = Number(m[2]) * 60 + Number(m[3])
  return m[1] === '-' ? -minutes : minutes
}

/** The publication instant and its calendar day in the article's own zone (the offset written in `published`). */
export interface PublicationTime {
  instant: Date
  offsetMinutes: number
  day: CalendarDay
}

/**
 * Reads `AnalysisDocument.published` (checked by the model's one date check). A day alone or a time without a
 * zone is read on the calendar day written. An unreadable value falls back to the Unix epoch rather than
 * throwing: the time pass then yields odd dates, but the rest of the analysis still runs.
 */
export function publicationTime(published: string): PublicationTime {
  const parts = publishedParts(published)
  const offset = parts?.offsetMinutes ?? 0
  const instant = new Date(parts ? publishedInstant(parts) : 0)
  return {
    instant,
    offsetMinutes: offset,
    day: fromDayNumber(Math.floor((instant.getTime() + offset * 60_000) / MS_PER_DAY)),
  }
}
