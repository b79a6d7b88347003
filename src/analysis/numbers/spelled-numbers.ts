import { SINGULAR_COUNT_NOUNS } from '../lexicon/units.ts'
import {
  FRACTIONS,
  NUMBER_WORD_PATTERN,
  SCALES,
  SCALE_SUFFIXES,
  VAGUE_PLURALS,
  parseNumberWords,
} from '../lexicon/number-words.ts'
import { hedgeBefore, isSentenceStart, unitAfter } from './number-context.ts'
import { isSomeday } from './number-exclusions.ts'
import type { NumberRule } from '../text/rules.ts'

/** Reads figures written in words ("twenty-five", "half a million", "one-third", "hundreds of") and scales. */

/** A figure before its context is read: where it is, what it is worth, how it was written. */
export interface Figure {
  start: number
  end: number
  value: number
  rule: NumberRule
  /** Set for vague quantities ("hundreds"), which are their own hedge. */
  hedge: string | null
}

const FRACTION_PATTERN = Object.keys(FRACTIONS).join('|')
const MORE_WORDS = new RegExp(String.raw`^(?:\s+(?:and\s+)?|-)(${NUMBER_WORD_PATTERN})\b`, 'i')
const SCALE_AFTER =
  /^(?:\s+(hundred|thousand|million|billion|trillion|lakhs?|crores?)\b|\s?(bn|mn|mln|tn|trn|cr)\b|(k|m|b)\b)/i
const AND_A_HALF = /^\s+and\s+a\s+half\b/i
const VAGUE_BEFORE = /\b(?:several|a few|some|few)\s+$/i
/** "two thirds of", "three quarters majority": spaced, a fraction needs "of" after it; "eight quarters" counts. */
const SPACED_FRACTION = new RegExp(String.raw`^\s+(${FRACTION_PATTERN})(?=\s+(?:of|majority)\b)`, 'i')

/** South Asian scales, as Indian and Pakistani outlets write amounts: "Rs 1,200 crore", "1.1 lakh". */
const INDIAN_SCALES: Readonly<Record<string, number>> = {
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
}

/** "19 million", "$1.2bn", "two and a half million", "Rs 148.6 crore": the scale after a figure, if any. */
export function applyScale(
  text: string,
  end: number,
  value: number,
): { value: number; end: number; scaled: boolean } {
  const half = AND_A_HALF.exec(text.slice(end, end + 16))
  const base = half ? value + 0.5 : value
  const afterHalf = half ? end + half[0].length : end
  const s = SCALE_AFTER.exec(text.slice(afterHalf, afterHalf + 12))
  if (!s) return { value, end, scaled: false }
  const word = (s[1] ?? s[2] ?? s[3] ?? '').toLowerCase()
  const scale = SCALES[word] ?? SCALE_SUFFIXES[word] ?? INDIAN_SCALES[word] ?? 1
  // toPrecision: 1.1 × 100,000 is 110000.00000000001 in binary floating point.
  return { value: Number((base * scale).toPrecision(12)), end: afterHalf + s[0].length, scaled: true }
}

/** "a third", "a quarter", "half": a fraction written as a word with its article. */
export const FRACTION_PHRASE = String.raw`\b(?:[Aa]n?|[Oo]ne)\s+(?:third|quarter|fourth|fifth|sixth|eighth|tenth)\b|\b[Hh]alf\b`
const FRACTION_WORD = /(third|quarter|fourth|fifth|sixth|eighth|tenth|half)$/i
const EXTRA_DENOMINATORS: Record<string, number> = { sixth: 6, eighth: 8 }
/** After "a third" only these words keep it a fraction; a noun makes it an ordinal ("a third time"). */
const AFTER_FRACTION =
  /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:of|more|less|fewer|than|since|in|on|by|from|to|over|under|higher|lower|larger|smaller|as|and|or|the|their|its|his|her|were|was|are|is|have|had|has)\b)/i

/**
 * "a third of", "nearly a quarter", "about half": a fraction written in words. "a third time" is an ordinal,
 * "half a million" is left to readWords, "half-brother" is a word.
 */
export function readFractionPhrase(text: string, start: number, raw: string): Figure | null {
  const word = FRACTION_WORD.exec(raw)?.[1]?.toLowerCase()
  if (!word) return null
  const end = start + raw.length
  const after = text.slice(end, end + 24)
  if (word === 'half') {
    if (/^-|^\s+an?\s+(?:hundred|thousand|million|billion|trillion|dozen)\b/i.test(after)) return null
    const framed = /^\s+of\b/i.test(after) || hedgeBefore(text, start) !== null || /^\s*[,.;:)]/.test(after)
    if (!framed) return null
    return { start, end, value: 0.5, rule: 'number/fraction', hedge: null }
  }
  if (!AFTER_FRACTION.test(after)) return null
  const d = FRACTIONS[word] ?? EXTRA_DENOMINATORS[word]
  if (d === undefined) return null
  return { start, end, value: 1 / d, rule: 'number/fraction', hedge: null }
}

/** A figure written in words starting at `start`; null for a name ("Group of Seven") or a pronoun "one". */
export function readWords(text: string, start: number, raw: string): Figure | null {
  const lower = raw.toLowerCase()
  // A capitalized number word inside a sentence belongs to a name ("Group of Seven", "Formula One").
  if (/^\p{Lu}/u.test(raw) && !isSentenceStart(text, start)) return null
  const vague = VAGUE_PLURALS[lower]
  if (vague !== undefined) return readVague(text, start, raw, vague)
  const words = [raw]
  let end = start + raw.length
  for (
    let more = MORE_WORDS.exec(text.slice(end, end + 24));
    more;
    more = MORE_WORDS.exec(text.slice(end, end + 24))
  ) {
    // "one hundred and five", but not "aged four and nine": "and" joins a part to a scale word only.
    if (
      /\band\b/i.test(more[0]) &&
      !/(?:hundred|thousand|million|billion|trillion)$/i.test(words.at(-1) ?? '')
    )
      break
    words.push(more[1] ?? '')
    end += more[0].length
  }
  const fraction = readFraction(text, words, end)
  if (fraction) return { start, ...fraction, rule: 'number/fraction', hedge: null }
  let value = parseNumberWords(words)
  if (value === null) return null
  const scaled = applyScale(text, end, value)
  if (lower === 'one' && words.length === 1 && scaled.end === end) {
    if (!isCountedOne(text, end) && hedgeBefore(text, start) === null) return null
    if (isSomeday(text, start, end)) return null
  }
  value = scaled.value
  end = scaled.end
  // "a dozen", "a million", "half a million": the article is the figure "one".
  let from = start
  const article = /(?:\b(half) )?\ban? $/i.exec(text.slice(Math.max(0, start - 8), start))
  if (article && (SCALES[lower] !== undefined || lower === 'dozen')) {
    from = start - article[0].length
    if (article[1]) value /= 2
  } else if (
    (SCALES[lower] !== undefined || lower === 'dozen') &&
    !VAGUE_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  ) {
    // A bare "hundred" or "million" is a figure only after "a", a number or a vague word ("several hundred").
    return null
  }
  return { start: from, end, value, rule: 'number/words', hedge: null }
}

function readFraction(text: string, words: string[], end: number): { end: number; value: number } | null {
  const hyphen = /^([a-z]+)-([a-z]+)$/i.exec(words[0] ?? '')
  const spaced = words.length === 1 ? SPACED_FRACTION.exec(text.slice(end, end + 12)) : null
  const numerator = hyphen ? hyphen[1] : spaced ? words[0] : undefined
  const denominator = hyphen ? hyphen[2] : spaced?.[1]
  const d = denominator ? FRACTIONS[denominator.toLowerCase()] : undefined
  const n = numerator ? parseNumberWords([numerator]) : null
  if (d === undefined || n === null) return null
  return { end: end + (spaced?.[0].length ?? 0), value: n / d }
}

/** "hundreds of people", "tens of thousands": value is the order of magnitude, the words are the hedge. */
function readVague(text: string, start: number, raw: string, value: number): Figure | null {
  let end = start + raw.length
  let total = value
  const next = /^\s+of\s+(thousands|millions|billions)\b/i.exec(text.slice(end, end + 24))
  if (next?.[1]) {
    total *= VAGUE_PLURALS[next[1].toLowerCase()] ?? 1
    end += next[0].length
  }
  if (!/^\s+of\s/i.test(text.slice(end, end + 5))) return null
  if (/\b(?:the|their|his|her|its|our)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return null
  return { start, end, value: total, rule: 'number/vague', hedge: text.slice(start, end).toLowerCase() }
}

/** "one" counts when a unit or countable noun follows ("one person", "one year"), not in "the one that". */
function isCountedOne(text: string, end: number): boolean {
  if (unitAfter(text, end)) return true
  const next = /^\s+([a-z]+)/.exec(text.slice(end, end + 20))?.[1]
  return next !== undefined && SINGULAR_COUNT_NOUNS.has(next)
}
