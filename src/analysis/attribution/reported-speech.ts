import type { Entity } from '../speakers/speaker-entity.ts'
import type { SpeakerRegistry } from '../speakers/speakers.ts'
import type { AnalysisContext } from '../text/context.ts'
import { bulletEnd } from '../text/paragraph-marks.ts'
import { isCapitalized, type Token } from '../text/tokens.ts'
import type { ClaimRule } from '../text/rules.ts'
import { readBeliefClaim } from './belief-claim.ts'
import type { SentenceClaims } from './claim-context.ts'
import { makeDraft, type DraftSpan } from './claim-span.ts'
import type { ClaimDraft } from './claims.ts'
import { introducedInterviewee, labelledPerson } from './interview.ts'
import { isListItem, readListIntro, type SpeechList } from './speech-list.ts'
import type { Transcript, Turn } from '../text/transcript.ts'

/** A claim of the sentence loop: its draft, its speaker, and the sentence it lies in. */
export interface LoopClaim {
  draft: ClaimDraft
  entity: Entity | null
  sentence: number
}

/** How many paragraphs a speaker's view may run on after their last claim ("She believes …" in the next one). */
const CHAIN_PARAGRAPHS = 1

/**
 * Reported speech that spans paragraphs, read alongside the sentence loop of findAttribution:
 *
 * - `list-item-after-colon`: "McAllister said:" (or "Among the points she made:") then items, marked ("- …",
 *   "1. …") or one-line sentences of reported speech ("Britain should …"): each item is a claim of that speaker,
 *   until a paragraph that is no item (narration, another speaker's attribution).
 * - `answer-in-interview`: in a Q&A transcript (text/transcript.ts), each paragraph of an answer is a claim of the
 *   interviewee (named in the introduction, or by the answer's label); what the answer quotes of others is part
 *   of it. Questions are no claims, but "You said …" in a question is the interviewee's.
 * - `pronoun-continues-speaker`: "She believes …", "He is sure that …", "She would …" (belief-claim.ts) right
 *   after a claim of the speaker the pronoun resolves to, in the same paragraph or the next, with nobody else
 *   named in between.
 *
 * State runs in document order; every paragraph is read once, so the whole is linear in the text.
 */
export class ReportedSpeech {
  private readonly turns = new Map<number, { transcript: Transcript; turn: Turn }>()
  private readonly interviewees = new Map<Transcript, Entity | null>()
  private list: SpeechList | null = null
  /** The speaker of the last claim, with the paragraph and sentence of that claim. */
  private chain: { entity: Entity; paragraph: number; sentence: number } | null = null

  constructor(
    private readonly context: AnalysisContext,
    private readonly registry: SpeakerRegistry,
    private readonly found: SentenceClaims[],
  ) {
    for (const transcript of context.transcripts)
      for (const [p, turn] of transcript.turns) this.turns.set(p, { transcript, turn })
  }

  /** A sentence without a cue that carries on the last speaker's view ("She believes …"), or null. */
  continuation(si: number): LoopClaim | null {
    const { sentences, tokens, quotes, doc } = this.context
    const chain = this.chain
    const paragraph = sentences[si]?.paragraph ?? -1
    if (!chain || paragraph - chain.paragraph > CHAIN_PARAGRAPHS || this.turns.has(paragraph)) return null
    const belief = readBeliefClaim(tokens[si] as Token[], quotes, doc.text)
    if (!belief || this.registry.resolvePronoun(belief.pronoun) !== chain.entity) return null
    // Nobody else named since the speaker's last claim. Looked at only here, for the few sentences that read as
    // a belief: the sentences between span at most CHAIN_PARAGRAPHS + 1 paragraphs.
    for (let k = chain.sentence + 1; k < si; k++)
      if (this.namesOther(tokens[k] ?? [], chain.entity)) return null
    return { draft: drafted(belief.draft, 'pronoun-continues-speaker'), entity: chain.entity, sentence: si }
  }

  /** After each sentence: its claims carry the chain on; a frame of someone else breaks it. */
  noteSentence(si: number, claims: LoopClaim[]): void {
    const paragraph = this.context.sentences[si]?.paragraph ?? -1
    const chain = this.chain
    if (chain && (this.found[si]?.speakers ?? []).some((e) => e && e !== chain.entity)) this.chain = null
    for (const c of claims) this.chain = c.entity ? { entity: c.entity, paragraph, sentence: si } : null
  }

  private namesOther(tokens: Token[], entity: Entity): boolean {
    return tokens.some(
      (t) =>
        t.kind === 'word' &&
        t.quote < 0 &&
        isCapitalized(t.text) &&
        this.registry.namesOtherPerson(t.lower, t.start, entity),
    )
  }

  /**
   * The claims of paragraph `p` (sentences `from` to `to`, exclusive), given what its sentences found on their
   * own: those claims, or an item's or an answer's claim in their place. Updates `found` to match.
   */
  closeParagraph(p: number, from: number, to: number, own: LoopClaim[]): LoopClaim[] {
    const para = this.context.doc.paragraphs[p]
    if (!para || from >= to) return own
    const words = this.context.doc.text.slice(para.start, para.end)
    const at = this.turns.get(p)
    let out = own
    if (at) out = this.turnClaims(at.transcript, at.turn, from, to, own)
    else if (
      this.list &&
      isListItem(this.list, words, this.sentencesOf(from, to), this.context.quotes, this.context.doc.text)
    ) {
      this.list.bulleted ??= bulletEnd(words) > 0
      this.list.items++
      const draft = this.paragraphDraft(from, to, para.start + bulletEnd(words))
      if (draft)
        out = [
          {
            draft: { ...drafted(draft, 'list-item-after-colon'), cue: this.list.cue },
            entity: this.list.entity,
            sentence: from,
          },
        ]
    } else {
      const last = to - 1
      const intro = readListIntro(
        words,
        this.context.tokens[last] as Token[],
        this.found[last] as SentenceClaims,
        this.registry,
      )
      this.list = intro && { ...intro, bulleted: null, items: 0 }
      if (this.list) this.registry.noteSubject(this.list.entity)
    }
    if (out !== own) {
      for (let si = from; si < to; si++) {
        const f = this.found[si]
        if (f) f.claims = out.filter((c) => c.sentence === si)
      }
      for (const c of out) if (c.entity) this.chain = { entity: c.entity, paragraph: p, sentence: to - 1 }
    }
    return out
  }

  private turnClaims(
    transcript: Transcript,
    turn: Turn,
    from: number,
    to: number,
    own: LoopClaim[],
  ): LoopClaim[] {
    if (turn.role === 'answer') {
      const entity = turn.answerer
        ? labelledPerson(turn.answerer, turn.start, this.registry)
        : this.intervieweeOf(transcript)
      const draft = entity && this.paragraphDraft(from, to, turn.start)
      if (!entity || !draft) return own
      return [{ draft: { ...drafted(draft, 'answer-in-interview'), direct: true }, entity, sentence: from }]
    }
    // A question asks, it claims nothing ("What will you ask the ministers for?"); but what it reports does:
    // "Your critics say …", and "You said in May that …", in which "you" is the one who answers.
    const asked = own.filter((c) => !this.isQuestion(c.sentence))
    const answerer =
      transcript.labels === 'qa' ? this.intervieweeOf(transcript) : this.firstAnswerer(transcript)
    if (!answerer) return asked
    return asked.map((c) => (c.entity === null && this.isYou(c) ? { ...c, entity: answerer } : c))
  }

  private intervieweeOf(transcript: Transcript): Entity | null {
    if (!this.interviewees.has(transcript))
      this.interviewees.set(
        transcript,
        introducedInterviewee(this.context, transcript.first, this.found, this.registry),
      )
    return this.interviewees.get(transcript) ?? null
  }

  private firstAnswerer(transcript: Transcript): Entity | null {
    for (const turn of transcript.turns.values())
      if (turn.answerer) return labelledPerson(turn.answerer, turn.start, this.registry)
    return null
  }

  private isYou(c: LoopClaim): boolean {
    const frame = this.found[c.sentence]?.frames[c.draft.frame]
    return frame?.subject?.np.kind === 'pronoun' && frame.subject.np.words[0] === 'you'
  }

  private isQuestion(si: number): boolean {
    const toks = this.context.tokens[si] ?? []
    for (let k = toks.length - 1; k >= 0 && k >= toks.length - 3; k--) if (toks[k]?.text === '?') return true
    return false
  }

  private sentencesOf(from: number, to: number) {
    const out: { tokens: Token[]; found: SentenceClaims }[] = []
    for (let si = from; si < to; si++)
      out.push({ tokens: this.context.tokens[si] as Token[], found: this.found[si] as SentenceClaims })
    return out
  }

  /** The words of sentences `from` to `to` (exclusive) from offset `start` on, trimmed as any claim is. */
  private paragraphDraft(from: number, to: number, start: number): DraftSpan | null {
    const { tokens, quotes, doc } = this.context
    const first = tokens[from] as Token[]
    const k = first.findIndex((t) => t.start >= start)
    if (k < 0) return null
    const head = makeDraft(first, quotes, doc.text, k, first.length, false)
    if (to - from === 1 || !head) return head
    const lastTokens = tokens[to - 1] as Token[]
    const tail = makeDraft(lastTokens, quotes, doc.text, 0, lastTokens.length, false)
    if (!tail) return head
    return { ...head, span: { start: head.span.start, end: tail.span.end }, direct: false }
  }
}

/** A span made a claim draft of a rule that no frame of the sentence made. */
function drafted(d: DraftSpan, rule: ClaimRule): ClaimDraft {
  return { ...d, frame: -1, cue: null, rule }
}
