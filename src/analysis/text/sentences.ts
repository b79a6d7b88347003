import { SENTENCE_STARTERS } from '../lexicon/function-words.ts'
import { bulletEnd } from './paragraph-marks.ts'
import type { Quote } from './quotes.ts'
import type { AnalysisDocument, Sentence } from './types.ts'
import { MONTH_ABBREVIATIONS } from '../lexicon/calendar.ts'

/** Abbreviations that never end a sentence: titles and words always followed by a name or a number. */
const TITLE_ABBREVIATIONS = new Set([
  ...`mr mrs ms mx dr prof st gen sen rep gov lt col capt sgt maj adm cmdr rev hon pres supt det insp gov
  vol fig ft mt ave blvd dept univ approx est cf vs`.split(/\s+/),
  ...MONTH_ABBREVIATIONS.keys(),
])

/** Abbreviations that may also end a sentence: they do when a sentence starter follows ("… Inc. The …"). */
const FINAL_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'etc', 'plc', 'llc', 'bros'])

// . ! ? …
const isTerminator = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 0x2026
const CLOSERS = '"”’\')]'
const OPENERS = '"“‘(['

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase()
const isDigit = (c: string): boolean => c >= '0' && c <= '9'
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t'

/**
 * Splits every paragraph into sentences. Quote-aware: a full stop inside a double-quoted stretch ends the
 * sentence only where the quote itself ends. Abbreviation-aware: "Mr.", "U.S.", "Jan.", initials. A sentence
 * never crosses a paragraph, and never holds the marker of a list item or the label of a transcript turn
 * (`turnStarts`: paragraph index -> offset where the turn's words begin). Linear in the text length.
 */
export function splitSentences(
  doc: AnalysisDocument,
  quotes: readonly Quote[],
  turnStarts: ReadonlyMap<number, number> = new Map(),
): Sentence[] {
  const sentences: Sentence[] = []
  let q = 0
  doc.paragraphs.forEach((p, paragraph) => {
    const text = doc.text
    // A list item's marker ("- ", "1. ") and a transcript turn's label ("Q: ", "SOLANO: ") are layout, like the
    // space after them: no sentence holds them.
    const words =
      turnStarts.get(paragraph) ?? p.start + bulletEnd(text.slice(p.start, Math.min(p.end, p.start + 8)))
    let s = skipSpace(text, words, p.end)
    for (let i = s; i < p.end; i++) {
      if (!isTerminator(text.charCodeAt(i))) continue
      const c = text[i] as string
      let j = i
      while (j < p.end && isTerminator(text.charCodeAt(j))) j++
      let k = j
      while (k < p.end && CLOSERS.includes(text[k] as string)) k++
      while (q < quotes.length && (quotes[q]?.end ?? 0) <= i) q++
      const quote = quotes[q]
      // Inside a quote that goes on after this stop: the quote, and so the sentence, continues.
      if (quote && quote.kind === 'double' && quote.inner.start <= i && quote.inner.end > j) continue
      if (k >= p.end || !isSpace(text[k])) continue
      const n = skipSpace(text, k, p.end)
      const next = text[n] ?? ''
      if (!(isUpper(next) || isDigit(next) || OPENERS.includes(next))) continue
      if (c === '.' && j - i === 1 && isAbbreviation(text, i, n, p.start, p.end)) continue
      sentences.push({ start: s, end: k, paragraph })
      s = n
      i = n - 1
    }
    const end = trimEnd(text, s, p.end)
    if (end > s) sentences.push({ start: s, end, paragraph })
  })
  return sentences
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text[i])) i++
  return i
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text[end - 1])) end--
  return end
}

/** Is the full stop at `dot` part of an abbreviation, given that the next sentence would begin at `next`? */
function isAbbreviation(text: string, dot: number, next: number, start: number, end: number): boolean {
  let b = dot
  // Abbreviations are short; the cap keeps a 100,000-letter word from costing more than a glance.
  while (b > start && dot - b < 12 && /[\p{L}.]/u.test(text[b - 1] as string)) b--
  const word = text.slice(b, dot)
  if (word.length === 0 || word.length >= 12) return false
  const lower = word.toLowerCase()
  if (TITLE_ABBREVIATIONS.has(lower)) return true
  // "No. 7", but "he said no. It is over."
  if (lower === 'no' || lower === 'nos') return isDigit(text[next] ?? '')
  const dotted = word.includes('.')
  const initial = word.length === 1 && isUpper(word)
  if (!dotted && !initial && !FINAL_ABBREVIATIONS.has(lower)) return false
  return !SENTENCE_STARTERS.has(nextWord(text, next, end).toLowerCase())
}

function nextWord(text: string, i: number, end: number): string {
  let e = i
  while (e < end && e - i < 20 && /[\p{L}]/u.test(text[e] as string)) e++
  return text.slice(i, e)
}
