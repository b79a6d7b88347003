import type { Speaker } from '../../model/annotated-article.ts'
import { genderOfRole } from './coreference.ts'
import { GROUP_NOUNS } from '../lexicon/groups.ts'
import type { NounPhrase } from './noun-phrase.ts'

/** A speaker while the article is read: everything the later passes need to find its other mentions. */
export interface Entity {
  key: string
  name: string
  kind: Speaker['kind']
  role: string | null
  gender: 'm' | 'f' | null
  /** Lower-cased words of the name (people) or of the name key (organizations, groups). */
  words: string[]
  /** Single words used for a person: "Wang" for Wang Yi. */
  shortForms: Set<string>
  /** Surface forms used at attributions, lower-cased and without articles: "kazakhstan authority". */
  forms: Set<string>
  claims: number
  firstClaim: number
  lastClaim: number
}

export function newEntity(
  key: string,
  name: string,
  kind: Speaker['kind'],
  role: string | null,
  words?: string[],
): Entity {
  role = roleText(role)
  return {
    key,
    name,
    kind,
    role,
    gender: genderOfRole(role),
    words: words ?? name.toLowerCase().split(/\s+/),
    shortForms: new Set(),
    forms: new Set(),
    claims: 0,
    firstClaim: -1,
    lastClaim: -1,
  }
}

/** "Observers" at the start of a sentence is the group "observers"; "Western officials" keeps its capital. */
export function displayName(np: NounPhrase): string {
  if (np.kind === 'organization') return np.name
  const first = np.name.split(' ')[0] ?? ''
  const lower = first.toLowerCase()
  const common =
    GROUP_NOUNS.has(lower) || ['some', 'many', 'several', 'local', 'senior', 'other'].includes(lower)
  return common ? lower + np.name.slice(first.length) : np.name
}

/** A role as a label: "an associate research fellow" -> "associate research fellow"; the rest is kept. */
export function roleText(role: string | null): string | null {
  if (role === null) return null
  const bare = role.replace(/^(?:a|an|the)\s+/i, '')
  return bare.length > 0 ? bare : null
}
