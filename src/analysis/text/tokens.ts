import type { Quote } from './quotes.ts'
import { MONTH_ABBREVIATIONS } from '../lexicon/calendar.ts'

/**
 * A word or mark of a sentence. `start`/`end` are offsets into the document text; `quote` is the index of the
 * quote whose inner text holds the token (-1 outside quotes).
 */
export interface Token {
  start: number
  end: number
  text: string
  lower: string
  kind: 'word' | 'punct' | 'open-quote' | 'close-quote'
  quote: number
}

const ABBREVIATIONS = new Set([
  ...`mr mrs ms mx dr prof st gen sen rep gov lt col capt sgt maj adm cmdr rev hon jr sr inc corp co ltd no`.split(
    /\s+/,
  ),
  ...MONTH_ABBREVIATIONS.keys(),
])

function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code))
}

const isJoiner = (c: string): boolean =>
  c === "'" || c === '’' || c === '-' || c === '.' || c === ',' || c === '&'

/**
 * Splits `text[start, end)` into tokens. A word keeps its inner apostrophes, hyphens, ampersands ("AT&T") and
 * the dots of "U.S.", and the apostrophe of a plural possessive ("workers'"); "7,939" stays one word; a title abbreviation keeps its full stop ("Mr."); a spaced "&"
 * between words is a word whose `lower` is "and". Quote marks of `quotes` become quote tokens. Linear in the span
 * length.
 */
export function tokenize(text: string, start: number, end: number, quotes: Quote[]): Token[] {
  const tokens: Token[] = []
  let q = lowerBound(quotes, start)
  let i = start
  while (i < end) {
    const code = text.charCodeAt(i)
    if (code === 32 || code === 10 || code === 9) {
      i++
      continue
    }
    let e = i + 1
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= i) q++
    const quote = quotes[q]
    let kind: Token['kind'] =
      quote?.start === i ? 'open-quote' : quote?.closed && quote.end - 1 === i ? 'close-quote' : 'punct'
    if (isWordCode(code)) {
      kind = 'word'
      while (e < end) {
        const c = text.charCodeAt(e)
        if (isWordCode(c)) e++
        else if (
          isJoiner(text[e] as string) &&
          e + 1 < end &&
          isWordCode(text.charCodeAt(e + 1)) &&
          joins(text, e)
        )
          e += 2
        else break
      }
      if (text[e] === '.' && e < end && keepsStop(text.slice(i, e))) e++
      else if (e < end && isPluralPossessive(text, e, end, quotes, q)) e++
    }
    const inside = quote !== undefined && quote.inner.start <= i && i < quote.inner.end ? q : -1
    const t = text.slice(i, e)
    // "Smith & Jones", "Procter & Gamble": an ampersand between words is the word "and" of a name.
    const ampersand = code === 38 && e === i + 1 && isSpacedBetweenWords(text, i, start, end)
    tokens.push({
      start: i,
      end: e,
      text: t,
      lower: kind === 'word' ? t.toLowerCase() : ampersand ? 'and' : t,
      kind: ampersand ? 'word' : kind,
      quote: inside,
    })
    i = e
  }
  return tokens
}

/**
 * "the workers' union", "the Smiths’ house": an apostrophe after a plural "s", with no letter after it, is the
 * word's possessive ending, unless it is the mark of a quote (quotes[q] or the next one).
 */
function isPluralPossessive(text: string, at: number, end: number, quotes: Quote[], q: number): boolean {
  const c = text[at]
  if ((c !== "'" && c !== '’') || (text[at - 1] !== 's' && text[at - 1] !== 'S')) return false
  if (at + 1 < end && isWordCode(text.charCodeAt(at + 1))) return false
  for (const quote of [quotes[q], quotes[q + 1]])
    if (quote && (quote.start === at || quote.end - 1 === at)) return false
  return true
}

/** `&` with a space on each side and a word character beyond each space. */
function isSpacedBetweenWords(text: string, at: number, start: number, end: number): boolean {
  return (
    at - 2 >= start &&
    at + 2 < end &&
    text[at - 1] === ' ' &&
    text[at + 1] === ' ' &&
    isWordCode(text.charCodeAt(at - 2)) &&
    isWordCode(text.charCodeAt(at + 2))
  )
}

/** A comma joins digits only ("7,939"); a dot joins letters ("U.S") and digits ("3.5"). */
function joins(text: string, at: number): boolean {
  const c = text[at]
  if (c === ',') return isDigit(text[at - 1]) && isDigit(text[at + 1])
  return true
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

function keepsStop(word: string): boolean {
  if (word.includes('.')) return true
  if (word.length === 1) return word !== word.toLowerCase()
  return ABBREVIATIONS.has(word.toLowerCase())
}

function lowerBound(quotes: Quote[], offset: number): number {
  let lo = 0
  let hi = quotes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((quotes[mid]?.end ?? 0) <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The word without a possessive ending: "Wang's" -> "Wang", "countries’" stays. */
export function withoutPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word
}

/**
 * "d’Entremont-Baird", "al-Sisi", "O’Neill": a name may open with a lower-case particle joined to its capital by
 * an apostrophe or a hyphen. Such a word counts as capitalised; "de-escalation" and "e-mail" do not.
 */
const PARTICLE_NAME = /^(?:d|l|al|el|ad|as|an|ar|at|az|ash|bin|ibn|ben|da|de|di|du|la|le)['’-]\p{Lu}/u

export const isCapitalized = (word: string): boolean => {
  const c = word[0] ?? ''
  return c !== c.toLowerCase() || (c >= 'a' && c <= 'z' && PARTICLE_NAME.test(word))
}
