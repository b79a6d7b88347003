import type { ClaimDraft } from './claims.ts'
import type { Frame } from './frame.ts'
import type { MentionDraft } from '../speakers/mentions.ts'
import type { Entity } from '../speakers/speaker-entity.ts'
import type { SpeakerRegistry } from '../speakers/speakers.ts'
import { isCapitalized, type Token } from '../text/tokens.ts'

/** How far back a pronoun inside another speaker's claim looks for its antecedent, in tokens. */
const ANTECEDENT_WINDOW = 80

/**
 * The speaker of every frame of a sentence, in order. A participle inherits the speaker of the frame before
 * it; a pronoun resolves to a person named earlier in the same sentence when it sits inside another speaker's
 * claim, else to the last fitting speaker. Pronoun and description subjects are recorded in `mentions`.
 */
export function resolveFrames(
  frames: Frame[],
  drafts: ClaimDraft[],
  tokens: Token[],
  text: string,
  registry: SpeakerRegistry,
  mentions: MentionDraft[],
): (Entity | null)[] {
  const resolved: (Entity | null)[] = []
  const byFrame = new Map<number, ClaimDraft[]>()
  for (const d of drafts) byFrame.set(d.frame, [...(byFrame.get(d.frame) ?? []), d])
  let latest: Entity | null = null
  frames.forEach((f, i) => {
    const inherited = f.kind === 'participle' ? latest : null
    if (inherited || !f.subject) {
      resolved.push(inherited)
      return
    }
    const { np, role } = f.subject
    let entity: Entity | null
    if (np.kind === 'pronoun') {
      // A claim that holds this cue belongs to a neighbouring frame: the one before it or the tail after it.
      const near = [i - 2, i - 1, i + 1, i + 2].flatMap((j) => byFrame.get(j) ?? [])
      const nested = near.some((d) => d.from <= f.cueIndex && f.cueIndex < d.to)
      entity =
        (nested ? antecedentInSentence(tokens, f.subject.first, registry) : undefined) ??
        registry.resolvePronoun(np.name)
    } else {
      entity = registry.resolve(np, np.span.start, role ? text.slice(role.start, role.end) : null)
    }
    if (
      entity &&
      (np.kind === 'pronoun' ||
        np.kind === 'title-ref' ||
        np.kind === 'org-ref' ||
        np.kind === 'unnamed' ||
        np.kind === 'group')
    )
      mentions.push({
        start: np.span.start,
        end: np.span.end,
        entity,
        rule:
          np.kind === 'pronoun' ? 'pronoun' : np.kind === 'group' ? 'group-subject' : 'definite-description',
      })
    if (entity) registry.noteSubject(entity)
    resolved.push(entity)
    latest = entity ?? latest
  })
  return resolved
}

/** "Wang's remarks …, as he stressed that …": the nearest person named before the pronoun in the same sentence. */
function antecedentInSentence(
  tokens: Token[],
  before: number,
  registry: SpeakerRegistry,
): Entity | undefined {
  for (let k = before - 1; k >= 0 && before - k <= ANTECEDENT_WINDOW; k--) {
    const t = tokens[k] as Token
    if (t.kind !== 'word' || t.quote >= 0 || !isCapitalized(t.text)) continue
    const person = registry.personNamedBy(t.lower)
    if (person) return person
  }
  return undefined
}
