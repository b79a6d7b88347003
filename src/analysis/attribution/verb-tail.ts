import {
  ADVERBIAL_NOUNS,
  ADVERBIAL_PREPOSITIONS,
  DETERMINERS,
  RECIPIENT_NOUNS,
  VERB_ADVERBS,
  WEEKDAYS_AND_MONTHS,
} from '../lexicon/function-words.ts'
import { speechVerb } from '../lexicon/speech-verbs.ts'
import { isCapitalized, type Token } from '../text/tokens.ts'

/** What follows a reporting verb once the person told and the adverbials are skipped. */
export type TailKind = 'end' | 'comma' | 'colon' | 'that' | 'quote' | 'bare'

export interface VerbTail {
  /** Token index of what follows: the claim for 'bare' and 'quote', the mark for the others. */
  at: number
  kind: TailKind
}

const TERMINAL = new Set(['.', '!', '?', '…', ')', ']', '”', '"', '’', "'"])
const TIME_WORDS = new Set([
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'later',
  'again',
  'separately',
  'publicly',
])

/**
 * Reads past "told the Global Times", "in a statement on Monday", "in the call" to what the verb introduces.
 * `tell` verbs take a recipient first. Looks at a few tokens only, whatever the sentence length.
 */
export function readVerbTail(tokens: Token[], from: number, tell: boolean): VerbTail {
  let t = from
  if (tokens[t]?.lower === 'out') t++ // "pointed out"
  if (tell) t = skipRecipient(tokens, t)
  for (let step = 0; step < 4; step++) {
    const next = skipAdverbial(tokens, t)
    if (next === t) break
    t = next
  }
  return { at: t, kind: kindAt(tokens, t) }
}

function kindAt(tokens: Token[], t: number): TailKind {
  const tok = tokens[t]
  if (!tok || isEnd(tokens, t)) return 'end'
  if (tok.kind === 'open-quote') return 'quote'
  if (tok.text === ',' || tok.text === '—' || tok.text === '–' || tok.text === ';') return 'comma'
  if (tok.text === ':') return 'colon'
  if (tok.lower === 'that' && tok.kind === 'word') return 'that'
  return 'bare'
}

/** Only closing marks are left: the sentence ends here. */
export function isEnd(tokens: Token[], t: number): boolean {
  for (let k = t; k < t + 4; k++) {
    const tok = tokens[k]
    if (!tok) return true
    if (tok.kind === 'word' || tok.kind === 'open-quote' || !TERMINAL.has(tok.text)) return false
  }
  return false
}

function skipRecipient(tokens: Token[], t: number): number {
  for (let k = t; k < t + 9 && k < tokens.length; k++) {
    const tok = tokens[k] as Token
    if (tok.kind !== 'word') break
    if (tok.lower === 'that') return k
    // "told MPs the plan was affordable and insisted that …": that "that" is the second verb's.
    if (tok.lower === 'and' && speechVerb(tokens[k + 1]?.lower ?? '')) break
  }
  let k = t
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++
  const first = tokens[k]
  if (first?.kind === 'word' && isCapitalized(first.text)) {
    const limit = k + 6
    while (k < limit && tokens[k]?.kind === 'word' && isCapitalized(tokens[k]?.text ?? '')) k++
    return k
  }
  return first && RECIPIENT_NOUNS.has(first.lower) ? k + 1 : t
}

/** Nouns whose own clause a "that" opens ("in the hope that", "on the grounds that"): not the verb's content. */
const NOUNS_TAKING_THAT = new Set([
  'hope',
  'belief',
  'expectation',
  'grounds',
  'knowledge',
  'fear',
  'event',
  'case',
])

/** "in a statement", "on Monday", "on January 5", "last week", "yesterday". */
function skipAdverbial(tokens: Token[], t: number): number {
  const tok = tokens[t]
  if (!tok || tok.kind !== 'word') return t
  if (TIME_WORDS.has(tok.lower) || (VERB_ADVERBS.has(tok.lower) && tok.lower.endsWith('ly'))) return t + 1
  if (tok.lower === 'last' && ADVERBIAL_NOUNS.has(tokens[t + 1]?.lower ?? '')) return t + 2
  if (WEEKDAYS_AND_MONTHS.has(tok.lower)) return t + 1
  if (!ADVERBIAL_PREPOSITIONS.has(tok.lower)) return t
  let good = -1
  let timely = false
  for (let k = t + 1; k < t + 7; k++) {
    const w = tokens[k]
    // "said before the game that …": whatever the phrase's noun, a "that" right after it closes it.
    if (
      w?.lower === 'that' &&
      w.kind === 'word' &&
      k > t + 1 &&
      !NOUNS_TAKING_THAT.has(tokens[k - 1]?.lower ?? '')
    )
      return k
    if (!w || w.kind !== 'word' || w.lower === 'that' || ADVERBIAL_PREPOSITIONS.has(w.lower)) break
    if (ADVERBIAL_NOUNS.has(w.lower) || isCapitalized(w.text) || /^\d/.test(w.text)) {
      good = k
      timely = WEEKDAYS_AND_MONTHS.has(w.lower) || /^\d/.test(w.text)
    }
  }
  if (good < 0) return t
  const after = tokens[good + 1]
  const closes =
    !after ||
    after.kind !== 'word' ||
    after.lower === 'that' ||
    ADVERBIAL_PREPOSITIONS.has(after.lower) ||
    TIME_WORDS.has(after.lower)
  return closes || timely ? good + 1 : t
}
