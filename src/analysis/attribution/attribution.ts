import type { Claim, Speaker, SpeakerMention } from '../../model/annotated-article.ts'
import { contextClaims, type SentenceClaims } from './claim-context.ts'
import { draftClaims, draftQuoteOnly, toClaim, type ClaimDraft } from './claims.ts'
import { detectFrames } from './frames.ts'
import { ReportedSpeech, type LoopClaim } from './reported-speech.ts'
import { resolveFrames } from './frame-speakers.ts'
import { findMentions, type MentionDraft } from '../speakers/mentions.ts'
import { NameIndex } from '../speakers/name-index.ts'
import type { AnalysisContext } from '../text/context.ts'
import type { Entity } from '../speakers/speaker-entity.ts'
import { SpeakerRegistry } from '../speakers/speakers.ts'
import { isCapitalized, type Token } from '../text/tokens.ts'

export interface Attribution {
  speakers: Speaker[]
  mentions: SpeakerMention[]
  claims: Claim[]
}

/**
 * Who says what: finds the claims of the article, the speakers who make them (people, organizations, groups;
 * only those with at least one claim) and every mention of those speakers. Works sentence by sentence in
 * document order, so a pronoun resolves to the speaker before it. Linear in the text length.
 */
export function findAttribution(context: AnalysisContext): Attribution {
  const { doc, sentences, quotes, tokens, ids } = context
  const registry = new SpeakerRegistry(new NameIndex(tokens, doc.text))
  const found: { draft: ClaimDraft; entity: Entity | null }[] = []
  const bySentence: SentenceClaims[] = []
  const subjectMentions: MentionDraft[] = []
  const speech = new ReportedSpeech(context, registry, bySentence)
  let last: { entity: Entity; sentence: number } | null = null
  /**
   * The frames, claims and speakers of one sentence. A sentence whose reading throws (a bug that some character
   * of it triggers) counts as one without attribution: it must not take the rest of the article down with it.
   */
  const readSentence = (toks: Token[]) => {
    try {
      const frames = detectFrames(toks, doc.text)
      const drafts = draftClaims(frames, toks, quotes, doc.text)
      const entities = resolveFrames(frames, drafts, toks, doc.text, registry, subjectMentions)
      return { frames, drafts, entities }
    } catch (error) {
      context.onError?.('attribution', error)
      return { frames: [], drafts: [], entities: [] }
    }
  }

  // The claims of the paragraph being read: the paragraph as a whole may replace them (a list item, an answer).
  let pending: LoopClaim[] = []
  let paragraph = -1
  let paragraphStart = 0
  const closeParagraph = (end: number) => {
    if (paragraph < 0) return
    let claims = pending
    try {
      claims = speech.closeParagraph(paragraph, paragraphStart, end, pending)
    } catch (error) {
      context.onError?.('attribution', error)
    }
    for (const { draft, entity, sentence } of claims) {
      found.push({ draft, entity })
      if (!entity) continue
      registry.countClaim(entity, draft.span.start)
      last = { entity, sentence }
    }
    pending = []
  }
  const claim = (c: LoopClaim, here: SentenceClaims) => {
    pending.push(c)
    here.claims.push(c)
    if (!c.entity) return
    registry.noteSubject(c.entity)
    last = { entity: c.entity, sentence: c.sentence }
  }

  sentences.forEach((sentence, si) => {
    if (sentence.paragraph !== paragraph) {
      closeParagraph(si)
      paragraph = sentence.paragraph
      paragraphStart = si
    }
    const toks = tokens[si] as Token[]
    const { frames, drafts, entities } = readSentence(toks)
    const here: SentenceClaims = { framed: frames.length > 0, frames, speakers: entities, claims: [] }
    bySentence.push(here)
    for (const draft of drafts) claim({ draft, entity: entities[draft.frame] ?? null, sentence: si }, here)
    if (frames.length === 0) {
      // Before the names of the sentence are noted: "She believes Smith …" is still about the speaker before.
      const belief = speech.continuation(si)
      if (belief) claim(belief, here)
      noteNamedPerson(toks, registry)
    }
    if (frames.length === 0 && last && here.claims.length === 0) {
      const sameParagraph = sentences[last.sentence]?.paragraph === sentence.paragraph
      const quote = sameParagraph || last.sentence === si - 1 ? draftQuoteOnly(toks, quotes, doc.text) : null
      if (quote) claim({ draft: quote, entity: last.entity, sentence: si }, here)
    }
    speech.noteSentence(
      si,
      pending.filter((c) => c.sentence === si),
    )
  })
  closeParagraph(sentences.length)

  for (const c of contextClaims(sentences, tokens, bySentence, quotes, doc.text)) {
    found.push(c)
    registry.noteLateClaim(c.entity, c.draft.span.start)
  }

  const speakers = registry.speakers()
  const idOf = new Map(speakers.map((s) => [s.entity, s.speaker.id]))
  const claims = found
    .sort((a, b) => a.draft.span.start - b.draft.span.start || b.draft.span.end - a.draft.span.end)
    .map(({ draft, entity }) => toClaim(draft, entity ? (idOf.get(entity) ?? null) : null, doc.text, ids))
  const drafts = mergeMentions(
    findMentions(
      tokens,
      speakers.map((s) => s.entity),
    ),
    subjectMentions.filter((m) => idOf.has(m.entity)),
  )
  const mentions = drafts.map((m): SpeakerMention => {
    const words = doc.text.slice(m.start, m.end)
    return {
      id: ids.next('speaker', words),
      layer: 'speaker',
      start: m.start,
      end: m.end,
      rule: m.rule,
      speakerId: idOf.get(m.entity) ?? '',
    }
  })
  const aliases = aliasesOf(drafts, doc.text)
  return {
    speakers: speakers.map((s) => ({
      ...s.speaker,
      aliases: aliases.get(s.entity)?.filter((a) => a.toLowerCase() !== s.entity.name.toLowerCase()) ?? [],
    })),
    mentions,
    claims,
  }
}

/**
 * "For Ms. Simmons, the changes came too late. She said …": a known person named in a sentence without a claim
 * becomes the most recent person, so the next pronoun resolves to them.
 */
function noteNamedPerson(tokens: Token[], registry: SpeakerRegistry): void {
  for (const t of tokens) {
    if (t.kind !== 'word' || t.quote >= 0 || !isCapitalized(t.text)) continue
    const person = registry.personNamedBy(t.lower)
    if (person) {
      registry.noteSubject(person)
      return
    }
  }
}

/** Name matches first; a subject mention only where no name match already covers the text. */
function mergeMentions(names: MentionDraft[], subjects: MentionDraft[]): MentionDraft[] {
  const all = [...names, ...subjects].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: MentionDraft[] = []
  for (const m of all) {
    const prev = out.at(-1)
    if (!prev || m.start >= prev.end) out.push(m)
  }
  return out
}

/** Every form the article uses for each speaker, in order of first use; pronouns are not names. */
function aliasesOf(mentions: MentionDraft[], text: string): Map<Entity, string[]> {
  const out = new Map<Entity, string[]>()
  for (const m of mentions) {
    if (m.rule === 'pronoun') continue
    const form = text.slice(m.start, m.end).replace(/^The /, 'the ')
    const list = out.get(m.entity) ?? []
    if (!list.includes(form)) list.push(form)
    out.set(m.entity, list)
  }
  return out
}
