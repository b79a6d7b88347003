import type { Span } from '../../model/span.ts'
import { LIST_INTRO_NOUNS, MODALS } from '../lexicon/reported-speech.ts'
import type { Entity } from '../speakers/speaker-entity.ts'
import type { SpeakerRegistry } from '../speakers/speakers.ts'
import { bulletEnd } from '../text/paragraph-marks.ts'
import type { Quote } from '../text/quotes.ts'
import { isCapitalized, type Token } from '../text/tokens.ts'
import { readBeliefClaim } from './belief-claim.ts'
import type { SentenceClaims } from './claim-context.ts'

/** A list of one speaker's points under way: who, the cue that introduced it, and how its items look. */
export interface SpeechList {
  entity: Entity
  cue: Span | null
  /** Whether the items carry a marker ("- …"): set by the first item, every later one must match it. */
  bulleted: boolean | null
  items: number
}

/** One-line items without a marker are told from narration by their modal; a longer run is narration again. */
const MAX_PLAIN_ITEMS = 8
/** How far into a plain item its modal may come ("Councils that house asylum seekers would receive …"). */
const MODAL_WINDOW = 12

const POSSESSIVE_PRONOUNS = new Map([
  ['he', 'he'],
  ['his', 'he'],
  ['she', 'she'],
  ['her', 'she'],
  ['they', 'they'],
  ['their', 'they'],
])

const endsWithColon = (paragraph: string): boolean => /:\s*$/.test(paragraph)

/**
 * The list a paragraph ending with a colon announces, in its last sentence: the speaker of a reporting verb
 * whose claim runs to the colon ("McAllister said:", "she told Reuters:"), or, without one, a sentence naming
 * a list of points ("Among the points she made:", "He listed three demands:", "Smith's proposals:") whose
 * pronoun or known name gives the speaker. Null for a colon no speaker stands behind ("The figures:").
 */
export function readListIntro(
  paragraph: string,
  tokens: Token[],
  found: SentenceClaims,
  registry: SpeakerRegistry,
): Omit<SpeechList, 'bulleted' | 'items'> | null {
  if (!endsWithColon(paragraph)) return null
  for (let i = found.frames.length - 1; i >= 0; i--) {
    const entity = found.speakers[i]
    const frame = found.frames[i]
    if (entity && frame?.layout === 'lead') return { entity, cue: frame.cue }
  }
  if (!tokens.some((t) => LIST_INTRO_NOUNS.has(t.lower))) return null
  for (const t of tokens) {
    if (t.kind !== 'word' || t.quote >= 0) continue
    const pronoun = POSSESSIVE_PRONOUNS.get(t.lower)
    const entity = pronoun
      ? registry.resolvePronoun(pronoun)
      : isCapitalized(t.text)
        ? registry.personNamedBy(t.lower)
        : undefined
    if (entity) return { entity, cue: null }
  }
  return null
}

/**
 * Is this paragraph the next item of the list? A marked item when the list's items are marked; else a single
 * sentence of reported speech (a modal early on, or "She is sure that …"). Never an item: a paragraph that
 * opens another list, or one in which another speaker is attributed — the list ends there.
 */
export function isListItem(
  list: SpeechList,
  paragraph: string,
  sentences: { tokens: Token[]; found: SentenceClaims }[],
  quotes: Quote[],
  text: string,
): boolean {
  const bulleted = bulletEnd(paragraph) > 0
  if (list.bulleted !== null && bulleted !== list.bulleted) return false
  if (endsWithColon(paragraph)) return false
  if (sentences.some((s) => s.found.speakers.some((e) => e !== null && e !== list.entity))) return false
  if (bulleted) return true
  const only = sentences.length === 1 ? sentences[0] : undefined
  if (!only || list.items >= MAX_PLAIN_ITEMS) return false
  return hasEarlyModal(only.tokens) || readBeliefClaim(only.tokens, quotes, text) !== null
}

function hasEarlyModal(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length && k < MODAL_WINDOW; k++) {
    const t = tokens[k] as Token
    if (t.kind === 'word' && t.quote < 0 && MODALS.has(t.lower)) return true
  }
  return false
}
