import { addDays, daysInMonth, formatDay, type CalendarDay } from '../analysis/time/dates.ts'

export interface EventDays {
  first: CalendarDay
  /** Inclusive. */
  last: CalendarDay
  /** How precisely the text dates it: a day, a month or a year as a whole, or a span of days. */
  precision: 'day' | 'month' | 'year' | 'span'
}

/** A model date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `START/END`) -> the days it covers; null when unreadable. */
export function eventDays(date: string): EventDays | null {
  const [from, to] = date.split('/')
  if (to !== undefined) {
    const first = parseDay(from ?? '')
    const last = parseDay(to)
    return first && last && formatDay(first) <= formatDay(last) ? { first, last, precision: 'span' } : null
  }
  const day = parseDay(date)
  if (day) return { first: day, last: day, precision: 'day' }
  const month = /^(\d{4})-(\d{2})$/.exec(date)
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])]
    if (m < 1 || m > 12) return null
    return {
      first: { year, month: m, day: 1 },
      last: { year, month: m, day: daysInMonth(year, m) },
      precision: 'month',
    }
  }
  const year = /^(\d{4})$/.exec(date)
  if (year) {
    const y = Number(year[1])
    return { first: { year: y, month: 1, day: 1 }, last: { year: y, month: 12, day: 31 }, precision: 'year' }
  }
  return null
}

/** The day after `last`: iCalendar's DTEND of an all-day event is exclusive. */
export function dayAfter(day: CalendarDay): CalendarDay {
  return addDays(day, 1)
}

function parseDay(text: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return null
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > daysInMonth(day.year, day.month))
    return null
  return day
}
