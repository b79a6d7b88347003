import type { Span } from '../../model/span.ts'
import {
  ADVERBIAL_OPENERS,
  AFFILIATION_LINKS,
  CLAUSE_BOUNDARIES,
  DETERMINERS,
  VERB_ADVERBS,
  WEEKDAYS_AND_MONTHS,
} from '../lexicon/function-words.ts'
import {
  ANONYMOUS_SOURCE_HEADS,
  ANONYMOUS_SOURCE_LINKS,
  GROUP_MODIFIERS,
  GROUP_NOUNS,
} from '../lexicon/groups.ts'
import { MONTHS } from '../lexicon/calendar.ts'
import { speechVerb } from '../lexicon/speech-verbs.ts'
import { COMPANY_NOUNS, ORGANIZATION_HEADS, TITLE_WORDS } from '../lexicon/titles.ts'
import { parseCount } from '../lexicon/number-words.ts'
import { joinsName, NAME_PARTICLES } from '../speakers/name-joiners.ts'
import { classifyPhrase, type NounPhrase } from '../speakers/noun-phrase.ts'
import { isCapitalized, withoutPossessive, type Token } from '../text/tokens.ts'

/** The speaker phrase of a reporting verb: tokens `first..last` (inclusive), and an appositive role if any. */
export interface SubjectMatch {
  np: NounPhrase
  first: number
  last: number
  role: Span | null
}

const MAX_PHRASE = 12

/**
 * Walks left from the verb at `v` to its subject: "Observers said", "Wang also stressed", "Yang Jin, an
 * associate research fellow …, told". Returns 'after' when the verb follows a comma or a closing quote and
 * no appositive precedes it, so the subject must follow the verb ("…, said Yang").
 */
export function findSubjectBefore(tokens: Token[], v: number, text: string): SubjectMatch | 'after' | null {
  let i = v - 1
  for (let skipped = 0; skipped < 3 && i >= 0 && VERB_ADVERBS.has(tokens[i]?.lower ?? ''); skipped++) i--
  const t = tokens[i]
  if (!t) return null
  if (t.kind === 'close-quote') return 'after'
  if (t.text === ',') return appositiveChain(tokens, i, text) ?? 'after'
  if (t.kind !== 'word' || t.quote >= 0) return null
  const anonymous = anonymousBefore(tokens, i, text)
  if (anonymous) return anonymous
  let j = i
  while (j >= 0 && i - j < MAX_PHRASE && isPhraseToken(tokens, j)) j--
  if (j === i) return null
  const np = classifyPhrase(tokens.slice(j + 1, i + 1), text)
  return np ? { np, first: j + 1, last: i, role: null } : null
}

/** The subject of an inverted verb: "said Yang", "said Smith, a spokesman for the agency". */
export function findSubjectAfter(tokens: Token[], v: number, text: string): SubjectMatch | null {
  let e = v + 1
  while (e < tokens.length && e - v <= MAX_PHRASE && isAfterPhraseToken(tokens, e, v + 1)) e++
  if (e === v + 1) return null
  const np = classifyPhrase(tokens.slice(v + 1, e), text)
  if (!np) return null
  let last = e - 1
  let role: Span | null = null
  const named = namedAfterDescription(tokens, np, v + 1, e, text)
  if (named) return named
  if (tokens[e]?.text === ',') {
    const end = segmentEnd(tokens, e + 1)
    if (end > e + 1 && isAppositive(tokens, e + 1, end)) {
      role = isRole(tokens, e + 1) ? spanOf(tokens, e + 1, end) : null
      last = end - 1
    }
  }
  return { np, first: v + 1, last, role }
}

/**
 * "said the hall's manager, Bernadette Côté", "said a spokeswoman for the council, Ana Ruiz": a description, then
 * the name of the person it describes as the last words of the clause. The name speaks; the description is
 * the role.
 */
function namedAfterDescription(
  tokens: Token[],
  np: NounPhrase,
  first: number,
  e: number,
  text: string,
): SubjectMatch | null {
  if ((np.kind !== 'unnamed' && np.kind !== 'title-ref') || tokens[e]?.text !== ',') return null
  const end = segmentEnd(tokens, e + 1)
  const after = tokens[end]
  if (end - (e + 1) > 5 || (after && after.text !== ',' && after.text !== '.' && after.kind !== 'punct'))
    return null
  const name = classifyPhrase(tokens.slice(e + 1, end), text)
  if (name?.kind !== 'person' || name.role !== null) return null
  return { np: name, first, last: end - 1, role: spanOf(tokens, first, e) }
}

// Attribution subjects also take "officials familiar with …".
const ANONYMOUS_HEADS = new Set([...ANONYMOUS_SOURCE_HEADS, 'officials'])
const ANONYMOUS_LINKS = ANONYMOUS_SOURCE_LINKS

/**
 * "two people with direct knowledge of the matter said", "a person familiar with the plans said": an anonymous
 * source is a head noun, a link word, and a few words of description, with no punctuation inside.
 */
function anonymousBefore(tokens: Token[], last: number, text: string): SubjectMatch | null {
  for (let a = last - 2; a >= 0 && last - a <= 10; a--) {
    const t = tokens[a] as Token
    if (t.kind !== 'word' || t.quote >= 0) return null
    if (!ANONYMOUS_HEADS.has(t.lower) || !ANONYMOUS_LINKS.has(tokens[a + 1]?.lower ?? '')) continue
    let first = a
    while (first > 0 && a - first < 3 && isQuantifier(tokens[first - 1] as Token)) first--
    const np = classifyPhrase(tokens.slice(first, last + 1), text)
    return np ? { np, first, last, role: null } : null
  }
  return null
}

const isQuantifier = (t: Token): boolean =>
  t.kind === 'word' &&
  t.quote < 0 &&
  (['a', 'an', 'the', 'one', 'another'].includes(t.lower) ||
    GROUP_MODIFIERS.has(t.lower) ||
    parseCount(t.lower) !== null)

/** "Smith, 45, a teacher, said": walks back over appositive segments to the name before them. */
function appositiveChain(tokens: Token[], comma: number, text: string): SubjectMatch | null {
  let end = comma
  let role: Span | null = null
  let roleTokens: Token[] = []
  for (let step = 0; step < 3; step++) {
    const start = segmentStart(tokens, end - 1)
    if (start < 0 || start >= end) return null
    // "A person familiar with the plans, who …, said": the first segment of the sentence is the subject.
    const opensClause = tokens[start - 1]?.text !== ','
    if (step > 0 && (!isAppositive(tokens, start, end) || opensClause)) {
      const np = classifyPhrase(tokens.slice(start, end), text)
      const speaks = np && np.kind !== 'pronoun' && np.kind !== 'title-ref'
      return speaks
        ? { np: describedAsOrganization(np, roleTokens), first: start, last: comma - 1, role }
        : null
    }
    if (step === 0 && !isAppositive(tokens, start, end)) return describedName(tokens, start, end, text)
    if (!isAppositive(tokens, start, end)) return null
    if (!role && isRole(tokens, start)) role = spanOf(tokens, start, end)
    // Walking back, the last description seen is the one right after the name: the one that says what it is.
    roleTokens = tokens.slice(start, end)
    end = start - 1
    if (tokens[end]?.text !== ',') return null
  }
  return null
}

/**
 * "Families Not Barracks, the campaign group that backed the challenge, said": a name the phrase alone would
 * take for a person's is an organization when its description is headed by one ("group", "charity", "firm").
 * The head is read up to the first preposition or relative word, so "a member of the group" stays a person.
 */
function describedAsOrganization(np: NounPhrase, role: Token[]): NounPhrase {
  if (np.kind !== 'person' || np.role !== null) return np
  for (const t of role) {
    if (TITLE_WORDS.has(t.lower)) return np
    if (ORGANIZATION_HEADS.has(t.lower) || COMPANY_NOUNS.has(t.lower)) return { ...np, kind: 'organization' }
    if (CLAUSE_BOUNDARIES.has(t.lower) || PREPOSITIONS.has(t.lower)) return np
  }
  return np
}

/**
 * "Her neighbour, Daniel Oyelaran, said", "A spokesman for the governor, Mark Dunleavy, said", "Her main rival,
 * Mayor Dale Whitcombe, said": a name set off by commas after a description of the person (the description or
 * the name carries a title). The description is the role; the claim never includes it.
 */
function describedName(tokens: Token[], start: number, end: number, text: string): SubjectMatch | null {
  if (tokens[start - 1]?.text !== ',' || end - start > 9) return null
  const names = tokens.slice(start, end)
  // "Rohan Iyer of Sapphire Equities": a name may carry the organization it speaks for.
  const link = names.findIndex((t, i) => i >= 2 && AFFILIATION_LINKS.has(t.lower))
  const own = link < 0 ? names : names.slice(0, link)
  // "Her main rival, Mayor Dale Whitcombe, said": the name may open with titles, then names only.
  let title = 0
  while (title < own.length - 1 && TITLE_WORDS.has(own[title]?.lower ?? '')) title++
  const name = own.slice(title)
  const nameWord = (t: Token, i: number): boolean =>
    (isCapitalized(t.text) && !TITLE_WORDS.has(t.lower)) ||
    (i > 0 && i < name.length - 1 && NAME_PARTICLES.has(t.lower))
  if (name.length > 5 || !name.every(nameWord)) return null
  const descEnd = start - 1
  let d = descEnd - 1
  while (d >= 0 && descEnd - d <= 8 && tokens[d]?.kind === 'word' && tokens[d]?.quote === -1) d--
  const descStart = d + 1
  if (descStart >= descEnd || descEnd - descStart > 8) return null
  const before = tokens[d]
  if (before && before.text !== ',' && before.kind !== 'open-quote' && before.kind !== 'close-quote')
    return null
  const desc = tokens.slice(descStart, descEnd)
  const first = desc[0] as Token
  const opens =
    ['a', 'an', 'the', 'another', 'his', 'her', 'its', 'their', 'our'].includes(first.lower) ||
    /['’]s$/.test(first.text)
  const titled = desc.some((t) => TITLE_WORDS.has(withoutPossessive(t.lower)))
  if (
    !opens ||
    !(titled || title > 0) ||
    desc.some((t) => CLAUSE_BOUNDARIES.has(t.lower) && !PREPOSITIONS.has(t.lower))
  )
    return null
  const np = classifyPhrase(names, text)
  if (!np || np.kind !== 'person') return null
  return { np, first: descStart, last: end - 1, role: spanOf(tokens, descStart, descEnd) }
}

const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on'])

/** First token of the comma-delimited segment ending at `last`, or -1 when it is too long to be a name. */
function segmentStart(tokens: Token[], last: number): number {
  let s = last
  while (s >= 0 && last - s < 20 && tokens[s]?.kind === 'word') s--
  return last - s >= 20 ? -1 : s + 1
}

function segmentEnd(tokens: Token[], first: number): number {
  let e = first
  while (e < tokens.length && e - first < 20 && tokens[e]?.kind === 'word') e++
  return e
}

/** "a teacher", "an associate research fellow …", "45", "who …", "spokesman for the agency". */
function isAppositive(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start]
  if (!first || end - start > 18) return false
  if (['a', 'an', 'the', 'who', 'whose', 'which'].includes(first.lower)) return true
  if (end - start === 1 && /^\d{1,3}$/.test(first.text)) return true
  // "Rebecca Osei KC, for the claimants, told": whom the speaker acts for ("for his part" is not that).
  if (
    ['for', 'representing'].includes(first.lower) &&
    end - start <= 8 &&
    !/\bpart$/i.test(tokens[end - 1]?.text ?? '')
  )
    return true
  // "Dr. Reyes", "Police Chief Omar Haddad": a titled name, not a description.
  const last = tokens[end - 1] as Token
  if (
    isCapitalized(first.text) &&
    isCapitalized(last.text) &&
    !TITLE_WORDS.has(withoutPossessive(last.lower)) &&
    !ORGANIZATION_HEADS.has(last.lower)
  )
    return false
  return (
    TITLE_WORDS.has(first.lower) ||
    (end - start > 1 && TITLE_WORDS.has(withoutPossessive(tokens[end - 1]?.lower ?? '')))
  )
}

const isRole = (tokens: Token[], start: number): boolean =>
  !/^\d/.test(tokens[start]?.text ?? '') && !['who', 'whose', 'which'].includes(tokens[start]?.lower ?? '')

/**
 * "Ben May", "April Ryan", "Theresa May": a month's name is part of a person's name when a capitalised name word
 * stands beside it and no figure follows ("May 5"). Weekdays never are ("said Smith Tuesday").
 */
function isMonthInName(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token
  if (!MONTHS_SET.has(t.lower) || !isCapitalized(t.text)) return false
  const next = tokens[k + 1]
  if (next?.kind === 'word' && /^\d/.test(next.text)) return false
  const nameWord = (n: Token | undefined): boolean =>
    n !== undefined &&
    n.kind === 'word' &&
    isCapitalized(n.text) &&
    !WEEKDAYS_AND_MONTHS.has(n.lower) &&
    !CLAUSE_BOUNDARIES.has(n.lower) &&
    !DETERMINERS.has(n.lower)
  return nameWord(tokens[k - 1]) || nameWord(next)
}

const MONTHS_SET: ReadonlySet<string> = new Set(MONTHS)

function isPhraseToken(tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token
  if (t.kind !== 'word' || t.quote >= 0) return false
  if (isMonthInName(tokens, j)) return true
  if (WEEKDAYS_AND_MONTHS.has(t.lower)) return false
  const prev = tokens[j - 1]
  if (t.lower === 'and' || t.lower === 'of') {
    if (isCapitalized(prev?.text ?? '') && isCapitalized(tokens[j + 1]?.text ?? '')) return true
  }
  // "The UN Commission on International Watercourses said", "Ursula von der Leyen said".
  if (joinsName(tokens, j)) return true
  // "Officials in Rzeszow", "Residents of a flooded town": a group noun keeps the phrase that places it.
  if (PREPOSITIONS.has(t.lower) && prev?.kind === 'word' && GROUP_NOUNS.has(prev.lower)) return true
  if (CLAUSE_BOUNDARIES.has(t.lower) || (speechVerb(t.lower) && !isCapitalized(t.text))) return false
  if (!/^\d/.test(t.text)) return true
  // "United Auto Workers Local 1187 said": a figure inside a capitalised name.
  const next = tokens[j + 1]
  const inName =
    prev?.kind === 'word' &&
    isCapitalized(prev.text) &&
    !CLAUSE_BOUNDARIES.has(prev.lower) &&
    !isCapitalized(next?.text ?? 'x')
  return inName || GROUP_NOUNS.has(next?.lower ?? '')
}

function isAfterPhraseToken(tokens: Token[], e: number, first: number): boolean {
  const t = tokens[e] as Token
  if (t.kind !== 'word' || t.quote >= 0) return false
  if (isMonthInName(tokens, e)) return true
  if (WEEKDAYS_AND_MONTHS.has(t.lower)) return false
  // "said a person familiar with the matter", "said people close to the talks".
  if (ANONYMOUS_LINKS.has(tokens[e - 1]?.lower ?? '') && e - 1 > first) return true
  if (e > first && (ADVERBIAL_OPENERS.has(t.lower) || t.lower === 'that' || t.lower === 'who')) return false
  if (e > first && joinsName(tokens, e)) return true
  return !(
    e > first &&
    CLAUSE_BOUNDARIES.has(t.lower) &&
    t.lower !== 'of' &&
    t.lower !== 'for' &&
    t.lower !== 'and'
  )
}

/**
 * The subject of the main clause, for a participle with no reporting verb before it:
 * "Kazakh authorities on Monday … linked …, saying that …". Skips an opening adverbial up to its comma.
 */
export function mainClauseSubject(tokens: Token[], before: number, text: string): SubjectMatch | null {
  let s = 0
  // "Asked whether she would stay, the coach laughed and said …": an opening participle clause, up to its comma.
  const participle = /^[A-Z][a-z]+(?:ed|ing)$/.test(tokens[0]?.text ?? '')
  if (
    participle ||
    ADVERBIAL_OPENERS.has(tokens[0]?.lower ?? '') ||
    CLAUSE_BOUNDARIES.has(tokens[0]?.lower ?? '')
  ) {
    while (s < before && s < 16 && tokens[s]?.text !== ',') s++
    if (tokens[s]?.text !== ',') return null
    s++
  }
  let last = -1
  for (let k = s; k < before && k < s + 6; k++) {
    const t = tokens[k] as Token
    if (t.kind !== 'word' || CLAUSE_BOUNDARIES.has(t.lower)) break
    // A sentence's first word is capitalised whatever it is: "The union walked out …" is led by "union".
    const capitalised = isCapitalized(t.text) && !(k === s && DETERMINERS.has(t.lower))
    const lexical =
      GROUP_NOUNS.has(t.lower) ||
      TITLE_WORDS.has(t.lower) ||
      ORGANIZATION_HEADS.has(t.lower) ||
      COMPANY_NOUNS.has(t.lower) ||
      capitalised
    if (lexical) last = k
  }
  if (last < 0) return null
  const np = classifyPhrase(tokens.slice(s, last + 1), text)
  return np ? { np, first: s, last, role: null } : null
}

export function spanOf(tokens: Token[], first: number, end: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[end - 1] as Token).end }
}
