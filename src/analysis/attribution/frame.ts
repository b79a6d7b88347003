import type { Span } from '../../model/span.ts'
import type { VerbClass } from '../lexicon/speech-verbs.ts'
import type { SubjectMatch } from './frame-subject.ts'
import type { TailKind } from './verb-tail.ts'

/**
 * One attribution in a sentence: a cue ("said", "according to", ", saying"), who it names, and where the
 * claim lies relative to it. Token indexes are into the sentence's tokens.
 *
 * - `lead`: the claim follows ("Wang stressed China will …"), from `contentFrom`.
 * - `tail`: the claim precedes, up to `attrStart` ("…, said Yang.").
 * - `parenthetical`: the attribution interrupts the claim ("China, Xi said, strongly rejects …").
 */
export interface Frame {
  kind: 'verb' | 'participle' | 'according'
  verbClass: VerbClass | 'according'
  cue: Span
  cueIndex: number
  subject: SubjectMatch | null
  inverted: boolean
  layout: 'lead' | 'tail' | 'parenthetical' | 'none'
  /** First token of the attribution (subject or cue); a tail claim ends before it. */
  attrStart: number
  /** Token after the attribution; a parenthetical claim resumes after it. */
  attrEnd: number
  contentFrom: number
  /** `"A," he said, "B."`: the quote after the attribution is a second claim. */
  quoteAfter: boolean
  /** What introduced a lead claim: "that", a colon, a quote, or nothing ("bare"). */
  via: TailKind
}
