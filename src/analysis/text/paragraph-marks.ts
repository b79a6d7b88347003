/**
 * Marks at the start of a paragraph that say how it is laid out: the bullet or number of a list item ("- ",
 * "• ", "1. "), and the label of a turn in a transcript ("Q:", "A:", "Question:", "Answer:", "ALDECOA:",
 * "Inés Aldecoa:"). Offsets are into the paragraph's own text (UTF-16 code units); pure.
 */

/** A list item's marker and the space after it: a bullet (group 1) or a number with "." or ")" (group 2). */
const MARKER = /^(?:([-*+•‣▪◦])|(\d{1,2})[.)])[ \t]+(?=\S)/u

/** The marker opening a list item ("- ", "• ", "12. "): where its words begin, and its number if it has one. */
export function listMarker(line: string): { end: number; number: number | null } | null {
  const m = MARKER.exec(line)
  if (!m) return null
  return { end: m[0].length, number: m[2] === undefined ? null : Number(m[2]) }
}

/** Where the words of a list item begin after its marker; 0 when the paragraph is not a list item. */
export function bulletEnd(paragraph: string): number {
  return listMarker(paragraph)?.end ?? 0
}

export interface TurnLabel {
  /** `question`/`answer` for "Q:"/"A:" and their long forms; `name` for a speaker's name. */
  kind: 'question' | 'answer' | 'name'
  /** The label as written, without the colon ("Q", "ALDECOA", "Inés Aldecoa"). */
  label: string
  /** Where the turn's words begin, after the colon and its space. */
  end: number
}

const QA_LABEL = /^(Q|A|Question|Answer)\s?:[ \t]+(?=\S)/
/** One to three capitalised words (or one in capitals), then a colon: "ALDECOA:", "Inés Aldecoa:", "O'Neill:". */
const NAME_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}):[ \t]+(?=\S)/u

/** Labels that open ordinary paragraphs ("Note:", "Update:"), never a turn of a transcript. */
const NOT_NAMES = new Set(
  `note update editor's editor’s correction clarification disclosure photo photos source sources watch listen
  read related warning background context advertisement ingredients method step tip tips bottom
  summary why what how who when where`.split(/\s+/),
)

/** The label of a transcript turn that opens this paragraph, or null. */
export function turnLabel(paragraph: string): TurnLabel | null {
  const qa = QA_LABEL.exec(paragraph)
  if (qa) {
    const label = qa[1] ?? ''
    const kind = label.startsWith('Q') ? 'question' : 'answer'
    return { kind, label, end: qa[0].length }
  }
  const named = NAME_LABEL.exec(paragraph)
  const label = named?.[1] ?? ''
  if (!named || NOT_NAMES.has(label.split(' ')[0]?.toLowerCase() ?? '')) return null
  return { kind: 'name', label, end: named[0].length }
}
