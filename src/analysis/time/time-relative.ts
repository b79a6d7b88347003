import type { TimeRule } from '../text/rules.ts'
import { NUMBER_WORD_PATTERN } from '../lexicon/number-words.ts'
import type { Span } from '../../model/span.ts'

/** A time expression counted from another event: it has no calendar value the text gives (`date` null). */
export interface RelativeTime extends Span {
  date: null
  approximate: boolean
  rule: TimeRule
}

const HEDGE = String.raw`(?:(about|around|roughly|some|nearly|almost|just|only|barely|more than|less than|over|within)\s+)?`
const COUNT = String.raw`(?:\d{1,3}|${NUMBER_WORD_PATTERN}|an?|a few|few|several|a couple of|many)`
const UNIT = String.raw`(?:minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)`
/** What an expression can be counted from: a short noun phrase led by a determiner ("the election"). */
const ANCHOR = String.raw`(?:the|his|her|its|their|our|a|an|this|that|last|next)(?:\s+(?!(?:and|or|but|in|on|at|of|to|for|with|by|as|when|while|which|who|that)\b)[\p{L}\p{N}'’-]+){1,3}`
/**
 * "two months before the election", "three days after the vote", "hours after the blast", "a week later",
 * "months earlier", "a year earlier". A count or a plural unit is needed: "day after day" is no time.
 */
const COUNTED = new RegExp(
  String.raw`\b${HEDGE}(?:${COUNT}\s+${UNIT}|(?:minutes|hours|days|weeks|months|years|decades))\s+(?:(?:before|after(?!\s+all\b)|ahead of|prior to|following)\b(?:\s+${ANCHOR})?|(?:later|earlier|afterwards?)\b)`,
  'giu',
)
/** "the next day", "the following week", "the previous month", "the day before", "the night after". */
const NEIGHBOUR = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)|(?:day|night|morning|evening|week)\s+(?:before|after)(?:\s+${ANCHOR})?)\b`,
  'gu',
)

/**
 * Time expressions counted from another event the text names ("two months before the election", "a week
 * later", "the next day"). They are kept as time expressions, but a calendar value would be a guess: the event
 * they count from may have no date in the text, or one the reader cannot check. Linear: two global scans.
 */
export function findRelativeTimes(text: string): RelativeTime[] {
  const found: RelativeTime[] = []
  for (const m of text.matchAll(COUNTED)) found.push(at(m, m[1] !== undefined, 'time/relative'))
  for (const m of text.matchAll(NEIGHBOUR)) found.push(at(m, false, 'time/relative'))
  return found
}

function at(m: RegExpMatchArray, approximate: boolean, rule: TimeRule): RelativeTime {
  const start = m.index ?? 0
  return { start, end: start + m[0].length, date: null, approximate, rule }
}
