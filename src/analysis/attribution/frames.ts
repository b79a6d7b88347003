import {
  ADVERBIAL_PREPOSITIONS,
  DETERMINERS,
  POSSESSIVE_DETERMINERS,
  SUBJECT_PRONOUNS,
  WEEKDAYS_AND_MONTHS,
} from '../lexicon/function-words.ts'
import { speechVerb, type VerbClass } from '../lexicon/speech-verbs.ts'
import type { Frame } from './frame.ts'
import { findSubjectAfter, findSubjectBefore, mainClauseSubject, type SubjectMatch } from './frame-subject.ts'
import { readAccordingTo } from './according-to.ts'
import { isEnd, readVerbTail, type TailKind, type VerbTail } from './verb-tail.ts'
import { isCapitalized, type Token } from '../text/tokens.ts'

const BLOCKERS = new Set(
  `to was were is are be been being will would could should may might must can not never n't did do does
  'll 'd`.split(/\s+/),
)
const PARTICIPLE_OPENERS = new Set([',', 'while', 'before', 'after', 'by', '—', '–'])
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you'])
/**
 * A reporting verb followed by one of these takes a prepositional object, not a claim: "hinted at cuts",
 * "complained for years", "responded to a blaze", "had written to the minister".
 */
const OBJECT_PREPOSITIONS = new Set(
  'at to for with into toward towards against by from after over under through on upon'.split(' '),
)

const QUESTION_NOUNS = new Set(['questions', 'question', 'queries', 'calls'])

/**
 * Prepositions whose object is not the subject of the verb right after it ("an interview with X published …",
 * "a report by X said"). Not "from", "of", "for": "a statement from the Hale Foundation said" is the
 * foundation's, and "in", "on", "at" open sentences without a comma ("In Beijing officials said …").
 */
const OBJECT_OF = new Set(['with', 'by'])

/**
 * Is the phrase starting at `first` the object of a preposition of OBJECT_OF? Walks back over determiners and
 * capitalised words the phrase left out ("with the Sunday Courier": "Sunday" ends a subject phrase).
 */
function isObjectOfPreposition(tokens: Token[], first: number): boolean {
  let k = first - 1
  const partOfName = (t: Token | undefined) =>
    t !== undefined && t.kind === 'word' && (DETERMINERS.has(t.lower) || isCapitalized(t.text))
  while (k > 0 && first - k <= 4 && partOfName(tokens[k])) k--
  return k > 0 && OBJECT_OF.has(tokens[k]?.lower ?? '')
}

/** Finds every attribution cue outside quotes in a sentence, in token order. */
export function detectFrames(tokens: Token[], text: string): Frame[] {
  const frames: Frame[] = []
  for (let v = 0; v < tokens.length; v++) {
    const tok = tokens[v] as Token
    if (tok.kind !== 'word' || tok.quote >= 0) continue
    if (tok.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const frame = readAccordingTo(tokens, v, text)
      if (frame) frames.push(frame)
      continue
    }
    if ((tok.lower === 'put' || tok.lower === 'puts') && tokens[v + 1]?.lower === 'it') {
      const frame = putItFrame(tokens, v, text)
      if (frame) frames.push(frame)
      continue
    }
    const verb = speechVerb(tok.lower)
    if (!verb) continue
    const prev = tokens[v - 1]
    // "the United States", "Mercy Reports Inc.": a capitalised word inside a name is not a verb.
    if (v > 0 && isCapitalized(tok.text) && prev?.kind === 'word' && isCapitalized(prev.text)) continue
    if (prev && prev.kind === 'word' && isNounMarker(prev)) continue
    // "may said" is no attribution, but "Theresa May said", "Will Smith said" are: a capitalised blocker after a
    // capitalised word is the end of a name.
    const named = v >= 2 && isCapitalized(prev?.text ?? '') && isCapitalized(tokens[v - 2]?.text ?? '')
    if (prev && BLOCKERS.has(prev.lower) && !named) continue
    const cue = { start: tok.start, end: tok.end }
    const first = frames.length === 0
    if (verb.form === 'ing') {
      if (!prev || !PARTICIPLE_OPENERS.has(prev.lower)) continue
      const tail = readVerbTail(tokens, v + 1, verb.verbClass === 'tell')
      const attrStart = prev.text === ',' ? v - 1 : v
      frames.push({ ...inheritingFrame(tokens, v, text, verb.verbClass, tail, attrStart, first), cue })
      continue
    }
    if ((prev?.lower === 'and' || prev?.lower === 'but') && (verb.form === 'past' || verb.form === 's')) {
      const tail = readVerbTail(tokens, v + 1, verb.verbClass === 'tell')
      if (introducesClaim(tokens, tail, verb.verbClass)) {
        const attrStart = tokens[v - 2]?.text === ',' ? v - 2 : v - 1
        frames.push({ ...inheritingFrame(tokens, v, text, verb.verbClass, tail, attrStart, first), cue })
        continue
      }
    }
    const frame = verbFrame(tokens, v, text, verb.verbClass, verb.form === 'base')
    if (frame) frames.push({ ...frame, cue })
  }
  return frames
}

/**
 * A cue that takes its speaker from the clause before: a participle (", saying that …") or a second reporting
 * verb joined by "and" or "but" ("said the plant would close and added that …", "…, but warned that …"). It
 * inherits the speaker of the frame before it (or, first in the sentence, the subject of the main clause) and
 * stops the claim before it at `attrStart`.
 */
function inheritingFrame(
  tokens: Token[],
  v: number,
  text: string,
  verbClass: VerbClass,
  tail: VerbTail,
  attrStart: number,
  first: boolean,
): Omit<Frame, 'cue'> {
  const from = tail.kind === 'that' || tail.kind === 'colon' ? tail.at + 1 : tail.at
  return {
    kind: 'participle',
    verbClass,
    cueIndex: v,
    subject: first ? mainClauseSubject(tokens, v, text) : null,
    inverted: false,
    layout: 'lead',
    attrStart,
    attrEnd: from,
    contentFrom: from,
    quoteAfter: false,
    via: tail.kind,
  }
}

/**
 * A second verb joined by "and" makes a claim only with a clause after it ("and added that …", "and said:",
 * "and said, "…"", "and said she …"); "and said so", "and told police" stay what they were.
 */
function introducesClaim(tokens: Token[], tail: VerbTail, verbClass: VerbClass): boolean {
  if (tail.kind === 'that' || tail.kind === 'colon') return true
  if (tail.kind === 'comma') return isQuoteAt(tokens, tail.at + 1)
  return clauseAfter(tokens, tail, verbClass)
}

const isQuoteAt = (tokens: Token[], k: number): boolean => tokens[k]?.kind === 'open-quote'

/** "… laughed and said she planned to coach": a clause without "that", led by a subject, after a say verb. */
function clauseAfter(tokens: Token[], tail: VerbTail, verbClass: VerbClass): boolean {
  if (tail.kind !== 'bare' || (verbClass !== 'say' && verbClass !== 'tell')) return false
  const t = tokens[tail.at]
  if (!t || t.kind !== 'word' || t.quote >= 0) return false
  const subject =
    SUBJECT_PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower)
  return subject || (isCapitalized(t.text) && !WEEKDAYS_AND_MONTHS.has(t.lower))
}

/**
 * "Coach Dana Pruitt put it simply: "We had …"", "as she put it: "…"": the idiom introduces a quote after a
 * colon (a few words of manner may come between). Anything else ("put it on the table") is not a cue.
 */
function putItFrame(tokens: Token[], v: number, text: string): Frame | null {
  let colon = v + 2
  while (colon < v + 6 && tokens[colon]?.kind === 'word' && tokens[colon]?.quote === -1) colon++
  if (tokens[colon]?.text !== ':' || tokens[colon + 1]?.kind !== 'open-quote') return null
  const subject = findSubjectBefore(tokens, v, text)
  if (!subject || subject === 'after') return null
  const it = tokens[v + 1] as Token
  return {
    kind: 'verb',
    verbClass: 'say',
    cue: { start: (tokens[v] as Token).start, end: it.end },
    cueIndex: v,
    subject,
    inverted: false,
    layout: 'lead',
    attrStart: subject.first,
    attrEnd: colon + 1,
    contentFrom: colon + 1,
    quoteAfter: false,
    via: 'colon',
  }
}

function isNounMarker(prev: Token): boolean {
  return DETERMINERS.has(prev.lower) || POSSESSIVE_DETERMINERS.has(prev.lower) || /['’]s?$/.test(prev.text)
}

function verbFrame(
  tokens: Token[],
  v: number,
  text: string,
  verbClass: VerbClass,
  base: boolean,
): Omit<Frame, 'cue'> | null {
  const before = findSubjectBefore(tokens, v, text)
  const inverted = before === 'after'
  const subject = inverted ? findSubjectAfter(tokens, v, text) : before
  if (!subject) return null
  // "an interview with the Sunday Courier published at the weekend": the object of a preposition is no subject,
  // and the verb right after it a participle describing it ("polled by Reuters had forecast …" is a verb).
  if (!inverted && subject.last === v - 1 && isObjectOfPreposition(tokens, subject.first)) return null
  if (base && !isPlural(subject)) return null
  const attrStart = inverted ? v : subject.first
  const separated = inverted || isSeparator(tokens[subject.first - 1])
  const hasBefore = attrStart > 0
  const read = readVerbTail(tokens, inverted ? subject.last + 1 : v + 1, verbClass === 'tell' && !inverted)
  const tail =
    separated && hasBefore && read.kind === 'bare' ? (closingAdverbial(tokens, read.at) ?? read) : read
  const frame = {
    kind: 'verb' as const,
    verbClass,
    cueIndex: v,
    subject,
    inverted,
    attrStart,
    attrEnd: tail.at,
    contentFrom: -1,
    quoteAfter: false,
    via: tail.kind,
  }
  if (separated && hasBefore && (tail.kind === 'end' || tail.kind === 'comma')) {
    if (tail.kind === 'end') return { ...frame, layout: 'tail' }
    const next = tokens[tail.at + 1]
    const ends =
      !next ||
      next.kind === 'open-quote' ||
      speechVerb(next.lower)?.form === 'ing' ||
      ['who', 'which', 'whose'].includes(next.lower)
    if (ends) return { ...frame, layout: 'tail', quoteAfter: next?.kind === 'open-quote' }
    return { ...frame, layout: 'parenthetical', attrEnd: tail.at + 1 }
  }
  if (inverted) return null
  if (tail.kind === 'end') return { ...frame, layout: 'none' }
  // "first reported the plan last week": a medium reporting a thing, not a statement.
  // "answered questions from reporters", "fielded questions": the questions are the object, not a claim.
  const questions =
    /^(?:answer|field)/.test(tokens[v]?.lower ?? '') && QUESTION_NOUNS.has(tokens[tail.at]?.lower ?? '')
  const object =
    tail.kind === 'bare' &&
    (OBJECT_PREPOSITIONS.has(tokens[tail.at]?.lower ?? '') || verbClass === 'report' || questions)
  if (object) return { ...frame, layout: 'none' }
  const from = tail.kind === 'that' || tail.kind === 'colon' || tail.kind === 'comma' ? tail.at + 1 : tail.at
  const via = tail.kind === 'comma' && tokens[from]?.kind === 'open-quote' ? 'quote' : tail.kind
  return { ...frame, layout: 'lead', contentFrom: from, attrEnd: from, via }
}

/** "in response to", "in reply to", "in addition to": a "to" that opens no infinitive. */
const FIXED_BEFORE_TO = new Set([
  'response',
  'reply',
  'addition',
  'regard',
  'reference',
  'relation',
  'contrast',
])

/** Longest phrase after the verb read as a closing adverbial ("in the capital on Sunday"). */
const ADVERBIAL_WORDS = 14

/**
 * After a claim that precedes its attribution ("…," Ekdahl told reporters in the capital on Sunday.), a phrase
 * led by a preposition that runs to the sentence end (or to a comma) is an adverbial of the attribution, not a
 * claim: "said after the vote", "said on a call with analysts". Returns the tail past it, or null when the
 * phrase holds a clause ("that", an auxiliary) or is too long.
 */
function closingAdverbial(tokens: Token[], at: number): { at: number; kind: TailKind } | null {
  const first = tokens[at]
  // "…," Lindqvist says of the winner.: what the words are about, after the attribution.
  const about = first?.lower === 'of' || first?.lower === 'about'
  if (!first || !(ADVERBIAL_PREPOSITIONS.has(first.lower) || OBJECT_PREPOSITIONS.has(first.lower) || about))
    return null
  let k = at
  while (tokens[k]?.kind === 'word' && tokens[k]?.quote === -1) {
    const w = tokens[k] as Token
    const fixed = w.lower === 'to' && FIXED_BEFORE_TO.has(tokens[k - 1]?.lower ?? '')
    if (w.lower === 'that' || (BLOCKERS.has(w.lower) && !fixed) || k - at >= ADVERBIAL_WORDS) return null
    k++
  }
  const kind = isEnd(tokens, k) ? 'end' : tokens[k]?.text === ',' ? 'comma' : null
  return kind && { at: k, kind }
}

const isSeparator = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.kind === 'close-quote' || t.text === ',' || t.text === '—' || t.text === '–' || t.text === ':')

function isPlural(subject: SubjectMatch): boolean {
  const { np } = subject
  if (np.kind === 'pronoun') return PLURAL_PRONOUNS.has(np.words[0] ?? '')
  return np.kind === 'group' || (np.kind === 'organization' && (np.words.at(-1) ?? '').endsWith('s'))
}
