/**
 * Month and weekday names, the one list of each for every pass (dates, time windows, number exclusions, the
 * abbreviations of the sentence splitter and tokenizer, function words). Lower-cased; the patterns below are
 * capitalized, as dates are written ("may" and "march" are also verbs). Built from the model's names.
 */

import { MONTH_NAMES, monthNumber, WEEKDAY_NAMES } from '../../model/calendar.ts'

export const MONTHS: readonly string[] = MONTH_NAMES.map((m) => m.toLowerCase())

/** News abbreviations of month names, without their full stop ("Jan.", "Sept."), each with its month (1–12). */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
])

export const WEEKDAYS: readonly string[] = WEEKDAY_NAMES.map((d) => d.toLowerCase())

const capitalize = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1)

/**
 * A regex alternation of every month name and abbreviation, capitalized as a date writes them, longest first so
 * "September" is not read as "Sep": "September|November|…|Jan".
 */
export const MONTH_NAME_PATTERN = [...MONTHS, ...MONTH_ABBREVIATIONS.keys()]
  .map(capitalize)
  .sort((a, b) => b.length - a.length)
  .join('|')

/** A regex alternation of the weekday names, capitalized: "Monday|Tuesday|…". */
export const WEEKDAY_NAME_PATTERN = WEEKDAYS.map(capitalize).join('|')

/** The first three letters of every month, capitalized ("Jan|Feb|…|May|…"): what a date-like word starts with. */
export const MONTH_PREFIX_PATTERN = MONTHS.map((m) => capitalize(m.slice(0, 3))).join('|')

export { monthNumber }
