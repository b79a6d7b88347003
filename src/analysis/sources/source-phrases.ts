import type { SourceKind } from '../../model/annotated-article.ts'
import type { Span } from '../../model/span.ts'
import {
  AGENCY_FIELD_WORDS,
  ANONYMOUS_WORDS,
  EXPERT_WORDS,
  GOVERNMENT_NAMES,
  GOVERNMENT_WORDS,
  MEDIA_NAME_WORDS,
  MEDIA_NOUNS,
  ORGANIZATION_WORDS,
  OUTLET_NAMES,
  STATISTICS_NAME_WORDS,
} from '../lexicon/outlets.ts'
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts'
import { FIRM_NAME_WORDS } from '../lexicon/titles.ts'
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.ts'
import { countryOf } from '../lexicon/demonyms.ts'

/**
 * Reads the noun phrase that names a source next to a cue ("according to ▸the Chinese Foreign Ministry",
 * "▸local media◂ reported") and says what kind of source it is. Phrases are read word by word within a short
 * window, never across punctuation, so the source pass stays linear.
 */

const TOKEN = /[ \t]*((?:\p{Lu}\.){2,}|&|[\p{L}\p{N}][\p{L}\p{N}'’&-]*)/u
const TOKEN_BACK = /((?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}'’&.-]*?)([ \t]*)$/u
const DETERMINERS = new Set(
  'the a an its his her their this that these those some several many two three'.split(' '),
)
const STOP = new Set([
  ...(
    'that which who whom whose where when while as on in at to from by with about after before during since over ' +
    'into said says say told tells reported reports is are was were be been has have had will would could can may ' +
    'might should must or but than if because not also only then however meanwhile he she it they him them we us ' +
    'i you me there here what why how earlier later ago ' +
    // Verbs that follow a source ("economists polled by Reuters expect …"); -ed and -ing forms stop anyway.
    'expect expects see sees believe believes think thinks agree agrees show shows find finds predict predicts'
  ).split(' '),
  ...WEEKDAYS,
  ...MONTHS,
])
const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS])
/** Inside a name only: "Ministry of Foreign Affairs", "Centre for Strategic and International Studies". */
const JOINERS = new Set(['of', 'for', 'and', '&', 'de', 'on'])
/** Participles that describe an anonymous source rather than end its phrase: "citing unnamed officials". */
const UNNAMED = new Set(['unnamed', 'unidentified', 'informed', 'qualified', 'authorized', 'authorised'])
const MAX_WORDS = 8
const WINDOW = 120

const isCapitalized = (w: string) => /^[\p{Lu}\p{N}]/u.test(w)
const bare = (w: string) => w.toLowerCase().replace(/['’]s$/, '')

/** True for a word that can end a source phrase: a capitalized name part or a word from the lexicons. */
function isHead(word: string): boolean {
  const w = bare(word)
  if (isCapitalized(word)) return true
  return [
    MEDIA_NOUNS,
    GOVERNMENT_WORDS,
    ORGANIZATION_WORDS,
    DOCUMENT_NOUNS,
    EXPERT_WORDS,
    ANONYMOUS_WORDS,
  ].some((s) => s.has(w))
}

interface Word extends Span {
  text: string
}

/** The phrase that starts after `from` (spaces skipped): "the Chinese Foreign Ministry", "court documents". */
export function phraseAfter(text: string, from: number): Span | null {
  const slice = text.slice(from, from + WINDOW)
  const re = new RegExp(TOKEN.source, 'uy')
  const words: Word[] = []
  while (words.length < MAX_WORDS) {
    const m = re.exec(slice)
    if (!m?.[1]) break
    const word = m[1]
    const lower = word.toLowerCase()
    const start = from + re.lastIndex - word.length
    const previous = words[words.length - 1]
    // "the Sunday Courier", "the May report": after a determiner a weekday or month is part of a name.
    const dated =
      CALENDAR.has(lower) && previous !== undefined && DETERMINERS.has(previous.text.toLowerCase())
    if (
      (STOP.has(lower) && !dated) ||
      (!isCapitalized(word) && /(?:ly|ing|ed)$/.test(lower) && !isHead(word) && !UNNAMED.has(lower))
    )
      break
    if (JOINERS.has(lower) && (!previous || !isCapitalized(peek(slice, re.lastIndex)))) break
    if (DETERMINERS.has(lower) && previous && !JOINERS.has(previous.text.toLowerCase())) break
    words.push({ start, end: start + word.length, text: word })
  }
  return trimToHead(words)
}

/** The phrase that ends at `to` (spaces skipped): "BBC News", "local media", "state news agency Xinhua". */
export function phraseBefore(text: string, to: number, loose = false): Span | null {
  const words: Word[] = []
  let end = to
  while (words.length < MAX_WORDS) {
    const m = TOKEN_BACK.exec(text.slice(Math.max(0, end - 40), end))
    if (!m?.[1]) break
    // "a rise. Eurostat figures": a word that ends a sentence is not part of the phrase ("U.S." is).
    if (words.length > 0 && /[^.]{2}\.$/.test(m[1]) && !m[1].slice(0, -1).includes('.')) break
    const word = m[1].replace(/\.$/, '')
    const lower = word.toLowerCase()
    const wordEnd = end - (m[2]?.length ?? 0) - (m[1].length - word.length)
    const start = wordEnd - word.length
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) break
    if (STOP.has(lower)) break
    if (DETERMINERS.has(lower)) {
      if (words.length > 0) words.unshift({ start, end: wordEnd, text: word })
      break
    }
    const next = words[0]?.text ?? ''
    const ok =
      isHead(word) ||
      (loose && words.length < 3 && !/(?:ly|ed)$/.test(lower)) ||
      (JOINERS.has(lower) && isCapitalized(next)) ||
      /^(?:local|state|state-run|state-owned|official|national|regional|foreign|international|independent|online|public|private|semi-official|pro-government|opposition)$/.test(
        lower,
      )
    if (!ok) break
    words.unshift({ start, end: wordEnd, text: word })
    end = start
    if (/[.,;:!?"“”()]/.test(text[start - 1] ?? '') || text[start - 1] === undefined) break
  }
  while (words.length > 0 && JOINERS.has(bare(words[0]?.text ?? ''))) words.shift()
  return trimToHead(words)
}

function peek(slice: string, offset: number): string {
  return /^[ \t]+(\S+)/.exec(slice.slice(offset, offset + 40))?.[1] ?? ''
}

function trimToHead(words: Word[]): Span | null {
  let last = words.length - 1
  while (last >= 0 && !(isHead(words[last]?.text ?? '') && !DETERMINERS.has(bare(words[last]?.text ?? ''))))
    last--
  const first = words[0]
  const end = words[last]
  if (!first || !end || last < 0) return null
  if (words.slice(0, last + 1).every((w) => DETERMINERS.has(bare(w.text)))) return null
  return { start: first.start, end: end.end }
}

/**
 * What kind of source a phrase names, or null when it reads as a person ("according to Yang"): people are the
 * speaker pass' business. Order matters: a known outlet beats a head noun, a document noun beats an institution
 * ("Interior Ministry data" is data), a non-state word beats a state one ("World Bank", "UN Council").
 */
export function classifySource(phrase: string): SourceKind | null {
  const words = phrase.split(/\s+/).filter((w) => !DETERMINERS.has(w.toLowerCase()))
  const lower = words.map(bare)
  const joined = lower.join(' ')
  const head = lower[lower.length - 1] ?? ''
  // A plural names the same kind of body: "the Australian Professional Leagues", "the Centers for …".
  const has = (set: ReadonlySet<string>) =>
    lower.some((w) => set.has(w) || (w.endsWith('s') && set.has(w.slice(0, -1))))
  const named = (set: ReadonlySet<string>) =>
    words.some((w, i) => isCapitalized(w) && set.has(lower[i] ?? ''))
  if (hasName(lower, OUTLET_NAMES)) return 'media'
  if (hasName(lower, GOVERNMENT_NAMES)) return 'government'
  if (EXPERT_WORDS.has(head)) return 'expert'
  // "Environment Canada", "Statistics Netherlands": a public agency named by its field and its country.
  if (
    words.length === 2 &&
    isCapitalized(words[0] ?? '') &&
    AGENCY_FIELD_WORDS.has(lower[0] ?? '') &&
    countryOf(head) !== undefined
  )
    return 'government'
  // "the broadcaster CricWave", "the newspaper Le Monde": an outlet described, then named.
  const described = lower.findIndex((w, i) => !isCapitalized(words[i] ?? '') && MEDIA_NOUNS.has(w))
  if (described >= 0 && described < words.length - 1 && words.slice(described + 1).every(isCapitalized))
    return 'media'
  // "the Post", "the Journal": a newspaper's short name, though its word also names a document.
  const determined = phrase.length > words.join(' ').length
  if (determined && words.length === 1 && isCapitalized(words[0] ?? '') && DOCUMENT_NOUNS.has(head))
    return 'media'
  // A capitalized document noun after other words ends a name: "the Bureau of Labor Statistics".
  const nameEnd = words.length > 1 && isCapitalized(words[words.length - 1] ?? '')
  if (DOCUMENT_NOUNS.has(head) && !MEDIA_NOUNS.has(head) && !nameEnd) return 'document'
  if (/\b(?:news|press|wire) agency\b/.test(joined) || MEDIA_NOUNS.has(head)) return 'media'
  // "Statistics Canada", "the Census Bureau"; "Fitch Ratings", "TV Metrics Australia" (a firm, not a channel).
  if (named(STATISTICS_NAME_WORDS)) return 'government'
  if (named(FIRM_NAME_WORDS)) return 'organization'
  if (named(MEDIA_NAME_WORDS) && !has(GOVERNMENT_WORDS)) return 'media'
  if (has(ORGANIZATION_WORDS)) return 'organization'
  if (has(GOVERNMENT_WORDS)) return 'government'
  if (ANONYMOUS_WORDS.has(head)) return 'other'
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0] ?? '')) return 'organization'
  // One word shaped like a brand, not a person's name: "FactSet", "PowerOutage.us", "3M".
  if (
    words.length === 1 &&
    /^(?:\p{Lu}\p{Ll}+\p{Lu}|\p{N}|\p{L}+\.(?:com|org|net|us|io)$)/u.test(words[0] ?? '')
  )
    return 'organization'
  return null
}

/** True when a phrase names a research, ratings or analytics firm by a capitalized word: "Fitch Ratings". */
export function namesFirm(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter((w) => !DETERMINERS.has(w.toLowerCase()))
  // The firm word follows a name ("Oxford Economics"); alone it is a common noun ("Research found").
  return words.some((w, i) => i > 0 && isCapitalized(w) && FIRM_NAME_WORDS.has(bare(w)))
}

/** Each word of an alternation also with a capital, for words that open a sentence ("Data from …", "Polls show"). */
export const anyInitial = (alt: string): string =>
  alt
    .split('|')
    .map((w) => `[${(w[0] ?? '').toUpperCase()}${w[0] ?? ''}]${w.slice(1)}`)
    .join('|')

function hasName(lower: string[], names: ReadonlySet<string>): boolean {
  for (let i = 0; i < lower.length; i++) {
    for (let j = i + 1; j <= Math.min(lower.length, i + 3); j++)
      if (names.has(lower.slice(i, j).join(' '))) return true
  }
  return false
}
