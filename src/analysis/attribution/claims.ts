import type { Claim } from '../../model/annotated-article.ts'
import type { Span } from '../../model/span.ts'
import type { Frame } from './frame.ts'
import type { IdMaker } from '../text/ids.ts'
import { claimStops } from './claim-stops.ts'
import { countWords, datelineEnd, makeDraft } from './claim-span.ts'
import type { Quote } from '../text/quotes.ts'
import type { Token } from '../text/tokens.ts'
import type { ClaimRule } from '../text/rules.ts'

/** A claim before its speaker is known: which frame made it, its words, and its token range. */
export interface ClaimDraft {
  /** Index of the frame in the sentence, or -1 for a quote that continues the previous speaker. */
  frame: number
  span: Span
  direct: boolean
  cue: Span | null
  rule: ClaimRule
  /** Token range `[from, to)` of the claim within the sentence. */
  from: number
  to: number
}

/** Parenthetical attribution: a part before it this short is a fragment ("China, Xi said, …"), so the claim is the part after. */
const FRAGMENT_WORDS = 4

/**
 * Turns the frames of a sentence into claim drafts. Where a claim must be one contiguous span and the
 * attribution interrupts it, the claim is the part before the interruption when that part is a clause, else the
 * part after it (see FRAGMENT_WORDS); the cue and the speaker's name are never inside a claim's span.
 */
export function draftClaims(frames: Frame[], tokens: Token[], quotes: Quote[], text: string): ClaimDraft[] {
  const drafts: ClaimDraft[] = []
  if (frames.length === 0) return drafts
  const stops = claimStops(frames, tokens)
  const cueIndexes = frames.map((f) => f.cueIndex)
  let boundary = datelineEnd(tokens)
  frames.forEach((f, i) => {
    const add = (from: number, to: number, rule: ClaimRule, quoteOnly = false): void => {
      const d = makeDraft(tokens, quotes, text, from, to, quoteOnly)
      if (d) drafts.push({ ...d, frame: i, cue: f.cue, rule })
    }
    if (f.layout === 'lead') {
      if (f.via === 'bare' && isAnonymityRequest(tokens, f.contentFrom)) return
      const to = stops.next(f.contentFrom, f.via === 'bare')
      const wraps = containsCue(cueIndexes, f.contentFrom, to, i)
      if (f.verbClass === 'according' && wraps) return
      if (f.verbClass === 'call') add(firstQuote(tokens, f.contentFrom, to), to, 'participle-calling', true)
      else if (f.verbClass === 'deny' && f.via !== 'that' && f.via !== 'quote' && f.via !== 'colon') return
      else if (f.verbClass === 'accuse' && f.via === 'bare') {
        if (chargeAfter(tokens, f.contentFrom, to)) add(f.contentFrom, to, 'name-accused-of')
      } else add(f.contentFrom, to, leadRule(f))
    } else if (f.layout === 'tail') {
      const wraps = containsCue(cueIndexes, boundary, f.attrStart, i)
      if (!(wraps && (f.verbClass === 'report' || f.verbClass === 'according' || f.subject?.np.media)))
        add(boundary, f.attrStart, tailRule(f, tokens[f.attrStart - 1]))
      if (f.quoteAfter) add(f.attrEnd + 1, stops.next(f.attrEnd + 1, false), 'quote-after-cue')
    } else if (f.layout === 'parenthetical') {
      const words = countWords(tokens, boundary, f.attrStart)
      if (words > FRAGMENT_WORDS) add(boundary, f.attrStart, 'said-interrupting-before')
      else add(f.attrEnd, stops.next(f.attrEnd, false), 'said-interrupting-after')
    }
    if (f.layout === 'tail' || f.layout === 'parenthetical') boundary = Math.max(boundary, f.attrEnd)
    else if (f.kind === 'according' && f.layout === 'lead') boundary = Math.max(boundary, f.attrEnd)
  })
  return drafts
}

/** A sentence that is nothing but a quote: the multi-paragraph or follow-up quote of the previous speaker. */
export function draftQuoteOnly(tokens: Token[], quotes: Quote[], text: string): ClaimDraft | null {
  if (tokens[0]?.kind !== 'open-quote') return null
  const q = tokens[1]?.quote ?? -1
  let k = 1
  while (k < tokens.length && tokens[k]?.quote === q) k++
  if (tokens[k]?.kind === 'close-quote') k++
  while (k < tokens.length && tokens[k]?.kind === 'punct') k++
  if (k < tokens.length || q < 0) return null
  const d = makeDraft(tokens, quotes, text, 0, tokens.length, true)
  return d && { ...d, frame: -1, cue: null, rule: 'quote-continues-speaker' }
}

/** "asking not to be named", "asked not to be identified", "…, requesting anonymity": why a source is unnamed. */
function isAnonymityRequest(tokens: Token[], from: number): boolean {
  const words = tokens
    .slice(from, from + 4)
    .map((t) => t.lower)
    .join(' ')
  return /^(?:not to be (?:named|identified|quoted)|to remain anonymous|anonymity\b)/.test(words)
}

/** How far after "accused" the "of" of the charge may come: "accused the claimants' lawyers of …". */
const ACCUSED_WORDS = 8

/** "accused the government of hiding …": an "of" after the accused, outside quotes, before the claim ends. */
function chargeAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < Math.min(to, from + ACCUSED_WORDS + 1); k++) {
    const t = tokens[k]
    if (t?.lower === 'of' && t.quote < 0) return true
    if (t?.text === ',' || t?.text === ';') return false
  }
  return false
}

function firstQuote(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to && k < from + 12; k++) if (tokens[k]?.kind === 'open-quote') return k
  return to
}

/** Is the cue of another frame inside `[from, to)`? Frames are in token order, so a binary search does. */
function containsCue(cues: number[], from: number, to: number, self: number): boolean {
  let lo = 0
  let hi = cues.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((cues[mid] ?? 0) < from) lo = mid + 1
    else hi = mid
  }
  for (let k = lo; k < cues.length && (cues[k] ?? to) < to; k++) if (k !== self) return true
  return false
}

function leadRule(f: Frame): ClaimRule {
  if (f.kind === 'participle') return 'participle-saying'
  if (f.kind === 'according') return 'according-to-then-claim'
  if (f.via === 'that') return 'name-said-that'
  if (f.via === 'quote' || f.via === 'colon') return 'name-said-quote'
  return 'name-said-clause'
}

function tailRule(f: Frame, before: Token | undefined): ClaimRule {
  if (f.kind === 'according') return 'claim-according-to'
  const quoted = before?.kind === 'close-quote' || (before?.text === ',' && before.quote >= 0)
  return `${quoted ? 'quote' : 'claim'}-then-${f.inverted ? 'said-name' : 'name-said'}`
}

/** Ids hash at most this many characters of a claim (its head and tail), so a huge claim costs what a normal one does. */
const ID_WORDS = 400

/** The final claim annotation. `speakerId` is null only when nobody is named. */
export function toClaim(draft: ClaimDraft, speakerId: string | null, text: string, ids: IdMaker): Claim {
  const { start, end } = draft.span
  const half = ID_WORDS / 2
  const words =
    end - start <= ID_WORDS
      ? text.slice(start, end)
      : text.slice(start, start + half) + text.slice(end - half, end)
  return {
    id: ids.next('claim', words),
    layer: 'claim',
    start: draft.span.start,
    end: draft.span.end,
    rule: draft.rule,
    speakerId,
    direct: draft.direct,
    cue: draft.cue,
  }
}
