import type { ClaimDraft } from './claims.ts'
import type { Frame } from './frame.ts'
import { datelineEnd, makeDraft } from './claim-span.ts'
import type { Quote } from '../text/quotes.ts'
import type { Entity } from '../speakers/speaker-entity.ts'
import type { Token } from '../text/tokens.ts'
import type { Sentence } from '../text/types.ts'
import type { ClaimRule } from '../text/rules.ts'

/** What the sentence loop found in one sentence: whether it had an attribution cue, its frames, and its claims. */
export interface SentenceClaims {
  framed: boolean
  frames: Frame[]
  /** The speaker of each frame (`speakers[i]` of `frames[i]`), null when none was resolved. */
  speakers: (Entity | null)[]
  claims: { draft: ClaimDraft; entity: Entity | null }[]
}

/** A claim inferred from its paragraph rather than from a cue of its own. */
export interface ContextClaim {
  draft: ClaimDraft
  entity: Entity
}

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean))

/** Rules of claims attributed at their end ("…, said experts", "…, according to police"). */
const TAIL_RULE = /^(?:claim|quote)-then-|^claim-according-to$/

/** Sentences before a tail attribution that may join its claim ("A. B, said experts." — at most this many). */
const MAX_BEFORE_TAIL = 2

/**
 * Claims a sentence gets from its paragraph when it has no cue of its own, one rule each:
 *
 * - `sentence-between-claims`: a sentence that quotes a fragment ("…, which is "a time bomb."") between two
 *   claims of the same speaker, in a paragraph where every claim is that speaker's.
 * - `sentence-before-tail-claim`: the sentences before the only attribution of a paragraph, a tail one whose
 *   claim opens with a pronoun ("A. They …, said experts."): the pronoun carries on the statement before it.
 *
 * Never inside a quote of someone else; every such claim is indirect unless the sentence is wholly a quote.
 * One pass over the sentences; each rule looks at its own paragraph only.
 */
export function contextClaims(
  sentences: Sentence[],
  tokens: Token[][],
  found: SentenceClaims[],
  quotes: Quote[],
  text: string,
): ContextClaim[] {
  const out: ContextClaim[] = []
  let from = 0
  while (from < sentences.length) {
    const paragraph = sentences[from]?.paragraph
    let to = from
    while (to < sentences.length && sentences[to]?.paragraph === paragraph) to++
    paragraphClaims(from, to, tokens, found, quotes, text, out)
    from = to
  }
  return out
}

function paragraphClaims(
  from: number,
  to: number,
  tokens: Token[][],
  found: SentenceClaims[],
  quotes: Quote[],
  text: string,
  out: ContextClaim[],
): void {
  const open = (si: number): boolean => {
    const f = found[si]
    return f !== undefined && !f.framed && f.claims.length === 0
  }
  const speakerOf = (si: number): Entity | null | undefined => soleSpeaker(found[si]?.claims ?? [])
  const add = (si: number, entity: Entity, rule: ClaimRule): void => {
    const toks = tokens[si] as Token[]
    const d = makeDraft(toks, quotes, text, datelineEnd(toks), toks.length, false)
    if (d) out.push({ draft: { ...d, frame: -1, cue: null, rule }, entity })
  }

  // The one speaker of every claim in the paragraph, if there is one, and its first and last claimed sentences.
  let only: Entity | null | undefined
  let first = -1
  let last = -1
  for (let si = from; si < to && only !== null; si++) {
    const s = speakerOf(si)
    if (s === null) only = null
    else if (s !== undefined) {
      only = only === undefined || only === s ? s : null
      if (first < 0) first = si
      last = si
    }
  }
  if (only)
    for (let si = first + 1; si < last; si++)
      if (open(si) && hasQuote(tokens[si] as Token[])) add(si, only, 'sentence-between-claims')

  // "A. They …, said experts.": the paragraph's only cue is a tail attribution at its end.
  const end = to - 1
  const tail = found[end]
  if (to - from < 2 || to - from > MAX_BEFORE_TAIL + 1 || !tail?.framed) return
  const entity = speakerOf(end)
  const claim = tail.claims[0]
  if (!entity || tail.claims.length !== 1 || !claim || !TAIL_RULE.test(claim.draft.rule)) return
  const lastToks = tokens[end] as Token[]
  if (claim.draft.from > datelineEnd(lastToks) || !opensWithPronoun(lastToks, claim.draft.from)) return
  for (let si = from; si < end; si++) if (!open(si) || hasQuote(tokens[si] as Token[])) return
  for (let si = from; si < end; si++) add(si, entity, 'sentence-before-tail-claim')
}

/** The speaker of all these claims: undefined when there are none, null when they differ or one is unknown. */
function soleSpeaker(claims: SentenceClaims['claims']): Entity | null | undefined {
  let s: Entity | null | undefined
  for (const c of claims) {
    if (c.entity === null) return null
    if (s !== undefined && s !== c.entity) return null
    s = c.entity
  }
  return s
}

const hasQuote = (toks: Token[]): boolean => toks.some((t) => t.kind === 'open-quote')

const ANAPHORS = words('they it this that these those such he she')

function opensWithPronoun(toks: Token[], from: number): boolean {
  const first = toks.slice(from, from + 3).find((t) => t.kind === 'word')
  return first !== undefined && ANAPHORS.has(first.lower)
}
