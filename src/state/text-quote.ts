import search from 'approx-string-match'
import type { Span } from '../model/span.ts'

/**
 * A passage found again by its words rather than its offsets, so a shared link survives edits elsewhere in the
 * article: the exact text plus a little context on each side (as in the W3C Web Annotation TextQuoteSelector).
 */
export interface TextQuote {
  exact: string
  prefix: string
  suffix: string
}

/**
 * Describes `span` of `text` as a text quote with up to `context` UTF-16 units of context on each side.
 * The span is clamped to the text; context cuts never split a surrogate pair.
 */
export function describeTextQuote(text: string, span: Span, context = 32): TextQuote {
  const start = Math.min(Math.max(span.start, 0), text.length)
  const end = Math.min(Math.max(span.end, start), text.length)
  return {
    exact: text.slice(start, end),
    prefix: tailOf(text.slice(Math.max(0, start - context - 1), start), context),
    suffix: headOf(text.slice(end, end + context + 1), context),
  }
}

/**
 * Clamps a quote to `maxExact` units of text and `context` units of context each side. A too-long `exact`
 * keeps its start (still a contiguous piece of the text, so it still anchors) and loses its suffix, which no
 * longer touches it. Returns null when nothing is left to anchor.
 */
export function clampTextQuote(
  quote: TextQuote,
  maxExact: number,
  context: number,
): { quote: TextQuote | null; truncated: boolean } {
  const truncated = quote.exact.length > maxExact
  const exact = headOf(quote.exact, maxExact)
  if (exact === '') return { quote: null, truncated }
  const prefix = tailOf(quote.prefix, context)
  const suffix = truncated ? '' : headOf(quote.suffix, context)
  return { quote: { exact, prefix, suffix }, truncated }
}

// How many occurrences are weighed against each other: enough for any real article, and a bound on the work
// a quote like "the" costs in a huge text.
const MAX_CANDIDATES = 1000

/**
 * Finds the quote in `text`. An exact occurrence of `exact` wins; among several, the one whose surroundings
 * best match `prefix`/`suffix` (the first on a tie). Failing that, the same search ignoring case and runs of
 * whitespace, mapped back to offsets in `text`. Null when the quote is empty or not found.
 */
export function anchorTextQuote(text: string, quote: TextQuote): Span | null {
  return findTextQuote(text, quote)?.span ?? null
}

/** A quote found again: where, and whether only approximately (the words changed a little since). */
export interface QuoteMatch {
  span: Span
  approximate: boolean
}

// Share of a quote's length that may differ (insertions, deletions, substitutions) and still be found, as
// Hypothesis does: one word edited in a sentence keeps its place, a different sentence does not match.
const MAX_ERROR_RATE = 0.3

/**
 * As `anchorTextQuote`, then, failing an exact or case-and-space-insensitive match, the closest approximate
 * one (`approx-string-match`, Myers' bit-parallel search) with at most 30% of the quote's length in edits; among
 * equally close ones, the one whose context matches best.
 */
export function findTextQuote(text: string, quote: TextQuote): QuoteMatch | null {
  if (quote.exact === '') return null
  const exact = bestMatch(text, quote.exact, quote.prefix, quote.suffix)
  if (exact !== null) return { span: { start: exact, end: exact + quote.exact.length }, approximate: false }

  const needle = normalize(quote.exact.trim()).text
  if (needle === '') return null
  const hay = normalize(text)
  const at = bestMatch(hay.text, needle, normalize(quote.prefix).text, normalize(quote.suffix).text)
  if (at !== null)
    return { span: { start: hay.starts[at]!, end: hay.ends[at + needle.length - 1]! }, approximate: false }
  return approximateMatch(text, quote)
}

function approximateMatch(text: string, quote: TextQuote): QuoteMatch | null {
  const exact = quote.exact.trim()
  const maxErrors = Math.min(256, Math.floor(exact.length * MAX_ERROR_RATE))
  if (maxErrors === 0) return null
  let best: { start: number; end: number; score: number } | null = null
  for (const match of search(text, exact, maxErrors).slice(0, MAX_CANDIDATES)) {
    const context = matchBefore(text, match.start, quote.prefix) + matchAfter(text, match.end, quote.suffix)
    // An edit in the quote costs more than a character of context is worth.
    const score = context - 2 * match.errors
    if (!best || score > best.score) best = { start: match.start, end: match.end, score }
  }
  if (!best) return null
  // The closest match may stop inside an edited word ("sun" of "sunshine"): the passage is whole words.
  const { span } = wholeWords(text, best, Infinity)
  return span.start < span.end ? { span, approximate: true } : null
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

const WORD = /[\p{L}\p{N}\p{M}'’-]/u

/**
 * The span a reader meant: widened to whole words at both ends, without the spaces around it, then cut at the
 * last word boundary within `maxLength` UTF-16 units when longer (`cut` says so). A single word longer than
 * the limit is cut at the limit (never inside a surrogate pair).
 */
export function wholeWords(text: string, span: Span, maxLength: number): { span: Span; cut: boolean } {
  const isWord = (i: number) => i >= 0 && i < text.length && WORD.test(text[i]!)
  let start = Math.max(0, Math.min(span.start, text.length))
  let end = Math.max(start, Math.min(span.end, text.length))
  while (start > 0 && isWord(start) && isWord(start - 1)) start--
  while (end < text.length && isWord(end - 1) && isWord(end)) end++
  ;({ start, end } = trimSpan(text, { start, end }))
  if (end - start <= maxLength) return { span: { start, end }, cut: false }
  let cutAt = start + maxLength
  while (cutAt > start && isWord(cutAt - 1) && isWord(cutAt)) cutAt--
  if (cutAt === start) {
    cutAt = start + maxLength
    if (isHighSurrogate(text.charCodeAt(cutAt - 1))) cutAt--
  }
  return { span: trimSpan(text, { start, end: cutAt }), cut: true }
}

/** Index of the occurrence of `needle` whose context best matches, or null. */
function bestMatch(hay: string, needle: string, prefix: string, suffix: string): number | null {
  let best: number | null = null
  let bestScore = -1
  const perfect = prefix.length + suffix.length
  let count = 0
  for (
    let i = hay.indexOf(needle);
    i >= 0 && count < MAX_CANDIDATES;
    i = hay.indexOf(needle, i + 1), count++
  ) {
    const score = matchBefore(hay, i, prefix) + matchAfter(hay, i + needle.length, suffix)
    if (score > bestScore) {
      best = i
      bestScore = score
      if (score === perfect) break
    }
  }
  return best
}

/** How many units of `prefix`, read backwards from its end, appear in `hay` just before `at`. */
function matchBefore(hay: string, at: number, prefix: string): number {
  let n = 0
  while (n < prefix.length && n < at && hay[at - 1 - n] === prefix[prefix.length - 1 - n]) n++
  return n
}

/** How many units of `suffix`, read forwards, appear in `hay` from `at`. */
function matchAfter(hay: string, at: number, suffix: string): number {
  let n = 0
  while (n < suffix.length && at + n < hay.length && hay[at + n] === suffix[n]) n++
  return n
}

/**
 * Lower-cases `text` and collapses each run of whitespace to one space, remembering for every unit of the
 * result the span of `text` it came from (lower-casing can lengthen a character, e.g. "İ").
 */
function normalize(text: string): { text: string; starts: number[]; ends: number[] } {
  const out: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  while (i < text.length) {
    const code = text.codePointAt(i)!
    const width = code > 0xffff ? 2 : 1
    const ch = text.slice(i, i + width)
    if (/\s/.test(ch)) {
      const from = i
      while (i < text.length && /\s/.test(text[i]!)) i++
      out.push(' ')
      starts.push(from)
      ends.push(i)
      continue
    }
    for (const unit of ch.toLowerCase().split('')) {
      out.push(unit)
      starts.push(i)
      ends.push(i + width)
    }
    i += width
  }
  return { text: out.join(''), starts, ends }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** The first `n` UTF-16 units, one fewer if the cut would split a surrogate pair. */
function headOf(text: string, n: number): string {
  if (text.length <= n) return text
  return n > 0 && isHighSurrogate(text.charCodeAt(n - 1)) ? text.slice(0, n - 1) : text.slice(0, n)
}

/** The last `n` UTF-16 units, one fewer if the cut would split a surrogate pair. */
function tailOf(text: string, n: number): string {
  if (text.length <= n) return text
  const start = text.length - n
  return isHighSurrogate(text.charCodeAt(start - 1)) ? text.slice(start + 1) : text.slice(start)
}
