/** English number words and their values, for the number and time passes. */

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

/** Multipliers that follow a number: "19 million", "two hundred". */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
}

/** Abbreviated scales glued to digits or after them: "£3m", "$1.2bn", "5k". */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  tn: 1e12,
  trn: 1e12,
}

/** Denominators of fractions written in words: "one-third", "two-thirds", "three-quarters". */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
}

/**
 * Vague plural quantities: "hundreds of people" has value 100 (the order of magnitude the word names, which is
 * what a reader compares) and the words themselves as its hedge; "dozens" is 12.
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 12,
  scores: 20,
  tens: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
}

/** One alternation of every number word, longest first so "seventeen" wins over "seven". */
export const NUMBER_WORD_PATTERN = [...Object.keys(SMALL_NUMBERS), ...Object.keys(SCALES), 'dozen']
  .sort((a, b) => b.length - a.length)
  .join('|')

/**
 * Value of a run of number words such as ["one", "hundred", "twenty-five", "thousand"]; null when the words
 * do not form a number. "and" is allowed between parts ("one hundred and five").
 */
export function parseNumberWords(words: readonly string[]): number | null {
  let total = 0
  let current = 0
  let seen = false
  for (const raw of words) {
    const word = raw.toLowerCase()
    if (word === 'and') continue
    const parts = word.split('-')
    for (const part of parts) {
      const small = SMALL_NUMBERS[part]
      if (small !== undefined) {
        current += small
      } else if (part === 'dozen') {
        current = (current || 1) * 12
      } else if (part === 'hundred') {
        current = (current || 1) * 100
      } else {
        const scale = SCALES[part]
        if (scale === undefined) return null
        total += (current || 1) * scale
        current = 0
      }
      seen = true
    }
  }
  return seen ? total + current : null
}

/** A count written in digits or words, including "a"/"an" ("a week ago"); null otherwise. */
export function parseCount(text: string): number | null {
  const t = text.trim().toLowerCase()
  if (/^(?:a|an|one)$/.test(t)) return 1
  if (/^(?:a )?(?:few|couple(?: of)?)$/.test(t)) return t.includes('couple') ? 2 : 3
  if (/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''))
  return parseNumberWords(t.split(/\s+/))
}
