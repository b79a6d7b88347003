/**
 * Month and weekday names in English, the one list of each: the model reads them in publication dates, the
 * analysis builds its lexicon from them (src/analysis/lexicon/calendar.ts) and the reader writes dates with them.
 */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** In the order of `Date#getUTCDay`: Sunday is 0. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const

/** The month (1–12) a name or a news abbreviation stands for, any case ("Sept", "jan."); 0 for another word. */
export function monthNumber(name: string | undefined): number {
  const lower = (name ?? '').toLowerCase().replace(/\.$/, '')
  if (lower.length < 3) return 0
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(lower)) + 1
}
