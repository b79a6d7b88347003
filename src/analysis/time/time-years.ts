import type { Span } from '../../model/span.ts'
import type { CalendarDay } from './dates.ts'
import { parseCount } from '../lexicon/number-words.ts'
import type { ResolvedTime } from './time-rules.ts'
import type { TimeRule } from '../text/rules.ts'

/** A time expression found by our own rules (chrono does not read bare years or decades). */
export interface YearExpression extends Span, ResolvedTime {
  rule: TimeRule
}

const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`
const MODIFIER = String.raw`(?:(early|late|mid-?|the (?:end|beginning|start|middle) of)\s*)?`
const NOT_A_QUANTITY = String.raw`(?![-–/]\d|,\d|\.\d|\s*(?:%|percent\b|per cent\b))`

/**
 * "from 2010 to 2013", "between 2010 and 2013", "in 2010-13", "the 2001-2003 slump", "(2001–2003)": a hyphen
 * between two years after a preposition, a determiner or a bracket is a range, not a subtraction or a score.
 */
const YEAR_RANGE = new RegExp(
  String.raw`(?:\b(?:[Ff]rom|[Bb]etween)\s+(${YEAR})\s+(?:to|and|until|through)\s+(${YEAR})|(?:\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Dd]uring|[Oo]ver|[Tt]hroughout|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+|\()(${YEAR})\s?[-–]\s?(\d{2}|${YEAR}))\b${NOT_A_QUANTITY}`,
  'g',
)
/** "in 2013", "since 2013", "in early 2020", "by the end of 2021". */
const YEAR_ALONE = new RegExp(
  String.raw`\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|till|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|through|of)\s+(?:(early|late|mid-?)\s*)?|((?:(?:[Bb]y|[Aa]t|[Uu]ntil|[Bb]efore|[Aa]fter)\s+)?the\s+(?:end|beginning|start|middle)\s+of)\s+)(${YEAR})\b${NOT_A_QUANTITY}`,
  'g',
)
/** "a decade ago", "two centuries ago": units chrono does not count. */
const DECADES_AGO =
  /\b(?:(about|around|roughly|some|nearly|almost|more than|over)\s+)?(an?|one|two|three|four|five|\d{1,2}) (decade|century|decades|centuries) ago\b/gi
/** "in the 1990s", "the 1980s". */
const DECADE = new RegExp(String.raw`\b(?:[Ii]n\s+)?the\s+${MODIFIER}(1[5-9]\d0|20\d0)s\b`, 'g')

/**
 * Years and decades led by a preposition ("in 2013", "since 2013", "in the 1990s", "from 2010 to 2013"). A year
 * without one ("the 2022 Games") names an edition, not a time, and is left out. "A decade ago" counts back from
 * the publication year `pub`. Linear: a few global scans.
 */
export function findYearExpressions(text: string, pub: CalendarDay): YearExpression[] {
  const found: YearExpression[] = []
  for (const m of text.matchAll(YEAR_RANGE)) {
    const first = Number(m[1] ?? m[3])
    const rawEnd = m[2] ?? m[4] ?? ''
    const last = rawEnd.length === 2 ? Math.floor(first / 100) * 100 + Number(rawEnd) : Number(rawEnd)
    if (last <= first) continue
    const range = span(m, `${first}-01-01/${last}-12-31`, false, 'time/year-range')
    // "the 2001-2003 slump": the determiner or bracket before the years is not part of the time.
    if (/^(?:\(|[Tt]h|[Ii]ts|[Hh]i|[Hh]er)/.test(m[0])) range.start += m[0].search(/\d/)
    found.push(range)
  }
  for (const m of text.matchAll(YEAR_ALONE)) {
    found.push(span(m, m[3] ?? '', m[1] !== undefined || m[2] !== undefined, 'time/year'))
  }
  for (const m of text.matchAll(DECADES_AGO)) {
    const years = (parseCount(m[2] ?? '') ?? 1) * (/^dec/i.test(m[3] ?? '') ? 10 : 100)
    found.push(span(m, String(pub.year - years), true, 'time/decades-ago'))
  }
  for (const m of text.matchAll(DECADE)) {
    const decade = Number(m[2])
    const approximate = m[1] !== undefined
    found.push(span(m, `${decade}-01-01/${decade + 9}-12-31`, approximate, 'time/decade'))
  }
  return found
}

function span(m: RegExpMatchArray, date: string, approximate: boolean, rule: TimeRule): YearExpression {
  const start = m.index ?? 0
  return { start, end: start + m[0].length, date, approximate, rule }
}
