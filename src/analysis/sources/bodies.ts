import type { SourceKind } from '../../model/annotated-article.ts'
import type { Span } from '../../model/span.ts'
import type { AnalysisContext } from '../text/context.ts'
import type { SourceRule } from '../text/rules.ts'
import { alternation, STATEMENT_NOUNS } from '../lexicon/documents.ts'
import { classifySource, namesFirm, phraseAfter, phraseBefore } from './source-phrases.ts'

/**
 * Bodies that publish figures, as sources: an institution that merely "said" something is a speaker, but one whose
 * trade is figures is where the story's information comes from —
 * - a research, ratings or analytics firm that says, reports or finds ("Fitch Ratings said it had downgraded");
 * - a public body that reports a rate or a share ("Statistics Canada said the economy grew 2.6%", "…, the Labor
 *   Department said"): official statistics; the same body saying that talks stalled is only a speaker;
 * - the firm behind "analysts at X" or "pollsters at X", unless their words are in a document cited in the same
 *   clause ("Analysts at X said in a note …": the note is the source, as for "Amnesty said in a report").
 * Every pattern is one global scan with bounded look-around, so the pass stays linear.
 */
export interface BodyFinding extends Span {
  kind: SourceKind
  rule: SourceRule
}

const BODY_VERB =
  /\b(?:said|says|reported|reports|estimated|estimates|estimate|found|finds|forecast|forecasts|projected|projects|calculated|calculates)\b/g
const EXPERTS_AT =
  /\b(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|[Pp]ollsters|[Ss]cientists|[Ee]xperts|[Ee]pidemiologists) at (?=\p{Lu}|the \p{Lu})/gu
/** A rate, a share or a change in points: what official statistics report. */
const RATE = /\d\s?(?:%|per ?cent\b|percent\b|percentage points?\b|basis points\b)|\bannuali[sz]ed\b/
/** What may stand just before a clause's subject: the sentence start, punctuation, a conjunction. */
const CLAUSE_START = /(?:^|[.;:,!?"“”(—–]|\n|\b(?:and|but|while|as|after|before|when|since))\s*$/
const IN_DOCUMENT = new RegExp(
  String.raw`\b(?:in|In)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${alternation(STATEMENT_NOUNS)})\b`,
  'u',
)
const CLAUSE_END = /[.;!?\n]/
const IN_DOCUMENT_NEXT = new RegExp(String.raw`^\s*${IN_DOCUMENT.source.slice(2)}`, 'u')
/**
 * A named body of two words or more, its name last ("the Labor Department", "Statistics Canada"): not a person
 * speaking for it ("A Home Office spokesperson"), not a word capitalized because it opens the sentence
 * ("Police"), not "the government", whose figures are claims of policy more often than statistics.
 */
const INSTITUTION = /\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}'’.-]*$/u

export function findBodies({ doc, sentences }: AnalysisContext): BodyFinding[] {
  const { text } = doc
  const found: BodyFinding[] = []
  let s = 0
  const sentenceAt = (offset: number): Span => {
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= offset) s++
    const sentence = sentences[s]
    return sentence && sentence.start <= offset && offset < sentence.end
      ? sentence
      : { start: offset, end: offset }
  }
  for (const m of text.matchAll(BODY_VERB)) {
    const span = phraseBefore(text, m.index)
    if (!span) continue
    const phrase = text.slice(span.start, span.end)
    if (namesFirm(phrase)) {
      found.push({ ...span, kind: 'organization', rule: 'source/firm' })
      continue
    }
    if (classifySource(phrase) !== 'government' || !INSTITUTION.test(phrase)) continue
    if (!CLAUSE_START.test(text.slice(Math.max(0, span.start - 12), span.start))) continue
    // "The ministry said in a statement that …": the statement is the source.
    if (IN_DOCUMENT_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue
    const sentence = sentenceAt(m.index)
    if (RATE.test(text.slice(sentence.start, sentence.end)))
      found.push({ ...span, kind: 'government', rule: 'source/official-figures' })
  }
  for (const m of text.matchAll(EXPERTS_AT)) {
    const span = phraseAfter(text, m.index + m[0].length)
    if (!span) continue
    const kind = classifySource(text.slice(span.start, span.end)) ?? 'organization'
    if (kind !== 'organization' && kind !== 'government' && kind !== 'media') continue
    const rest = text.slice(span.end, span.end + 160)
    const clause = rest.slice(0, rest.search(CLAUSE_END) < 0 ? rest.length : rest.search(CLAUSE_END))
    if (!IN_DOCUMENT.test(clause)) found.push({ ...span, kind, rule: 'source/experts-at' })
  }
  return found
}
