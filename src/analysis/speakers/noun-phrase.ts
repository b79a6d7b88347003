import type { Span } from '../../model/span.ts'
import { countryOf } from '../lexicon/demonyms.ts'
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts'
import { AFFILIATION_LINKS, DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/function-words.ts'
import {
  ANONYMOUS_SOURCE_HEADS,
  ANONYMOUS_SOURCE_LINKS,
  GROUP_MODIFIERS,
  GROUP_NOUNS,
} from '../lexicon/groups.ts'
import {
  COMPANY_NAME_HEADS,
  COMPANY_NOUNS,
  INSTITUTION_NAMES,
  MEDIA_WORDS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NAMES,
  TITLE_WORDS,
  singular,
} from '../lexicon/titles.ts'
import { NAME_PARTICLES } from './name-joiners.ts'
import { isCapitalized, withoutPossessive, type Token } from '../text/tokens.ts'

/**
 * What a noun phrase in speaker position is: a named person ("Chinese President Xi Jinping"), an organization,
 * an unnamed group ("observers"), a pronoun, a definite description to resolve ("the Chinese Foreign Minister",
 * "the ministry"), or an unnamed person with a role ("a spokesman for the agency").
 */
export type PhraseKind = 'person' | 'organization' | 'group' | 'pronoun' | 'title-ref' | 'org-ref' | 'unnamed'

export interface NounPhrase {
  kind: PhraseKind
  /** The whole phrase as written. */
  span: Span
  /** The name itself: "Xi Jinping" of "Chinese President Xi Jinping"; the phrase without article otherwise. */
  nameSpan: Span
  name: string
  /** The title before a name ("Chinese President"), or the description of an unnamed person. */
  role: string | null
  /** Lower-cased words of the phrase without articles, for matching. */
  words: string[]
  /** True when a word names a news organization ("BBC News", "local media"). */
  media: boolean
  /** For "Smith and Police Chief Jones": the name of each person of the group, as written. */
  members?: string[]
}

const ANONYMOUS_HEADS = ANONYMOUS_SOURCE_HEADS
/** Words that may follow such a head and describe it. */
const ANONYMOUS_QUALIFIERS = new Set([...ANONYMOUS_SOURCE_LINKS, 'who', 'in', 'at'])
/** "one of the people", "two of the officials": a quantity of a group names the group. */
const PART_OF = new Set([
  'one',
  'two',
  'three',
  'some',
  'many',
  'several',
  'most',
  'each',
  'all',
  'none',
  'another',
])

const PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'on', 'from', 'in'])
const isTitle = (t: Token): boolean => TITLE_WORDS.has(withoutPossessive(t.lower))
const isAcronym = (w: string): boolean => w.length >= 2 && /^[A-Z][A-Z0-9&.-]+$/.test(w)

/** Classifies `tokens` (the candidate phrase, already bounded) or returns null when it cannot be a speaker. */
export function classifyPhrase(tokens: Token[], text: string): NounPhrase | null {
  const all = tokens.filter((t) => t.kind === 'word')
  const first = all[0]
  const last = all.at(-1)
  if (!first || !last || all.length > 14) return null
  const span = { start: first.start, end: last.end }
  if (all.length === 1 && SUBJECT_PRONOUNS.has(first.lower))
    return make('pronoun', span, span, null, all, text)

  // "Rebecca Osei KC", "Tom Hale MP": honours after a name do not make it an acronym of an organization.
  if (
    all.length > 2 &&
    POSTNOMINALS.has(last.text.replace(/\.$/, '')) &&
    isCapitalized(all.at(-2)?.text ?? '')
  ) {
    const person = classifyPhrase(all.slice(0, -1), text)
    if (person?.kind === 'person') return { ...person, span }
  }
  const affiliated = withAffiliation(all, span, text)
  if (affiliated) return affiliated

  let from = 0
  while (from < all.length - 1 && DETERMINERS.has(all[from]?.lower ?? '')) from++
  const body = all.slice(from)
  const definite = from > 0 && all[0]?.lower === 'the'
  const preposition = body.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.lower))
  const head = body[preposition > 0 ? preposition - 1 : body.length - 1] as Token
  const headWord = singular(withoutPossessive(head.lower))
  const bodySpan = { start: (body[0] as Token).start, end: last.end }

  if (PART_OF.has(body[0]?.lower ?? '') && body[1]?.lower === 'of' && body.length > 2) {
    const rest = classifyPhrase(body.slice(2), text)
    if (rest?.kind === 'group') return { ...rest, span }
  }
  const anonymous = anonymousPhrase(body, definite, span, all, text)
  if (anonymous) return anonymous
  // "The report said", "Research published in …": a document is a source (sources/), never a speaker.
  if (
    DOCUMENT_NOUNS.has(headWord) &&
    DOCUMENT_NOUNS.has(head.lower) &&
    (body.length === 1 || !isCapitalized(head.text))
  )
    return null
  const described = describedOrganization(body, span, all, text)
  if (described) return described
  // "Procter & Gamble", "Smith & Jones": names joined by an ampersand are one firm, never two people.
  if (body.some((t) => t.text === '&') && isCapitalized(body[0]?.text ?? '') && isCapitalized(last.text))
    return make('organization', span, bodySpan, null, all, text)
  const pair = conjunction(body, span, all, text)
  if (pair) return pair
  const person = splitTitle(body, text)
  if (person) return make('person', span, person.name, person.role, all, text)
  const capitalized = body.every(
    (t) =>
      isCapitalized(t.text) ||
      PREPOSITIONS.has(t.lower) ||
      NAME_PARTICLES.has(t.lower) ||
      t.lower === 'and' ||
      (/^\d/.test(t.text) && t !== body[0]),
  )
  // "Analysts at Ridgefield Partners", "Scientists at the University of Oxford": a group placed at a body.
  if (preposition > 0 && GROUP_NOUNS.has(head.lower))
    return make('group', span, groupSpan(body), null, all, text)
  const lowerCase = body.every((t) => !isCapitalized(t.text))
  const hasOrgWord = body.some((t) => ORGANIZATION_HEADS.has(t.lower) || INSTITUTION_NAMES.has(t.lower))
  const companyNoun = definite && lowerCase && COMPANY_NOUNS.has(headWord)
  if (
    ORGANIZATION_HEADS.has(head.lower) ||
    ORGANIZATION_HEADS.has(headWord) ||
    (capitalized && hasOrgWord) ||
    companyNoun
  ) {
    const bare = (body.length === 1 && definite && !isCapitalized(head.text)) || companyNoun
    return make(bare ? 'org-ref' : 'organization', span, bodySpan, null, all, text)
  }
  // "Sorami Energy", "Prairie Lane Properties", "the Red Cross": a company or institution by its name.
  const lowers = body.map((t) => withoutPossessive(t.lower))
  if (
    capitalized &&
    body.length >= 2 &&
    (COMPANY_NAME_HEADS.has(lowers.at(-1) ?? '') || ORGANIZATION_NAMES.has(lowers.slice(-2).join(' ')))
  )
    return make('organization', span, bodySpan, null, all, text)
  if (GROUP_NOUNS.has(head.lower) || isPluralTitle(head, body.length))
    return make('group', span, groupSpan(body), null, all, text)
  const titled = TITLE_WORDS.has(headWord) || TITLE_WORDS.has(withoutPossessive(head.lower))
  // "John King" is a name; "the Chinese Foreign Minister" and "a spokesman" are descriptions.
  if (titled && (definite || !capitalized || body.length === 1)) {
    const kind =
      definite && !body.some((t) => t.text.endsWith("'s") || t.text.endsWith('’s')) ? 'title-ref' : 'unnamed'
    return make(kind, span, bodySpan, text.slice(bodySpan.start, bodySpan.end), all, text)
  }
  // "The Kingfishers", "the Chennai Mariners": a capitalised plural after "the" names a team or a body, not a person.
  const plural = /[^s'’]s$/.test(head.text) && !/(?:ss|us|is)$/.test(head.lower)
  if (capitalized && definite && plural && body.length <= 3 && body.every((t) => t.lower !== 'and'))
    return make('organization', span, bodySpan, null, all, text)
  if (capitalized && body.every((t) => t.lower !== 'and')) {
    if (body.some((t) => MEDIA_WORDS.has(t.lower)) || isAcronym(head.text) || body.length > 4)
      return make('organization', span, bodySpan, null, all, text)
    if (body.every((t) => countryOf(t.lower) === undefined))
      return make('person', span, bodySpan, null, all, text)
    return null
  }
  if (MEDIA_WORDS.has(head.lower)) return make('organization', span, bodySpan, null, all, text)
  return null
}

/**
 * "the think tank Bruegel", "the ratings agency Fitch", "the charity Oxfam": a lower-case description headed by an
 * organization noun, then a capitalised name. The name is the organization.
 */
function describedOrganization(body: Token[], span: Span, all: Token[], text: string): NounPhrase | null {
  const n = body.findIndex((t) => isCapitalized(t.text))
  if (n < 1 || body.length - n > 4) return null
  const description = body.slice(0, n)
  const name = body.slice(n)
  if (!name.every((t) => isCapitalized(t.text)) || !description.every((t) => !isCapitalized(t.text)))
    return null
  const head = description.at(-1) as Token
  const organization =
    ORGANIZATION_HEADS.has(head.lower) ||
    COMPANY_NOUNS.has(head.lower) ||
    (head.lower === 'tank' && description.at(-2)?.lower === 'think')
  if (!organization) return null
  const nameSpan = { start: (name[0] as Token).start, end: (name.at(-1) as Token).end }
  return make('organization', span, nameSpan, null, all, text)
}

/** "Chiefs", "the judges": the plural of a title names a group. */
function isPluralTitle(head: Token, words: number): boolean {
  const w = head.lower
  return words <= 3 && w.endsWith('s') && !w.endsWith('ss') && w.length > 4 && TITLE_WORDS.has(singular(w))
}

/**
 * "a person familiar with the matter" (an unnamed person), "two people with direct knowledge of the plan",
 * "people close to the talks" (a group), "the second person", "the sources" (the group of the anonymous
 * sources already cited). Null when the phrase is not such a source.
 */
function anonymousPhrase(
  body: Token[],
  definite: boolean,
  span: Span,
  all: Token[],
  text: string,
): NounPhrase | null {
  const a = body.findIndex((t) => ANONYMOUS_HEADS.has(t.lower))
  if (a < 0 || a > 3) return null
  const head = body[a] as Token
  const described = ANONYMOUS_QUALIFIERS.has(body[a + 1]?.lower ?? '') && a + 2 < body.length
  const last = a === body.length - 1
  if (!described && !(last && (definite || a > 0))) return null
  if (!body.slice(0, a).every((t) => !isCapitalized(t.text) || t === body[0])) return null
  const plural = head.lower === 'people' || head.lower.endsWith('s')
  const from = (body[a] as Token).start
  const nameSpan = { start: from, end: span.end }
  if (described && !plural && !definite) {
    const np = make('unnamed', span, nameSpan, null, all, text)
    return { ...np, role: np.name }
  }
  const np = make('group', span, nameSpan, null, all, text)
  // "the second person", "one of the sources": the group they belong to.
  if (!described) np.words = [head.lower === 'person' ? 'people' : plural ? head.lower : `${head.lower}s`]
  return np
}

/**
 * "Whitaker and Police Chief Omar Haddad": two people named together make one group speaker. Undefined when
 * the phrase is not a pair of names: "State Councilor and Foreign Minister Wang Yi" is one person, and a pair
 * of places is left to the rules after this one.
 */
function conjunction(body: Token[], span: Span, all: Token[], text: string): NounPhrase | undefined {
  const k = body.findIndex((t) => t.lower === 'and')
  if (k <= 0 || k === body.length - 1) return undefined
  const left = body.slice(0, k)
  const right = body.slice(k + 1)
  const isName = (t: Token) =>
    isCapitalized(t.text) && !isTitle(t) && !ORGANIZATION_HEADS.has(t.lower) && !MEDIA_WORDS.has(t.lower)
  const lastLeft = left.at(-1) as Token
  if (!left.every((t) => isCapitalized(t.text)) || !isName(lastLeft) || left.length > 3) return undefined
  if ([...left, ...right].some((t) => countryOf(withoutPossessive(t.lower)) !== undefined)) return undefined
  const rightPerson = splitTitle(right, text)
  const rightName = rightPerson
    ? rightPerson.name
    : right.length <= 3 && right.every(isName)
      ? { start: (right[0] as Token).start, end: (right.at(-1) as Token).end }
      : null
  if (!rightName) return undefined
  const leftPerson = splitTitle(left, text)
  const leftName = leftPerson?.name ?? { start: (left[0] as Token).start, end: lastLeft.end }
  const members = [text.slice(leftName.start, leftName.end), text.slice(rightName.start, rightName.end)]
  const np = make('group', span, { start: leftName.start, end: rightName.end }, null, all, text)
  return { ...np, name: members.join(' and '), members }
}

/** "Chinese State Councilor and Foreign Minister Wang Yi" -> role "Chinese … Minister", name "Wang Yi". */
export function splitTitle(body: Token[], text: string): { role: string; name: Span } | null {
  let t = -1
  for (let i = body.length - 2; i >= 0; i--) {
    if (isTitle(body[i] as Token)) {
      t = i
      break
    }
  }
  if (t < 0) return null
  let n = t + 1
  // "Secretary of State Antony Blinken": the "of" phrase still belongs to the title.
  if (body[n]?.lower === 'of' && body[n + 1] && isCapitalized(body[n + 1]?.text ?? '')) n += 2
  const name = body.slice(n)
  if (name.length === 0 || name.length > 5) return null
  const isNameWord = (w: Token, i: number): boolean =>
    (isCapitalized(w.text) && !isTitle(w) && !ORGANIZATION_HEADS.has(w.lower) && !MEDIA_WORDS.has(w.lower)) ||
    (i > 0 && i < name.length - 1 && NAME_PARTICLES.has(w.lower))
  if (!name.every(isNameWord)) return null
  const roleStart = (body[0] as Token).start
  const roleEnd = (body[n - 1] as Token).end
  return {
    role: text.slice(roleStart, roleEnd),
    name: { start: (name[0] as Token).start, end: (name.at(-1) as Token).end },
  }
}

/** "Some analysts" -> "analysts"; "two senior officials" keeps "senior officials". */
function groupSpan(body: Token[]): Span {
  let i = 0
  const quantifier = (w: string): boolean =>
    GROUP_MODIFIERS.has(w) &&
    /^(some|many|several|most|few|other|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(
      w,
    )
  while (i < body.length - 1 && quantifier(body[i]?.lower ?? '')) i++
  return { start: (body[i] as Token).start, end: (body.at(-1) as Token).end }
}

/** Honours and degrees written after a name, as written (case matters: "MP", not "mp"). */
const POSTNOMINALS = new Set([
  'KC',
  'QC',
  'SC',
  'MP',
  'MSP',
  'MS',
  'MLA',
  'MEP',
  'OBE',
  'MBE',
  'CBE',
  'KBE',
  'DBE',
  'Jr',
  'Sr',
  'PhD',
])

/**
 * "analyst Priya Menon of Meridian Capital Securities", "Rohan Iyer of Sapphire Equities": a person and the
 * organization they speak for. The person is the speaker; the organization joins their role. "Bank of England"
 * is not split: what comes before "of" must be a person on its own.
 */
function withAffiliation(all: Token[], span: Span, text: string): NounPhrase | null {
  const k = all.findIndex((t, i) => i >= 2 && AFFILIATION_LINKS.has(t.lower))
  if (k < 0 || k === all.length - 1) return null
  const org = all.slice(k + 1)
  if (
    !org.every(
      (t) => isCapitalized(t.text) || DETERMINERS.has(t.lower) || ['and', 'of', 'for'].includes(t.lower),
    )
  )
    return null
  if (!isCapitalized(all[k - 1]?.text ?? '') || !isCapitalized(all[k - 2]?.text ?? '')) return null
  const person = classifyPhrase(all.slice(0, k), text)
  if (person?.kind !== 'person') return null
  const firstOrg = org.find((t) => !DETERMINERS.has(t.lower)) ?? (org[0] as Token)
  const orgName = text.slice(firstOrg.start, (org.at(-1) as Token).end)
  const role = person.role ? `${person.role}, ${orgName}` : orgName
  return { ...person, span, role }
}

function make(
  kind: PhraseKind,
  span: Span,
  nameSpan: Span,
  role: string | null,
  all: Token[],
  text: string,
): NounPhrase {
  const words = all.filter((t) => !DETERMINERS.has(t.lower)).map((t) => withoutPossessive(t.lower))
  return {
    kind,
    span,
    nameSpan,
    name: text.slice(nameSpan.start, nameSpan.end),
    role,
    words,
    media: all.some((t) => MEDIA_WORDS.has(t.lower)),
  }
}
