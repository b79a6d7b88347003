import type { Speaker } from '../../model/annotated-article.ts'
import { genderOfRole, fitsTitle, isSubKey, nameKeyWords, titleQuery } from './coreference.ts'
import { displayName, newEntity, roleText, type Entity } from './speaker-entity.ts'
import { slugify } from '../text/ids.ts'
import { COMPANY_NOUNS, singular } from '../lexicon/titles.ts'
import type { NameIndex } from './name-index.ts'
import type { NounPhrase } from './noun-phrase.ts'
import { withoutPossessive } from '../text/tokens.ts'

const HONORIFIC_ONLY = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'mx.',
  'miss',
  'dr.',
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'prof.',
])

/**
 * Resolves the phrases that introduce claims to speakers: "Wang" to Wang Yi, "the Chinese Foreign Minister"
 * to the person with that role, "Kazakhstan authority" to Kazakh authorities, "he" to the last fitting speaker.
 */
export class SpeakerRegistry {
  private readonly byKey = new Map<string, Entity>()
  /** Most recent speaker first; what pronouns resolve against. */
  private recent: Entity[] = []

  constructor(private readonly index: NameIndex) {}

  resolve(np: NounPhrase, at: number, role: string | null): Entity | null {
    switch (np.kind) {
      case 'person':
        return this.person(np, at, role)
      case 'organization':
        return this.collective(np)
      case 'group':
        return np.members ? this.pair(np, at) : this.collective(np)
      case 'org-ref':
        return this.organizationRef(np, at)
      case 'title-ref':
        return this.titleRef(np, at)
      case 'unnamed':
        return this.get(`u:${np.name.toLowerCase()}`, np.name, 'person', np.role)
      case 'pronoun':
        return null
    }
  }

  /** he/she: the last person who spoke (of that gender, when known); they: a group or organization; it: an organization. */
  resolvePronoun(pronoun: string): Entity | null {
    const p = pronoun.toLowerCase()
    const gender = p === 'he' ? 'm' : p === 'she' ? 'f' : null
    const found = this.recent.find((e) => {
      if (p === 'he' || p === 'she') return e.kind === 'person' && (e.gender === null || e.gender === gender)
      if (p === 'they') return e.kind !== 'person'
      return p === 'it' && e.kind === 'organization'
    })
    if (found && gender && found.gender === null) found.gender = gender
    return found ?? null
  }

  /** The known person a capitalised word names ("Wang" in "Wang's remarks"), most recent speaker first. */
  personNamedBy(word: string): Entity | undefined {
    const w = withoutPossessive(word).toLowerCase()
    return this.recent.find((e) => e.kind === 'person' && (e.shortForms.has(w) || e.words.includes(w)))
  }

  /** Does this capitalised word name a person of the article (a speaker or not) other than `e`? */
  namesOtherPerson(word: string, at: number, e: Entity): boolean {
    const w = withoutPossessive(word).toLowerCase()
    if (e.words.includes(w) || e.shortForms.has(w)) return false
    return this.index.findPerson(w, at) !== undefined || this.personNamedBy(w) !== undefined
  }

  noteClaim(e: Entity, at: number): void {
    this.countClaim(e, at)
    this.noteSubject(e)
  }

  /** Counts a claim made at `at` without changing what a pronoun refers to (claims are counted in order). */
  countClaim(e: Entity, at: number): void {
    if (e.claims === 0) e.firstClaim = at
    e.claims++
    e.lastClaim = at
  }

  /** A claim found after the sentence loop (from its paragraph): counts, but changes no pronoun's referent. */
  noteLateClaim(e: Entity, at: number): void {
    e.firstClaim = e.claims === 0 ? at : Math.min(e.firstClaim, at)
    e.lastClaim = Math.max(e.lastClaim, at)
    e.claims++
  }

  /** The subject of a reporting verb is what a later pronoun refers to, even when its verb made no claim. */
  noteSubject(e: Entity): void {
    if (this.recent[0] !== e) this.recent = [e, ...this.recent.filter((r) => r !== e)]
  }

  /** Entities that made at least one claim, in order of their first claim, with their speaker ids. */
  speakers(): { entity: Entity; speaker: Speaker }[] {
    const used = new Set<string>()
    return [...this.byKey.values()]
      .filter((e) => e.claims > 0)
      .sort((a, b) => a.firstClaim - b.firstClaim)
      .map((entity) => {
        let id = slugify(entity.name)
        for (let n = 2; used.has(id); n++) id = `${slugify(entity.name)}-${n}`
        used.add(id)
        return {
          entity,
          speaker: { id, name: entity.name, kind: entity.kind, role: entity.role, aliases: [] },
        }
      })
  }

  private person(np: NounPhrase, at: number, role: string | null): Entity {
    const words = np.name.split(/\s+/).map(withoutPossessive)
    if (words.length === 1 && np.role === null && role === null) {
      // "Google said": a lone capitalised word that is nobody's name in the article is an organization.
      const w = (words[0] ?? '').toLowerCase()
      const known = this.recent.find((e) => e.kind === 'person' && (e.words[0] === w || e.words.at(-1) === w))
      if (!known && !this.index.findPerson(w, at)) {
        const org = this.index.findOrganizationByWord(w, at)
        if (org) return this.organizationEntry(org)
        return this.collective({ ...np, kind: 'organization' })
      }
    }
    const honorific = np.role !== null && HONORIFIC_ONLY.has(np.role.toLowerCase())
    const ownRole = role ?? (honorific ? null : np.role)
    let entity: Entity
    const lower = words.map((w) => w.toLowerCase())
    // "Von der Leyen", "de la Cruz": a surname of several words after the full name was given.
    const fuller =
      words.length >= 2
        ? this.recent.find(
            (e) =>
              e.kind === 'person' &&
              e.words.length > lower.length &&
              lower.every((w, i) => e.words[e.words.length - lower.length + i] === w),
          )
        : undefined
    if (fuller) entity = fuller
    else if (words.length >= 2)
      entity = this.get(`p:${words.join(' ').toLowerCase()}`, words.join(' '), 'person', ownRole)
    else {
      const w = (words[0] ?? '').toLowerCase()
      const known = this.recent.find((e) => e.kind === 'person' && (e.words[0] === w || e.words.at(-1) === w))
      const entry = known ? undefined : this.index.findPerson(w, at)
      const name = known?.name ?? entry?.name ?? words[0] ?? ''
      entity = known ?? this.get(`p:${name.toLowerCase()}`, name, 'person', ownRole)
      entity.shortForms.add(w)
    }
    entity.role ??= roleText(ownRole ?? this.index.roleOf(entity.name))
    entity.gender ??= genderOfRole(np.role) ?? genderOfRole(entity.role)
    return entity
  }

  private collective(np: NounPhrase): Entity {
    const kind = np.kind === 'group' ? 'group' : 'organization'
    const key = nameKeyWords(np.words, kind === 'group')
    const prefix = kind === 'group' ? 'g:' : 'o:'
    const exact = this.byKey.get(prefix + key.join(' '))
    const wider = exact ?? this.recent.find((e) => e.key.startsWith(prefix) && isSubKey(key, e.words))
    const entity = wider ?? this.get(prefix + key.join(' '), displayName(np), kind, null, key)
    entity.forms.add(np.words.join(' '))
    return entity
  }

  private organizationRef(np: NounPhrase, at: number): Entity {
    const head = singular(np.words.at(-1) ?? '')
    const known = this.recent.find((e) => e.kind === 'organization' && e.words.includes(head))
    if (known) return known
    // "the company", "the auto parts maker": the company named last before.
    const company = COMPANY_NOUNS.has(head) ? this.index.findOrganization('company', at) : undefined
    const entry = company ?? this.index.findOrganization(head, at)
    if (!entry) return this.collective({ ...np, kind: 'organization' })
    return this.organizationEntry(entry)
  }

  private organizationEntry(entry: { name: string; words: string[] }): Entity {
    const key = nameKeyWords(entry.words, false)
    return (
      this.byKey.get(`o:${key.join(' ')}`) ??
      this.get(`o:${key.join(' ')}`, entry.name.replace(/^the\s+/i, ''), 'organization', null, key)
    )
  }

  /** "Whitaker and Police Chief Omar Haddad": one group named after its members' full names. */
  private pair(np: NounPhrase, at: number): Entity {
    const names = (np.members ?? []).map((m) => {
      const w = withoutPossessive(m)
      return w.includes(' ') ? w : (this.index.findPerson(w.toLowerCase(), at)?.name ?? w)
    })
    const name = names.join(' and ')
    const entity = this.get(`g:${name.toLowerCase()}`, name, 'group', null)
    entity.forms.add(np.words.join(' '))
    return entity
  }

  private titleRef(np: NounPhrase, at: number): Entity {
    const query = titleQuery(np.words)
    const known = this.recent.find((e) => e.kind === 'person' && fitsTitle(query, e.role, e.name))
    if (known) return known
    const candidates = this.index.personsWithRole((role) => fitsTitle(query, role, ''))
    const before = candidates.filter((c) => c.start <= at).at(-1) ?? candidates[0]
    if (before) return this.get(`p:${before.name.toLowerCase()}`, before.name, 'person', before.role)
    return this.get(`u:${np.name.toLowerCase()}`, np.name, 'person', np.role)
  }

  private get(
    key: string,
    name: string,
    kind: Speaker['kind'],
    role: string | null,
    words?: string[],
  ): Entity {
    const found = this.byKey.get(key)
    if (found) return found
    const entity = newEntity(key, name, kind, role, words)
    this.byKey.set(key, entity)
    return entity
  }
}
