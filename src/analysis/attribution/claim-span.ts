import type { Span } from '../../model/span.ts'
import type { Quote } from '../text/quotes.ts'
import type { Token } from '../text/tokens.ts'

/** The words of a claim: its token range trimmed of framing punctuation, and whether it is a direct quote. */
export interface DraftSpan {
  span: Span
  direct: boolean
  from: number
  to: number
}

/** countWords stops counting past this: callers only ask "is it a fragment?" (see claims.ts). */
const COUNT_CAP = 6

/** "KYIV, Ukraine (AP) — …": the dateline before the dash is not part of anyone's claim. */
export function datelineEnd(tokens: Token[]): number {
  const first = tokens[0]
  if (!first || first.kind !== 'word' || first.text.length < 2 || first.text !== first.text.toUpperCase())
    return 0
  for (let k = 1; k < 12 && k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (t.text === '—' || t.text === '–' || t.text === '-') return k + 1
  }
  return 0
}

export function makeDraft(
  tokens: Token[],
  quotes: Quote[],
  text: string,
  from: number,
  to: number,
  quoteOnly: boolean,
): DraftSpan | null {
  while (from < to && isTrimmed(tokens[from] as Token)) from++
  while (to > from && isTrimmed(tokens[to - 1] as Token)) to--
  if (from >= to || countWords(tokens, from, to) === 0) return null
  const first = tokens[from] as Token
  const last = tokens[to - 1] as Token
  const quote = first.kind === 'open-quote' ? quotes[tokens[from + 1]?.quote ?? -1] : undefined
  if (quote) {
    const closes = last.kind === 'close-quote' && last.start === quote.end - 1
    const runsOn = !quote.closed && last.quote === tokens[from + 1]?.quote
    // A quote that runs on to the next paragraph ends where its paragraph does, full stop included.
    if (closes || runsOn || quoteOnly)
      return { span: trimInner(quote, quote.inner.end, text), direct: true, from, to }
  }
  if (quoteOnly) return null
  return { span: { start: first.start, end: last.end }, direct: false, from, to }
}

/** Quote text without the trailing comma that belongs to the sentence ("…dark hour,"). */
function trimInner(quote: Quote, end: number, text: string): Span {
  let e = Math.max(quote.inner.start, end)
  while (e > quote.inner.start && (text[e - 1] === ',' || text[e - 1] === ' ')) e--
  return { start: quote.inner.start, end: e }
}

const TRIMMED = new Set([',', ';', ':', '—', '–', '-', '.', '!', '?', '…', '(', ')'])
const isTrimmed = (t: Token): boolean => t.kind === 'punct' && TRIMMED.has(t.text)

export function countWords(tokens: Token[], from: number, to: number): number {
  let n = 0
  for (let k = from; k < to && n < COUNT_CAP; k++) if (tokens[k]?.kind === 'word') n++
  return n
}
