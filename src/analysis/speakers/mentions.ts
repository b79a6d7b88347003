import type { Span } from '../../model/span.ts'
import { fitsTitle, titleQuery } from './coreference.ts'
import { HONORIFICS, TITLE_WORDS } from '../lexicon/titles.ts'
import { speechVerb } from '../lexicon/speech-verbs.ts'
import { NAME_PARTICLES } from './name-joiners.ts'
import type { Entity } from './speaker-entity.ts'
import { isCapitalized, withoutPossessive, type Token } from '../text/tokens.ts'
import type { MentionRule } from '../text/rules.ts'

/** A place in the text that names a speaker, before it gets an id. */
export interface MentionDraft extends Span {
  entity: Entity
  rule: MentionRule
}

interface Pattern {
  words: string[]
  entity: Entity
  short: boolean
}

/**
 * Finds every mention of the speakers in the text: full names, the short forms used for them ("Wang",
 * "President Xi"), the forms used for organizations and groups, and definite descriptions that fit a
 * speaker's role ("the Chinese Foreign Minister"). One pass over the tokens.
 */
export function findMentions(sentences: Token[][], entities: Entity[]): MentionDraft[] {
  const patterns = buildPatterns(entities)
  const lastSeen = new Map<Entity, number>()
  const out: MentionDraft[] = []
  const persons = entities.filter((e) => e.kind === 'person' && e.role !== null)
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token
      if (t.kind !== 'word') continue
      const found = matchName(tokens, i, patterns.get(withoutPossessive(t.lower)) ?? [], lastSeen)
      if (found) {
        out.push(found.mention)
        lastSeen.set(found.mention.entity, found.mention.start)
        i = found.next - 1
        continue
      }
      if (t.lower === 'the' && persons.length > 0) {
        const ref = matchTitle(tokens, i, persons, lastSeen)
        if (ref) {
          out.push(ref.mention)
          lastSeen.set(ref.mention.entity, ref.mention.start)
          i = ref.next - 1
        }
      }
    }
  }
  return out
}

function buildPatterns(entities: Entity[]): Map<string, Pattern[]> {
  const map = new Map<string, Pattern[]>()
  const add = (words: string[], entity: Entity, short: boolean): void => {
    const key = words[0]
    if (!key) return
    const list = map.get(key) ?? []
    if (!list.some((p) => p.entity === entity && p.words.join(' ') === words.join(' ')))
      list.push({ words, entity, short })
    list.sort((a, b) => b.words.length - a.words.length)
    map.set(key, list)
  }
  for (const e of entities) {
    // A group noun ("experts", "officials") names whoever the sentence is about, not the group that spoke:
    // its mentions are the subjects of its claims only (see frame-speakers.ts).
    if (e.kind === 'group') continue
    if (e.kind === 'person') {
      const words = e.name.toLowerCase().split(/\s+/)
      add(words, e, false)
      const last = words.at(-1)
      if (last && e.name.includes(' ')) add([last], e, true)
      // "von der Leyen", "de la Cruz": the surname with its particles, as the article shortens the name.
      const particle = words.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w))
      if (particle > 0 && particle < words.length - 1) add(words.slice(particle), e, true)
      for (const s of e.shortForms) add([s], e, true)
    } else {
      add(e.name.toLowerCase().split(/\s+/), e, false)
      for (const f of e.forms) add(f.split(' '), e, false)
    }
  }
  return map
}

function matchName(
  tokens: Token[],
  i: number,
  candidates: Pattern[],
  lastSeen: Map<Entity, number>,
): { mention: MentionDraft; next: number } | null {
  // Candidates are sorted longest first; among equally long matches the most recently mentioned speaker wins.
  let pick: Pattern | undefined
  for (const p of candidates) {
    if (pick && p.words.length < pick.words.length) break
    if (!matches(tokens, i, p.words)) continue
    if (!pick || (lastSeen.get(p.entity) ?? -1) > (lastSeen.get(pick.entity) ?? -1)) pick = p
  }
  if (!pick) return null
  const longest = pick.words.length
  let start = (tokens[i] as Token).start
  const last = tokens[i + longest - 1] as Token
  if (pick.short) {
    const next = tokens[i + longest]
    const prev = tokens[i - 1]
    // "Wang" inside "Wang Wenbin" or "Kevin Wang" names somebody else.
    if (next?.kind === 'word' && isCapitalized(next.text) && !speechVerb(next.lower)) return null
    const honorific = prev?.kind === 'word' && isCapitalized(prev.text) && HONORIFICS.has(prev.lower)
    if (
      prev?.kind === 'word' &&
      isCapitalized(prev.text) &&
      i > 0 &&
      !honorific &&
      !isFunctionWord(prev.lower)
    )
      return null
    if (honorific && prev) start = prev.start
  }
  const end = last.end - (last.text.length - withoutPossessive(last.text).length)
  const rule = pick.short ? 'short-name' : pick.entity.kind === 'person' ? 'full-name' : 'name'
  return { mention: { start, end, entity: pick.entity, rule }, next: i + longest }
}

const isFunctionWord = (w: string): boolean =>
  ['the', 'in', 'on', 'but', 'and', 'as', 'after', 'while', 'when', 'with', 'for', 'to'].includes(w)

function matches(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k]
    if (!t || t.kind !== 'word') return false
    if (withoutPossessive(t.lower) !== words[k]) return false
  }
  return true
}

/** "the Kazakh foreign minister", "The president's": a title that fits one speaker's role. */
function matchTitle(
  tokens: Token[],
  i: number,
  persons: Entity[],
  lastSeen: Map<Entity, number>,
): { mention: MentionDraft; next: number } | null {
  let head = -1
  for (let k = i + 1; k < i + 6; k++) {
    const t = tokens[k]
    if (!t || t.kind !== 'word' || t.quote !== (tokens[i] as Token).quote) return null
    if (TITLE_WORDS.has(withoutPossessive(t.lower))) {
      head = k
      if (!TITLE_WORDS.has(tokens[k + 1]?.lower ?? '')) break
    }
  }
  if (head < 0) return null
  const after = tokens[head + 1]
  if (after?.kind === 'word' && isCapitalized(after.text)) return null
  const words = tokens.slice(i + 1, head + 1).map((t) => withoutPossessive(t.lower))
  const query = titleQuery(words)
  const fits = persons.filter((e) => fitsTitle(query, e.role, e.name))
  const seen = fits.filter((e) => lastSeen.has(e))
  const pick =
    seen.length > 0
      ? seen.reduce((a, b) => ((lastSeen.get(b) ?? 0) > (lastSeen.get(a) ?? 0) ? b : a))
      : fits.length === 1
        ? fits[0]
        : undefined
  if (!pick) return null
  const last = tokens[head] as Token
  const end = last.end - (last.text.length - withoutPossessive(last.text).length)
  return {
    mention: { start: (tokens[i] as Token).start, end, entity: pick, rule: 'title-reference' },
    next: head + 1,
  }
}
