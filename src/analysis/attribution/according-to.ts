import { DETERMINERS, WEEKDAYS_AND_MONTHS } from '../lexicon/function-words.ts'
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts'
import { COMPANY_NOUNS } from '../lexicon/titles.ts'
import { classifyPhrase } from '../speakers/noun-phrase.ts'
import type { Frame } from './frame.ts'
import { isCapitalized, type Token } from '../text/tokens.ts'

const MAX_SOURCE = 14
const TIME_CUT = new Set([
  'last',
  'this',
  'next',
  'on',
  'in',
  'at',
  'during',
  'earlier',
  'yesterday',
  'today',
  'late',
])

/**
 * "According to X, …" and "…, according to X". X may be a document: "according to a statement from the
 * ministry" names the ministry; "according to a police statement" names the police; "according to a statement"
 * alone names nobody, and the claim stays unattributed.
 */
export function readAccordingTo(tokens: Token[], v: number, text: string): Frame | null {
  const first = v + 2
  let end = first
  while (end < tokens.length && end - first < MAX_SOURCE && tokens[end]?.kind === 'word') end++
  if (end === first) return null
  const source = sourceTokens(tokens, first, end)
  const np = source.length > 0 ? classifyPhrase(source, text) : null
  const subject = np ? { np, first, last: end - 1, role: null } : null
  const cue = { start: (tokens[v] as Token).start, end: (tokens[v + 1] as Token).end }
  const base = {
    kind: 'according' as const,
    verbClass: 'according' as const,
    cue,
    cueIndex: v,
    subject,
    inverted: false,
    attrStart: v,
    quoteAfter: false,
    via: 'bare' as const,
  }
  const leading = v === 0 || tokens[v - 1]?.kind === 'open-quote'
  if (leading) {
    if (tokens[end]?.text !== ',') return null
    return { ...base, layout: 'lead', attrEnd: end + 1, contentFrom: end + 1 }
  }
  return { ...base, layout: 'tail', attrEnd: end, contentFrom: -1 }
}

/** The speaker inside the source phrase: the author of a document, or the phrase itself. */
function sourceTokens(tokens: Token[], first: number, end: number): Token[] {
  const phrase = tokens.slice(first, end)
  // "the Institute for Basin Studies": a capitalised document noun after a capitalised word ends a name.
  const doc = phrase.findIndex(
    (t, i) =>
      DOCUMENT_NOUNS.has(t.lower) &&
      !(i > 0 && isCapitalized(t.text) && isCapitalized(phrase[i - 1]?.text ?? '')),
  )
  if (doc < 0) return phrase
  const by = phrase.findIndex(
    (t, i) => i > doc && (t.lower === 'from' || t.lower === 'by' || t.lower === 'of'),
  )
  if (by >= 0) {
    // "released by the Labor Department last week": the time is not part of the name.
    const end = phrase.findIndex(
      (t, i) => i > by + 1 && (TIME_CUT.has(t.lower) || WEEKDAYS_AND_MONTHS.has(t.lower)),
    )
    return phrase.slice(by + 1, end < 0 ? phrase.length : end)
  }
  // "a police statement" names the police; "a 2015 company presentation" names no one: a year is not an author,
  // nor is an unnamed company.
  const author = phrase.slice(0, doc).filter((t) => !DETERMINERS.has(t.lower) && !/^\d/.test(t.text))
  const only = author.length === 1 ? author[0] : undefined
  return only && !isCapitalized(only.text) && COMPANY_NOUNS.has(only.lower) ? [] : author
}
