import type { TimeRule } from '../text/rules.ts'
import { MONTH_ABBREVIATIONS, MONTH_NAME_PATTERN, monthNumber } from '../lexicon/calendar.ts'
import { NUMBER_WORD_PATTERN, parseCount } from '../lexicon/number-words.ts'
import { addDays, addMonths, daysInMonth, formatMonth, formatSpan, type CalendarDay } from './dates.ts'
import type { YearExpression } from './time-years.ts'
import { clauseTense } from './tense.ts'

/**
 * Spans counted from a day the text names rather than from a calendar unit: windows that end (or start) at
 * publication ("in the last three years", "over the past six months", "over the next 12 months"), periods that
 * end at a month ("in the year to June", "the three months to March 31"), and a month in a year named relative
 * to publication ("since May of last year"). chrono reads these as a calendar year or a bare month, so they run
 * before it and win where they overlap.
 */

const NUMBER = String.raw`(\d{1,3}|${NUMBER_WORD_PATTERN}|a few|few|several|a couple of|couple of)`
const UNIT = String.raw`(hours?|days?|weeks?|fortnights?|months?|years?|decades?)`
/**
 * "in the last three years", "over the past decade", "the past year", "within the next two weeks". Not "the last
 * year of the war" (the final one), nor "the next day" or "the previous week" (counted from another event, see
 * time-relative.ts).
 */
const WINDOW = new RegExp(
  String.raw`\b(?:(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or|[Ww]ithin|[Tt]hroughout)\s+)?(?:[Tt]he|[Tt]hese)\s+(past|last|next|coming)\s+(?:${NUMBER}\s+${UNIT}|(fortnight|week|month|year|decade))\b(\s+and\s+a\s+half\b)?(?!\s+(?:of|in which|when|before|after|that)\b|['’-])`,
  'g',
)
/** A month name; a full stop after it only when it is an abbreviation ("Sept."), not the end of a sentence. */
const MONTH = String.raw`(${MONTH_NAME_PATTERN})(?:(?<=\b(?:${[...MONTH_ABBREVIATIONS.keys()].map((k) => k[0]?.toUpperCase() + k.slice(1)).join('|')}))\.)?`
const YEAR = String.raw`(1[5-9]\d\d|20\d\d)`
/** "the year to June", "the three months to March 31, 2025", "the 12 months ended September". */
const PERIOD_TO = new RegExp(
  String.raw`\b(?:(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or)\s+)?the\s+(?:(year|quarter)|${NUMBER}\s+(months|weeks))\s+(?:to|through|ended|ending|up to)\s+(?:the\s+end\s+of\s+)?${MONTH}(?:\s+(\d{1,2})\b)?(?:,?\s+${YEAR}\b)?`,
  'g',
)
/** "May of last year", "since May last year", "in March this year", "in January next year". */
const MONTH_OF_YEAR = new RegExp(
  String.raw`\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Tt]o|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)?${MONTH}(?:,)?\s+(?:of\s+)?(last|this|next)\s+year\b`,
  'g',
)

const UNIT_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, fortnight: 14 }
const UNIT_MONTHS: Record<string, number> = { month: 1, year: 12, decade: 120 }

export function findTimeSpans(text: string, pub: CalendarDay): YearExpression[] {
  const found: YearExpression[] = []
  for (const m of text.matchAll(WINDOW)) {
    const whole = m[2] === undefined ? 1 : parseCount(m[2])
    const unit = (m[3] ?? m[4] ?? '').toLowerCase().replace(/s$/, '')
    if (whole === null || whole <= 0) continue
    // "the next decade and a half".
    const count = m[5] ? whole + 0.5 : whole
    // "the last year" without a count, or "the past few years": the window is as long as the text says, roughly.
    const vague = m[2] !== undefined && /few|several|couple/i.test(m[2])
    const forward = /next|coming/i.test(m[1] ?? '')
    // "I'll be booking a room for the last two weeks": in a future clause, the last weeks of something else.
    if (!forward && clauseTense(text, m.index, m.index + m[0].length) === 'future') continue
    const far = shift(pub, unit, forward ? count : -count)
    const date = forward ? formatSpan(pub, far) : formatSpan(far, pub)
    found.push(at(m, date, vague, 'time/window'))
  }
  for (const m of text.matchAll(PERIOD_TO)) {
    const months = m[1] ? (m[1].toLowerCase() === 'year' ? 12 : 3) : null
    const count = m[2] === undefined ? 1 : parseCount(m[2])
    const month = monthNumber(m[4])
    if (count === null || count <= 0 || month === 0) continue
    const year = m[6] ? Number(m[6]) : month <= pub.month ? pub.year : pub.year - 1
    const day = m[5] ? Math.min(Number(m[5]), daysInMonth(year, month)) : daysInMonth(year, month)
    const last = { year, month, day }
    const span = months ?? count
    const first = /week/i.test(m[3] ?? '')
      ? addDays(last, 1 - 7 * count)
      : m[5]
        ? addDays(addMonths(last, -span), 1)
        : // To the end of a month, whole months: "the three months to June" is April 1 – June 30.
          addMonths({ year, month, day: 1 }, 1 - span)
    found.push(at(m, formatSpan(first, last), false, 'time/period-to'))
  }
  for (const m of text.matchAll(MONTH_OF_YEAR)) {
    const month = monthNumber(m[1])
    if (month === 0) continue
    const rel = (m[2] ?? '').toLowerCase()
    const year = rel === 'last' ? pub.year - 1 : rel === 'next' ? pub.year + 1 : pub.year
    found.push(at(m, formatMonth(year, month), /^(?:early|late|mid)/i.test(m[0]), 'time/month-of-year'))
  }
  return found
}

function shift(pub: CalendarDay, unit: string, count: number): CalendarDay {
  const days = UNIT_DAYS[unit]
  if (days !== undefined) return addDays(pub, Math.round(count * days) || Math.sign(count))
  return addMonths(pub, Math.round(count * (UNIT_MONTHS[unit] ?? 12)))
}

function at(m: RegExpMatchArray, date: string, approximate: boolean, rule: TimeRule): YearExpression {
  const start = m.index ?? 0
  return { start, end: start + m[0].length, date, approximate, rule }
}
