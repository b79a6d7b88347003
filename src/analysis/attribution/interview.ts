import { INTERVIEW_NOUNS, INTERVIEW_VERBS } from '../lexicon/reported-speech.ts'
import type { NounPhrase } from '../speakers/noun-phrase.ts'
import type { Entity } from '../speakers/speaker-entity.ts'
import type { SpeakerRegistry } from '../speakers/speakers.ts'
import type { AnalysisContext } from '../text/context.ts'
import type { Token } from '../text/tokens.ts'
import type { SentenceClaims } from './claim-context.ts'
import { findSubjectAfter, findSubjectBefore, type SubjectMatch } from './frame-subject.ts'

/** How many paragraphs before a transcript may introduce who answers ("X spoke to Y … edited for length."). */
const INTRO_PARAGRAPHS = 3

/**
 * Who answers in a "Q:"/"A:" transcript, from the paragraphs that introduce it, latest sentence first: the
 * subject of "spoke to", "talked with", "sat down with" (or its object when the subject is the outlet, "we" or
 * "I"), the person after "an interview with", or the speaker of a frame in a sentence about the interview ("In
 * an interview with Politico, Aldecoa said …"). Null when no sentence names them: a FAQ or a recipe's "Q:" has
 * no interviewee, and its answers stay nobody's.
 */
export function introducedInterviewee(
  context: AnalysisContext,
  first: number,
  found: SentenceClaims[],
  registry: SpeakerRegistry,
): Entity | null {
  const { sentences, tokens, doc } = context
  let si = sentences.findIndex((s) => s.paragraph >= first) - 1
  if (si < -1) si = sentences.length - 1
  for (; si >= 0 && (sentences[si]?.paragraph ?? 0) >= first - INTRO_PARAGRAPHS; si--) {
    const toks = tokens[si] as Token[]
    const entity = intervieweeIn(toks, doc.text, registry) ?? frameSpeakerIn(toks, found[si])
    if (entity) return entity
  }
  return null
}

/** The person a sentence says was interviewed, through an interview verb or noun. */
function intervieweeIn(tokens: Token[], text: string, registry: SpeakerRegistry): Entity | null {
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v] as Token
    if (t.kind !== 'word' || t.quote >= 0) continue
    if (INTERVIEW_VERBS.has(t.lower)) {
      const link = linkAfter(tokens, v)
      if (link < 0) continue
      const subject = findSubjectBefore(tokens, v, text)
      const before = subject && subject !== 'after' ? personOf(subject, registry) : null
      if (before) return before
      const object = findSubjectAfter(tokens, link, text)
      const after = object ? personOf(object, registry) : null
      if (after) return after
    } else if (INTERVIEW_NOUNS.has(t.lower) && tokens[v + 1]?.lower === 'with') {
      const object = findSubjectAfter(tokens, v + 1, text)
      const after = object ? personOf(object, registry) : null
      if (after) return after
    }
  }
  return null
}

/** "spoke to", "talked with", "sat down with": the index of the preposition, or -1. */
function linkAfter(tokens: Token[], v: number): number {
  const next = tokens[v + 1]?.lower
  if (next === 'to' || next === 'with') return v + 1
  if (next === 'down' && tokens[v + 2]?.lower === 'with') return v + 2
  return -1
}

/** A person (or a pronoun for one) a phrase names; the outlet, "we" and "I" are the interviewer, not the answerer. */
function personOf(subject: SubjectMatch, registry: SpeakerRegistry): Entity | null {
  const np: NounPhrase = subject.np
  if (np.media) return null
  if (np.kind === 'pronoun') {
    const p = np.words[0] ?? ''
    return p === 'he' || p === 'she' ? registry.resolvePronoun(p) : null
  }
  if (np.kind !== 'person' && np.kind !== 'title-ref' && np.kind !== 'unnamed') return null
  const entity = registry.resolve(np, np.span.start, null)
  return entity?.kind === 'person' ? entity : null
}

/** In a sentence about an interview, the person who speaks in it. */
function frameSpeakerIn(tokens: Token[], found: SentenceClaims | undefined): Entity | null {
  if (!found || !tokens.some((t) => INTERVIEW_NOUNS.has(t.lower))) return null
  return found.speakers.find((e) => e?.kind === 'person') ?? null
}

/**
 * The person a name label stands for ("ALDECOA", "Inés Aldecoa"): the speaker or named person of the article
 * whose name ends with the label's last word, else a person of that name.
 */
export function labelledPerson(label: string, at: number, registry: SpeakerRegistry): Entity | null {
  const words = label
    .split(' ')
    .map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w))
  const name = words.join(' ')
  const phrase: NounPhrase = {
    kind: 'person',
    span: { start: at, end: at + label.length },
    nameSpan: { start: at, end: at + label.length },
    name,
    role: null,
    words: name.toLowerCase().split(' '),
    media: false,
  }
  const entity = registry.resolve(phrase, at, null)
  return entity?.kind === 'person' ? entity : null
}
