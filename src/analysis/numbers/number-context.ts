import {
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MEASURE_UNITS,
  NOT_A_UNIT,
  UNIT_ALIASES,
} from '../lexicon/units.ts'

/**
 * What surrounds a figure: its hedge, currency, unit and the counted noun. Every function looks at a bounded
 * window around an offset, so the number pass stays linear in the text.
 */

const WINDOW = 40

/** Hedges that may stand before a figure, longest first so "more than" is not read as "more". */
const HEDGES = [
  'approximately',
  'as many as',
  'as much as',
  'as few as',
  'as little as',
  'an estimated',
  'no fewer than',
  'no more than',
  'no less than',
  'not more than',
  'not less than',
  'in excess of',
  'upwards of',
  'more than',
  'fewer than',
  'less than',
  'well over',
  'just over',
  'just under',
  'at least',
  'at most',
  'close to',
  'estimated',
  'several',
  'roughly',
  'nearly',
  'almost',
  'around',
  'about',
  'a few',
  'up to',
  'circa',
  'some',
  'over',
  'under',
]
const HEDGE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${HEDGES.join('|')})\\s+$`, 'iu')

/** The hedge that ends right before `start` (a number's first character), with its offset. */
export function hedgeBefore(text: string, start: number): { hedge: string; start: number } | null {
  const before = text.slice(Math.max(0, start - WINDOW), start)
  const m = HEDGE_BEFORE.exec(before)
  if (!m?.[1]) return null
  return {
    hedge: m[1].toLowerCase().replace(/\s+/g, ' '),
    start: start - before.length + before.lastIndexOf(m[1]),
  }
}

/** A currency sign or ISO code right before `start`: "$1.2 billion", "US$5", "RMB 3 billion". */
export function currencyBefore(text: string, start: number): { unit: string; start: number } | null {
  for (const [symbol, code] of CURRENCY_SYMBOLS) {
    const from = start - symbol.length
    // A sign written in letters ("Rs") is a sign only as a word of its own, not the end of "Mrs".
    if (text.startsWith(symbol, from) && !(/^\p{L}/u.test(symbol) && /\p{L}/u.test(text[from - 1] ?? '')))
      return { unit: code, start: from }
  }
  const m = /\b([A-Z]{3}) ?$/.exec(text.slice(Math.max(0, start - 4), start))
  const code = m?.[1] && CURRENCY_CODES[m[1]]
  return code ? { unit: code, start: start - (m[0].length ?? 0) } : null
}

const UNIT_AFTER = new RegExp(
  `^(?:\\s?(%|°[CF])|\\s*(${[
    ...MEASURE_UNITS,
    ...Object.keys(CURRENCY_WORDS).sort((a, b) => b.length - a.length),
  ]
    .map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\d])|\\s+([A-Z]{3})\\b)`,
  'iu',
)

/** A unit of measure or currency right after `end`: "%", "percent", "years", "km", "euros", "RMB". */
export function unitAfter(text: string, end: number): { unit: string; end: number } | null {
  const m = UNIT_AFTER.exec(text.slice(end, end + WINDOW))
  if (!m) return null
  const symbol = m[1]
  if (symbol) return { unit: symbol === '%' ? 'percent' : symbol.toLowerCase(), end: end + m[0].length }
  const word = m[2]?.toLowerCase().replace(/\s+/g, ' ')
  if (word) return { unit: CURRENCY_WORDS[word] ?? UNIT_ALIASES[word] ?? word, end: end + m[0].length }
  const code = m[3] && CURRENCY_CODES[m[3]]
  return code ? { unit: code, end: end + m[0].length } : null
}

const WORD = /^\s+(?:of\s+)?([\p{L}][\p{L}'’-]*)/u

/** Plurals without an "s": "7,939 personnel", "30 police". */
const IRREGULAR_PLURALS = new Set(
  'people men women children police staff personnel cattle sheep fish feet teeth mice geese troops media data'.split(
    ' ',
  ),
)
const isPlural = (w: string) => IRREGULAR_PLURALS.has(w) || (/[^s]s$/.test(w) && w.length > 3)

/**
 * The counted noun after a figure, lower-cased as written ("8,000 people have" -> "people", "three senior
 * officials said" -> "officials"). Reads at most three words, stopping at a function word, an adverb or a
 * participle: the noun is the first plural word (or, for one, the first word), since modifiers come before it.
 * `allowOf` lets a vague quantity reach across "of" ("hundreds of people"). Null when no noun is found.
 */
export function countedNoun(text: string, end: number, allowOf: boolean, single = false): string | null {
  let pos = end
  for (let i = 0; i < 3; i++) {
    const rest = text.slice(pos, pos + WINDOW)
    if ((!allowOf || i > 0) && /^\s+of\s/i.test(rest)) break
    const m = WORD.exec(rest)
    if (!m?.[1]) break
    const raw = m[1]
    const word = raw.toLowerCase().replace(/['’]s?$/, '')
    if (NOT_A_UNIT.has(word) || /(?:ly|ing|ed)$/.test(word) || word.length < 2) break
    // A capitalized word may modify the noun ("500 Russian troops") but is not the noun; an acronym may be ("3 NGOs").
    const capitalized = /^\p{Lu}/u.test(raw) && !/^\p{Lu}{2,}s?$/u.test(raw)
    if (!capitalized && (single || isPlural(word))) return word
    if (!capitalized && /^\p{Lu}{2,}s$/u.test(raw)) return word
    pos += m[0].length
    if (/['’]s?$/.test(raw)) break
  }
  return null
}

/** How far back from a figure `subjectNoun` looks for "the number of …"; a subject longer than this is missed. */
const SUBJECT_WINDOW = 240

/** A verb that makes the figure the value of its subject: "has reached 7,939", "rose to", "stood at", "was". */
const COMPLEMENT_VERB =
  /(?:^|[^\p{L}])(?:(?:has|have|had)\s+)?(?:reached|reaches|reach|hit|hits|topped|tops|exceeded|exceeds|(?:rose|risen|rises|climbed|climbs|jumped|jumps|grew|grown|grows|increased|increases|fell|fallen|falls|dropped|drops|declined|declines)\s+to|(?:stood|stands|stand)\s+at|totalled|totaled|totals|is|was|are|were|been)\s+$/iu

/** "the number of people", "the total number of new cases", "the count of ballots": the counted noun follows. */
const NUMBER_OF =
  /\b(?:number|count|total|tally)\s+of\s+((?:[\p{L}][\p{L}'’-]*\s+){0,2}[\p{L}][\p{L}'’-]*)/giu

const CLAUSE_JOIN = /[,;]\s+(?:and|but|or|while|whereas|yet|so)\s/i

/**
 * The counted noun of a figure that is the complement of "the number of X": "The number of people arrested by
 * police has reached 7,939" -> "people". Looks back at most SUBJECT_WINDOW characters and never past the start
 * of the sentence; `start` is where the figure (with its hedge) begins. Null when the figure is not such a
 * complement or the subject names no plural noun.
 */
export function subjectNoun(text: string, start: number): string | null {
  const verb = COMPLEMENT_VERB.exec(text.slice(Math.max(0, start - WINDOW), start))
  if (!verb) return null
  const before = text.slice(Math.max(0, start - SUBJECT_WINDOW), start - verb[0].length + 1)
  const stop = Math.max(
    before.lastIndexOf('\n'),
    ...['. ', '? ', '! ', '; '].map((p) => before.lastIndexOf(p)),
  )
  const subject = before.slice(stop + 1)
  let noun: string | null = null
  const re = new RegExp(NUMBER_OF.source, NUMBER_OF.flags)
  for (let m = re.exec(subject); m; m = re.exec(subject)) {
    noun = null
    // "the number of cases fell, and deaths were 30": a second clause has its own subject.
    if (CLAUSE_JOIN.test(subject.slice(m.index + m[0].length))) continue
    for (const raw of (m[1] ?? '').split(/\s+/)) {
      const word = raw.toLowerCase()
      if (NOT_A_UNIT.has(word)) break
      // Modifiers come first ("newly displaced", "Kazakh"); the noun is the first plural word after them.
      if (isPlural(word) && !/^\p{Lu}/u.test(raw)) {
        noun = word
        break
      }
    }
  }
  return noun
}

const SENTENCE_START = /(?:^|[.!?:;]["'”’)]*\s+|\n\s*|["“‘(]\s*)$/

/** True when `start` begins a sentence (or a quotation), where any word is capitalized. */
export function isSentenceStart(text: string, start: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, start - 4), start))
}
