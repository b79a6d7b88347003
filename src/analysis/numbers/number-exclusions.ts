import { countedNoun, unitAfter } from './number-context.ts'
import { LABEL_WORDS } from '../lexicon/units.ts'
import { MONTH_NAME_PATTERN } from '../lexicon/calendar.ts'

/**
 * Figures that are not quantities: parts of dates and clock times, years, and labels. Each test reads a few
 * characters around the figure, never the whole text.
 */

/** Month names and their news abbreviations, capitalized as a date writes them (so "may" the verb is not one). */
const MONTH_NAME = MONTH_NAME_PATTERN

const AFTER_MONTH = new RegExp(String.raw`\b(?:${MONTH_NAME})\.?,?\s+$`)
const BEFORE_MONTH = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAME})\b`)
const CLOCK_AFTER = /^(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b|GMT\b|UTC\b|hrs\b|local time\b))/i
const NUMERIC_DATE = /\d{1,4}([-/.])\d{1,2}\1\d{1,4}/g

/** True for the day or year of "January 10, 2022" / "10 January", a clock time, or a numeric date. */
export function isDatePart(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start)
  const after = text.slice(end, end + 16)
  if (AFTER_MONTH.test(before) || BEFORE_MONTH.test(after) || CLOCK_AFTER.test(after)) return true
  if (/\d[:/]$/.test(before) || /^\/\d/.test(after)) return true
  if (!/^[-/.]\d/.test(after) && !/\d[-/.]$/.test(before)) return false
  const lo = Math.max(0, start - 11)
  const window = text.slice(lo, end + 11)
  for (const m of window.matchAll(NUMERIC_DATE)) {
    if (lo + m.index <= start && lo + m.index + m[0].length >= end) return true
  }
  return false
}

const YEAR_CONTEXT = new RegExp(
  String.raw`(?:\b(?:in|since|by|until|till|from|before|after|during|through|between|of|early|late|mid|the|circa|fiscal|year|summer|winter|spring|autumn|fall)\s+|[,–-]\s*|\b(?:${MONTH_NAME})\.?\s+)$`,
  'i',
)

/**
 * A four-digit figure from 1000 to 2100 is a year when a date word precedes it ("in 2013", "the 2022 Games")
 * or when nothing counted follows it. Trade-off: "rose to 2000." reads as a year; "2000 people" does not.
 */
export function isYear(text: string, start: number, digits: string, end: number): boolean {
  if (!/^\d{4}$/.test(digits) || end !== start + 4) return false
  const n = Number(digits)
  if (n < 1000 || n > 2100 || /[$€£¥₹₽]/.test(text[start - 1] ?? '')) return false
  const before = text.slice(Math.max(0, start - 16), start)
  // "the 2000 workers": a plural noun after "the <figure>" is counted; "the 2022 Games" names an edition.
  if (/\bthe\s+$/i.test(before) && countedNoun(text, end, false) !== null) return false
  if (YEAR_CONTEXT.test(before)) return true
  return unitAfter(text, end) === null && countedNoun(text, end, false) === null
}

/** "Article 5", "Flight 370", "No. 1", "#3": the figure names something rather than counting it. */
export function isLabel(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start)
  if (/#\s*$/.test(before)) return true
  const word = /([\p{L}.]+)\s+$/u.exec(before)?.[1]?.toLowerCase()
  return word !== undefined && LABEL_WORDS.has(word)
}

/** A capitalized word right before a bare figure makes it part of a name: "Boeing 737", "Windows 10". */
export function followsName(text: string, start: number): boolean {
  const m = /(?:^|[\s(])(\p{Lu}[\p{L}-]*)\s$/u.exec(text.slice(Math.max(0, start - 24), start))
  if (!m?.[1]) return false
  const wordStart = start - 1 - m[1].length
  // A capitalised word at the start of a sentence or paragraph is just capitalised: "A 12-year-old boy".
  return !/(?:[.!?:;"“]\s*|\n\s*)$/.test(text.slice(Math.max(0, wordStart - 3), wordStart)) && wordStart > 0
}

/**
 * "One day he will return", "she hopes one day to…": "one day" as "some day" names no quantity. A word that
 * measures or counts before it ("lasted one day", "in one day", "only one day") or a time word after it ("one day
 * later") keeps it a figure.
 */
export function isSomeday(text: string, start: number, end: number): boolean {
  if (
    !/^\s+day\b(?!-|\s+(?:later|earlier|after|before|ago|of|per|each|a|at|or)\b)/i.test(
      text.slice(end, end + 16),
    )
  )
    return false
  const before = /([\p{L}]+)\W*$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1]?.toLowerCase()
  return before === undefined || !MEASURING_WORDS.has(before)
}

const MEASURING_WORDS = new Set(
  'in for within only just than over after every per a the about nearly almost least more less at of by lasted lasts last took takes take spent spend spends needed needs need than same single'.split(
    ' ',
  ),
)
