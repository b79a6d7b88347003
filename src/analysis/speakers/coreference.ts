import { countryOf } from '../lexicon/demonyms.ts'
import { GROUP_MODIFIERS } from '../lexicon/groups.ts'
import { FEMALE_TITLES, MALE_TITLES, singular } from '../lexicon/titles.ts'

/** Helpers that decide when two ways of naming a speaker name the same one. */

const FILLER = new Set(['of', 'the', 'and', "'s", '’s'])

/**
 * A key for organization and group names that ignores word order, number, articles and demonym/country
 * ("Kazakh authorities" = "Kazakhstan authority"; "Interior Ministry of Kazakhstan" = "Kazakhstan Interior Ministry").
 */
export function nameKeyWords(words: string[], dropQuantifiers: boolean): string[] {
  const out: string[] = []
  for (const w of words) {
    if (FILLER.has(w)) continue
    if (dropQuantifiers && GROUP_MODIFIERS.has(w) && /^(some|many|several|most|few|other)$/.test(w)) continue
    out.push(countryOf(w) ?? singular(w))
  }
  return out.sort()
}

/** True when every word of `part` is in `whole` (both keys from nameKeyWords). */
export function isSubKey(part: string[], whole: string[]): boolean {
  const set = new Set(whole)
  return part.length > 0 && part.every((w) => set.has(w))
}

/** A description such as "the Chinese Foreign Minister", split into countries and title words. */
export interface TitleQuery {
  countries: Set<string>
  title: string[]
}

export function titleQuery(words: string[]): TitleQuery {
  const countries = new Set<string>()
  const title: string[] = []
  for (const w of words) {
    const c = countryOf(w)
    if (c) countries.add(c)
    else title.push(w)
  }
  return { countries, title }
}

const splitWords = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}.'’-]+/u)
    .filter(Boolean)

/** Does a speaker with this role (and name) fit the description? The title words must appear in order. */
export function fitsTitle(query: TitleQuery, role: string | null, name: string): boolean {
  if (!role || query.title.length === 0) return false
  const words = splitWords(role)
  if (!containsRun(words, query.title)) return false
  if (query.countries.size === 0) return true
  const own = new Set([...words, ...splitWords(name)].map((w) => countryOf(w)).filter((c) => c !== undefined))
  return [...query.countries].every((c) => own.has(c))
}

function containsRun(words: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let k = 0; k < run.length; k++) if (words[i + k] !== run[k]) continue outer
    return true
  }
  return false
}

/** 'm' or 'f' when a title says so ("Mr.", "spokeswoman"), else null. */
export function genderOfRole(role: string | null): 'm' | 'f' | null {
  if (!role) return null
  for (const w of splitWords(role)) {
    if (MALE_TITLES.has(w)) return 'm'
    if (FEMALE_TITLES.has(w)) return 'f'
  }
  return null
}
