import { MONTH_NAMES, WEEKDAY_NAMES } from '../model/calendar.ts'
import { publishedParts } from '../model/published-date.ts'

const WEEKDAYS = WEEKDAY_NAMES
const MONTHS = MONTH_NAMES

interface CalendarDay {
  year: number
  month: number // 1-12
  day: number
}

function parseDay(iso: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return null
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
}

function weekdayOf({ year, month, day }: CalendarDay): number {
  // Date.UTC keeps the machine's own time zone out of calendar arithmetic.
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/**
 * "2022-01-11T01:15:00+08:00" -> "Tuesday 11 January 2022, 01:15 Beijing time". The wall-clock time is the
 * outlet's own (read straight from the string), never converted to the reader's zone. A day alone reads
 * "Wednesday 18 March 2015"; a time without a zone is shown without one.
 */
export function formatPublished(iso: string, zone: string | null): string {
  const parts = publishedParts(iso)
  if (!parts) return iso
  const day = formatLongDay(parts)
  if (!parts.hasTime) return day
  const time = `${pad2(parts.hour)}:${pad2(parts.minute)}`
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(iso)?.[1]
  const named = zone ?? (offset === undefined ? null : offset === 'Z' ? 'UTC' : `UTC${offset}`)
  return named === null ? `${day}, ${time}` : `${day}, ${time} ${named}`
}

const pad2 = (n: number) => String(n).padStart(2, '0')

function formatLongDay(d: CalendarDay): string {
  return `${WEEKDAYS[weekdayOf(d)]} ${d.day} ${MONTHS[d.month - 1]} ${d.year}`
}

/**
 * A normalized date as a reader says it. Long: "Monday 10 January 2022", "January 2022", "1992",
 * "3 January – 9 January 2022". Short (timeline): "Mon 10 Jan 2022", "Jan 2022". An approximate date ("30 years
 * ago") reads "c. 1992"; a date the text does not give (null: "two months before the election") "date not known".
 */
export function formatDate(
  date: string | null,
  style: 'long' | 'short' = 'long',
  approximate = false,
): string {
  if (date === null) return 'date not known'
  return approximate ? `c. ${formatExact(date, style)}` : formatExact(date, style)
}

function formatExact(date: string, style: 'long' | 'short'): string {
  const [from, to] = date.split('/')
  if (to !== undefined && from !== undefined) return `${formatExact(from, style)} – ${formatExact(to, style)}`
  const day = parseDay(date)
  if (day) {
    if (style === 'long') return formatLongDay(day)
    return `${WEEKDAYS[weekdayOf(day)]?.slice(0, 3)} ${day.day} ${MONTHS[day.month - 1]?.slice(0, 3)} ${day.year}`
  }
  const month = /^(\d{4})-(\d{2})$/.exec(date)
  if (month) {
    const name = MONTHS[Number(month[2]) - 1] ?? month[2]
    return `${style === 'long' ? name : name?.slice(0, 3)} ${month[1]}`
  }
  return date
}
