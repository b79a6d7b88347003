import type { CalendarDay } from './dates.ts'
import { daysInMonth, formatSpan } from './dates.ts'
import type { YearExpression } from './time-years.ts'
import type { TimeRule } from '../text/rules.ts'
import { MONTH_NAME_PATTERN, monthNumber } from '../lexicon/calendar.ts'

/**
 * Parts of a year that business and economic news reports in: quarters ("the second quarter of next year",
 * "Q3 2025"), halves ("the first half of 2025") and month ranges ("the July-September period"). chrono reads
 * only the year or the first month of these, so they run first and win where they overlap.
 */

const YEAR = String.raw`(1[5-9]\d\d|20\d\d)`
const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
}
const WHICH_YEAR = String.raw`(?:of\s+)?(?:${YEAR}|(this|next|last)\s+year|the\s+(?:current\s+|fiscal\s+)?year)`
/** "the second quarter of next year", "the first half of 2025", "the final quarter of the year". */
const PART_OF_YEAR = new RegExp(
  String.raw`\bthe\s+(first|1st|second|2nd|third|3rd|fourth|4th|final|last)\s+(quarter|half)\s+${WHICH_YEAR}\b`,
  'g',
)
/** "Q3 2025", "in Q1 2024". */
const Q_YEAR = new RegExp(String.raw`\bQ([1-4])\s+${YEAR}\b`, 'g')
const MONTH = `(${MONTH_NAME_PATTERN})`
/** "the July-September period", "the April–June quarter": a span of whole months. */
const MONTH_RANGE = new RegExp(
  String.raw`\bthe\s+${MONTH}\s?[-–]\s?${MONTH}\s+(period|quarter)\b(?:\s+(?:of\s+)?${YEAR}\b)?`,
  'g',
)

export function findYearParts(text: string, pub: CalendarDay): YearExpression[] {
  const found: YearExpression[] = []
  for (const m of text.matchAll(PART_OF_YEAR)) {
    const n = ORDINAL[(m[1] ?? '').toLowerCase()] ?? 1
    const year = yearOf(m[3], m[4], pub)
    const months = m[2]?.toLowerCase() === 'half' ? 6 : 3
    if (months === 6 && n > 2) continue
    found.push(at(m, monthSpan(year, (n - 1) * months + 1, n * months), 'time/part-of-year'))
  }
  for (const m of text.matchAll(Q_YEAR)) {
    const n = Number(m[1])
    found.push(at(m, monthSpan(Number(m[2]), (n - 1) * 3 + 1, n * 3), 'time/quarter'))
  }
  for (const m of text.matchAll(MONTH_RANGE)) {
    const first = monthNumber(m[1])
    const last = monthNumber(m[2])
    if (!first || !last || last <= first) continue
    // Without a year, the most recent such span that has begun by publication.
    const year = m[4] ? Number(m[4]) : first <= pub.month ? pub.year : pub.year - 1
    found.push(at(m, monthSpan(year, first, last), 'time/month-range'))
  }
  return found
}

function yearOf(digits: string | undefined, relative: string | undefined, pub: CalendarDay): number {
  if (digits) return Number(digits)
  const r = relative?.toLowerCase()
  return r === 'next' ? pub.year + 1 : r === 'last' ? pub.year - 1 : pub.year
}

function monthSpan(year: number, first: number, last: number): string {
  return formatSpan({ year, month: first, day: 1 }, { year, month: last, day: daysInMonth(year, last) })
}

/** The patterns start at a literal word (fast to scan for); the preposition before it joins the expression. */
const PREPOSITION_BEFORE = /\b(?:[Ii]n|[Dd]uring|[Bb]y|[Ff]or)\s+$/

function at(m: RegExpMatchArray, date: string, rule: TimeRule): YearExpression {
  const from = m.index ?? 0
  const input = m.input ?? ''
  const before = PREPOSITION_BEFORE.exec(input.slice(Math.max(0, from - 8), from))
  const start = from - (before?.[0].length ?? 0)
  return { start, end: from + m[0].length, date, approximate: false, rule }
}
