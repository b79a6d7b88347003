import { countryOf } from '../lexicon/demonyms.ts'
import { CLAUSE_BOUNDARIES, DETERMINERS, WEEKDAYS_AND_MONTHS } from '../lexicon/function-words.ts'
import {
  COMPANY_NAME_HEADS,
  INSTITUTION_NAMES,
  ORGANIZATION_NAMES,
  MEDIA_WORDS,
  ORGANIZATION_HEADS,
  singular,
} from '../lexicon/titles.ts'
import { joinsName } from './name-joiners.ts'
import { splitTitle } from './noun-phrase.ts'
import { isCapitalized, withoutPossessive, type Token } from '../text/tokens.ts'

/** A name found anywhere in the text: "Xi Jinping" with the role "Chinese President". */
export interface NameEntry {
  name: string
  words: string[]
  role: string | null
  start: number
}

const COMPANY_SUFFIXES = new Set([
  'inc',
  'inc.',
  'corp',
  'corp.',
  'co.',
  'ltd',
  'ltd.',
  'llc',
  'plc',
  'gmbh',
  'holdings',
])

/**
 * Every capitalised run of the article, read once: people (with the title or appositive that introduces them)
 * and organizations. Lets "Xi said" find "Chinese President Xi Jinping" three paragraphs up, and "the ministry
 * said" find the "Ministry of Health" it refers to.
 */
export class NameIndex {
  private readonly persons: NameEntry[] = []
  private readonly byWord = new Map<string, NameEntry[]>()
  private readonly roles = new Map<string, string>()
  private readonly orgsByHead = new Map<string, NameEntry[]>()
  private readonly orgsByWord = new Map<string, NameEntry[]>()

  constructor(sentences: Token[][], text: string) {
    for (const tokens of sentences) this.readSentence(tokens, text)
  }

  /** The full name (two words or more) whose first or last word is `word`, nearest before `at`, else after. */
  findPerson(word: string, at: number): NameEntry | undefined {
    return nearest(this.byWord.get(word.toLowerCase()) ?? [], at)
  }

  /** The first role the article gives the person of this full name. */
  roleOf(name: string): string | null {
    return this.roles.get(name.toLowerCase()) ?? null
  }

  /** The organization named with this head noun ("ministry", "company") nearest before `at`. */
  findOrganization(head: string, at: number): NameEntry | undefined {
    const found = nearest(this.orgsByHead.get(head) ?? [], at)
    return found && found.start <= at ? found : undefined
  }

  /** The organization whose name has this word ("Veltrix" of "Veltrix Components") nearest to `at`. */
  findOrganizationByWord(word: string, at: number): NameEntry | undefined {
    return nearest(this.orgsByWord.get(word.toLowerCase()) ?? [], at)
  }

  /** People whose role contains all of `words` (lower-cased), for "the Chinese Foreign Minister". */
  personsWithRole(test: (role: string) => boolean): NameEntry[] {
    return this.persons.filter((p) => p.role !== null && p.words.length >= 2 && test(p.role))
  }

  private readSentence(tokens: Token[], text: string): void {
    let i = 0
    while (i < tokens.length) {
      const t = tokens[i] as Token
      if (t.kind !== 'word' || !isCapitalized(t.text)) {
        i++
        continue
      }
      let j = i + 1
      while (j < tokens.length && continuesRun(tokens, j)) j++
      // Most runs are one capitalised word ("China", "The"): only an organization head can matter there.
      if (j === i + 1 && !ORGANIZATION_HEADS.has(t.lower) && !INSTITUTION_NAMES.has(t.lower)) {
        i = j
        continue
      }
      let from = i
      while (from < j - 1 && isLeadingFiller(tokens[from] as Token)) from++
      this.addRun(tokens.slice(from, j), tokens, j, text)
      i = j
    }
  }

  private addRun(run: Token[], tokens: Token[], after: number, text: string): void {
    const last = run.at(-1) as Token
    const lowers = run.map((t) => withoutPossessive(t.lower))
    const titled = splitTitle(run, text)
    const company =
      run.length >= 2 &&
      (COMPANY_NAME_HEADS.has(lowers.at(-1) ?? '') || ORGANIZATION_NAMES.has(lowers.slice(-2).join(' ')))
    if (!titled && (company || lowers.some((w) => ORGANIZATION_HEADS.has(w) || INSTITUTION_NAMES.has(w)))) {
      const entry = {
        name: text.slice((run[0] as Token).start, last.end),
        words: lowers,
        role: null,
        start: last.start,
      }
      for (const w of lowers) {
        if (ORGANIZATION_HEADS.has(w) || INSTITUTION_NAMES.has(w)) push(this.orgsByHead, singular(w), entry)
        if (COMPANY_SUFFIXES.has(w)) push(this.orgsByHead, 'company', entry)
        if (w.length > 2 && !ORGANIZATION_HEADS.has(w) && !COMPANY_NAME_HEADS.has(w) && !isNotNameWord(w))
          push(this.orgsByWord, w, entry)
      }
      if (company) push(this.orgsByHead, 'company', entry)
      return
    }
    const nameStart = titled ? titled.name.start : (run[0] as Token).start
    const nameWords = run.filter((t) => t.start >= nameStart).map((t) => withoutPossessive(t.text))
    if (!titled && (run.length < 2 || run.length > 4 || lowers.some(isNotNameWord))) return
    const role = titled?.role ?? appositive(tokens, after, text)
    const name = nameWords.join(' ')
    const entry = { name, words: nameWords.map((w) => w.toLowerCase()), role, start: nameStart }
    this.persons.push(entry)
    if (role && !this.roles.has(name.toLowerCase())) this.roles.set(name.toLowerCase(), role)
    if (entry.words.length < 2) return
    push(this.byWord, entry.words[0] as string, entry)
    if (entry.words.length > 1) push(this.byWord, entry.words.at(-1) as string, entry)
  }
}

function continuesRun(tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token
  if (t.kind !== 'word') return false
  if (isCapitalized(t.text)) return !WEEKDAYS_AND_MONTHS.has(t.lower)
  return joinsName(tokens, j)
}

const isLeadingFiller = (t: Token): boolean =>
  DETERMINERS.has(t.lower) || CLAUSE_BOUNDARIES.has(t.lower) || WEEKDAYS_AND_MONTHS.has(t.lower)

const isNotNameWord = (w: string): boolean =>
  MEDIA_WORDS.has(w) || countryOf(w) !== undefined || WEEKDAYS_AND_MONTHS.has(w) || w === 'of' || w === 'and'

/** ", an associate research fellow on Central Asia research," after a name. */
function appositive(tokens: Token[], after: number, text: string): string | null {
  if (tokens[after]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[after + 1]?.lower ?? '')) return null
  let e = after + 2
  while (e < tokens.length && e - after < 18 && tokens[e]?.kind === 'word') e++
  if (e - after >= 18) return null
  const first = tokens[after + 1] as Token
  const last = tokens[e - 1] as Token
  return e > after + 2 ? text.slice(first.start, last.end) : null
}

function push(map: Map<string, NameEntry[]>, key: string, entry: NameEntry): void {
  const list = map.get(key)
  if (list) list.push(entry)
  else map.set(key, [entry])
}

/** Entries are in document order: the last one starting at or before `at`, else the first after it. */
function nearest(list: NameEntry[], at: number): NameEntry | undefined {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((list[mid]?.start ?? 0) <= at) lo = mid + 1
    else hi = mid
  }
  return list[lo - 1] ?? list[lo]
}
