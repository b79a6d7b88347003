import type { NumberAnnotation } from '../../model/annotated-article.ts'
import type { AnalysisContext } from '../text/context.ts'
import { countedNoun, currencyBefore, hedgeBefore, subjectNoun, unitAfter } from './number-context.ts'
import { followsName, isDatePart, isLabel, isYear } from './number-exclusions.ts'
import { readWords, applyScale, readFractionPhrase, FRACTION_PHRASE, type Figure } from './spelled-numbers.ts'
import { FRACTIONS, NUMBER_WORD_PATTERN, VAGUE_PLURALS, parseNumberWords } from '../lexicon/number-words.ts'
import { TIME_UNITS } from '../lexicon/units.ts'

const FRACTION_PATTERN = Object.keys(FRACTIONS).join('|')
const CANDIDATE = new RegExp(
  String.raw`\d+(?:[.,]\d+)*|\b(?:${Object.keys(VAGUE_PLURALS).join('|')})\b|${FRACTION_PHRASE}|\b(?:${NUMBER_WORD_PATTERN})(?:-(?:${NUMBER_WORD_PATTERN}|${FRACTION_PATTERN}))*\b`,
  'gi',
)

/**
 * Finds every numeric expression written in digits or words ("Nearly 8,000", "19 million", "$1.2 billion",
 * "42%", "three", "hundreds"). Dates, clock times, years, ordinals, labels ("Article 5") and "one" used as a
 * pronoun are not numbers. The span covers the hedge, the currency sign and a unit of measure ("30 years"),
 * not a counted noun ("people"). Offsets are UTF-16 indexes into `doc.text`; one scan, linear in the text.
 */
export function findNumbers({ doc, ids }: AnalysisContext): NumberAnnotation[] {
  const { text } = doc
  const found: NumberAnnotation[] = []
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags)
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const read = /\d/.test(m[0][0] ?? '')
      ? readDigits(text, m.index, m[0])
      : (readFractionPhrase(text, m.index, m[0]) ?? readWords(text, m.index, m[0]))
    if (!read) continue
    const figure = readRatio(text, read)
    re.lastIndex = Math.max(re.lastIndex, figure.end)
    const annotation = describe(text, figure)
    if (!annotation) continue
    re.lastIndex = Math.max(re.lastIndex, annotation.end)
    const previous = found[found.length - 1]
    // "10-12 people", "between $5 and $10": the first figure of a range takes the unit of the second.
    if (
      previous?.unit === null &&
      /^\s*(?:-|–|to|or|and)\s*$/.test(text.slice(previous.end, annotation.start))
    )
      previous.unit = annotation.unit
    found.push({ id: ids.next('number', text.slice(annotation.start, annotation.end)), ...annotation })
  }
  return found
}

const TIME_UNIT = [...TIME_UNITS.map((u) => `${u}s?`), 'century', 'centuries'].join('|')
const RATIO = new RegExp(String.raw`^\s+in\s+(\d+|${NUMBER_WORD_PATTERN})\b(?!\s+(?:${TIME_UNIT})\b)`, 'i')

/** "one in five", "1 in 10": a share, worth numerator / denominator. "one in 10 years" is not one. */
function readRatio(text: string, figure: Figure): Figure {
  if (figure.rule !== 'number/digits' && figure.rule !== 'number/words') return figure
  const m = RATIO.exec(text.slice(figure.end, figure.end + 32))
  const denominator = m?.[1] ? (/^\d/.test(m[1]) ? Number(m[1]) : parseNumberWords([m[1]])) : null
  if (!m || denominator === null || denominator <= figure.value || figure.value <= 0) return figure
  return {
    ...figure,
    end: figure.end + m[0].length,
    value: Number((figure.value / denominator).toPrecision(12)),
    rule: 'number/ratio',
  }
}

function readDigits(text: string, start: number, raw: string): Figure | null {
  const digits = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?|^\d+(?:\.\d+)?/.exec(raw)?.[0]
  if (!digits || isDatePart(text, start, start + digits.length) || isLabel(text, start)) return null
  // A figure glued to letters is an identifier ("G7", "COVID-19", "A320", "4G").
  const before = text[start - 1] ?? ' '
  if (/[\p{L}_]/u.test(before) || (/[-–]/.test(before) && /\p{L}/u.test(text[start - 2] ?? ''))) return null
  let value = Number(digits.replace(/,/g, ''))
  // A run of hundreds of digits is a code or noise, not a quantity JSON can carry.
  if (!Number.isFinite(value) || digits.length > 20) return null
  let end = start + digits.length
  if (/^(?:st|nd|rd|th)\b/i.test(text.slice(end, end + 3))) return null
  const scaled = applyScale(text, end, value)
  value = scaled.value
  end = scaled.end
  // Letters right after the figure must be a unit of measure ("5km"); otherwise it is a code ("4G", "3D").
  if (/^\p{L}/u.test(text.slice(end, end + 1)) && !unitAfter(text, end)) return null
  // A negative sign stands alone before the figure: "-5", "−5", but not the hyphen of "10-12".
  let from = start
  if (/[-−]/.test(before) && !/[\p{L}\p{N}]/u.test(text[start - 2] ?? ' ')) {
    value = -value
    from = start - 1
  } else if (/\bminus\s+$/i.test(text.slice(Math.max(0, start - 7), start))) {
    value = -value
    from = text.lastIndexOf('minus', start)
  }
  if (isYear(text, start, digits, end)) return null
  if (!scaled.scaled && followsName(text, start) && !unitAfter(text, end) && !countedNoun(text, end, false))
    return null
  return { start: from, end, value, rule: 'number/digits', hedge: null }
}

function describe(text: string, f: Figure): Omit<NumberAnnotation, 'id'> | null {
  let start = f.start
  let end = f.end
  let unit: string | null = null
  const currency = currencyBefore(text, start)
  if (currency) {
    unit = currency.unit
    start = currency.start
    if (text[start - 1] === '-' || text[start - 1] === '−') start -= 1
  }
  const measure = unitAfter(text, end)
  if (measure && (unit === null || measure.unit === unit)) {
    unit = measure.unit
    end = measure.end
  }
  // "a 30-year-old man", "a 5-day visit": the compound's noun is the unit.
  const compound = unit === null ? /^-(\p{L}+)/u.exec(text.slice(end, end + 24)) : null
  if (compound?.[1]) unit = compound[1].toLowerCase()
  if (unit === null) unit = countedNoun(text, end, f.hedge !== null, Math.abs(f.value) === 1)
  const hedged = f.hedge === null ? hedgeBefore(text, start) : null
  if (hedged) start = hedged.start
  // "The number of people arrested has reached 7,939": the subject names what is counted.
  if (unit === null) unit = subjectNoun(text, start)
  return {
    layer: 'number',
    start,
    end,
    rule: f.rule,
    value: f.value,
    unit,
    hedge: f.hedge ?? hedged?.hedge ?? null,
  }
}
