import {
  BELIEF_ADJECTIVES,
  BELIEF_ADVERBS,
  BELIEF_VERBS,
  CONTINUING_OPENERS,
  CONVICTION_COPULAS,
  INTENTION_VERBS,
  MODALS,
} from '../lexicon/reported-speech.ts'
import { speechVerb } from '../lexicon/speech-verbs.ts'
import type { Quote } from '../text/quotes.ts'
import type { Token } from '../text/tokens.ts'
import { makeDraft, type DraftSpan } from './claim-span.ts'

/** A sentence that states what "she"/"he"/"they" believes or intends, and the pronoun whose speaker says it. */
export interface BeliefClaim {
  pronoun: string
  draft: DraftSpan
}

const PERSONS = new Set(['he', 'she', 'they'])
/** Verbs of speaking that are not reporting verbs: "would not comment", "would not be drawn". */
const REFUSED = new Set(['comment', 'speak', 'talk', 'be', 'elaborate', 'discuss', 'disclose', 'give'])
/** A view this short ("She thinks so.") says nothing a reader could weigh. */
const MIN_WORDS = 3

/**
 * "She believes the system is broken.", "He is sure that …", "She wants every arrival to be …", "They would …":
 * a sentence led by a third-person pronoun (after an optional "But", "Still,") whose verb is one of thinking,
 * intention or conviction, or a modal. The claim is what is believed (after the verb and its "that"); with an
 * infinitive of intention ("plans to visit …") or a modal the subject is part of it, so it is the whole clause.
 * Only the shape is read here: whether the pronoun continues a speaker is for the caller to decide.
 */
export function readBeliefClaim(tokens: Token[], quotes: Quote[], text: string): BeliefClaim | null {
  let k = 0
  if (CONTINUING_OPENERS.has(tokens[k]?.lower ?? '') && tokens[k]?.quote === -1) {
    k++
    if (tokens[k]?.text === ',') k++
  }
  const subject = tokens[k]
  if (!subject || subject.kind !== 'word' || subject.quote >= 0 || !PERSONS.has(subject.lower)) return null
  let v = k + 1
  while (v < k + 3 && BELIEF_ADVERBS.has(tokens[v]?.lower ?? '')) v++
  const verb = tokens[v]
  if (!verb || verb.kind !== 'word' || verb.quote >= 0) return null
  let from: number
  if (MODALS.has(verb.lower) && !(verb.lower === 'needs' && subject.lower !== 'they')) {
    if (isRefusal(tokens, v + 1)) return null
    from = k
  } else if (BELIEF_VERBS.has(verb.lower) && agrees(subject.lower, verb.lower)) {
    from = INTENTION_VERBS.has(verb.lower) && tokens[v + 1]?.lower === 'to' ? k : v + 1
  } else if (CONVICTION_COPULAS.has(verb.lower) && BELIEF_ADJECTIVES.has(tokens[v + 1]?.lower ?? '')) {
    from = v + 2
    // "is sure of victory", "is confident about …": the preposition goes with the adjective.
    if (['of', 'about', 'in'].includes(tokens[from]?.lower ?? '')) from++
  } else return null
  if (tokens[from]?.lower === 'that' && from > k) from++
  const draft = makeDraft(tokens, quotes, text, from, tokens.length, false)
  if (!draft || wordCount(tokens, draft.from, draft.to) < MIN_WORDS) return null
  return { pronoun: subject.lower, draft }
}

/** "she believes", "they believe": the verb agrees with its pronoun (a base form after "she" is no verb of hers). */
function agrees(pronoun: string, verb: string): boolean {
  return verb.endsWith('s') === (pronoun !== 'they')
}

/** "She would not say which …", "He would not comment": declining to speak is no view of one's own. */
function isRefusal(tokens: Token[], k: number): boolean {
  const not = tokens[k]?.lower === 'not' || tokens[k]?.lower === 'never'
  const verb = tokens[not ? k + 1 : k]?.lower ?? ''
  return not && (speechVerb(verb) !== undefined || REFUSED.has(verb))
}

function wordCount(tokens: Token[], from: number, to: number): number {
  let n = 0
  for (let k = from; k < to; k++) if (tokens[k]?.kind === 'word') n++
  return n
}
