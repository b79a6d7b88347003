import type { Span } from '../../model/span.ts'
import type { AnalysisDocument } from './types.ts'

/** A quoted stretch. `start`/`end` include the quote marks; `inner` is what lies between them. */
export interface Quote extends Span {
  inner: Span
  paragraph: number
  /** False when the quote runs on to the end of its paragraph: the multi-paragraph quote of news style. */
  closed: boolean
  /** 'single' only for ‘…’ that are clearly quoting and not inside a double-quoted stretch. */
  kind: 'double' | 'single'
}

const OPENERS_BEFORE = ' \t\n([{—–-/'

const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\n' || c === '\t'
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)
const isDoubleMark = (c: string | undefined): boolean => c === '"' || c === '“' || c === '”'

/**
 * Finds the quoted stretches of every paragraph, in document order. A quote never crosses a paragraph: an
 * opening mark left unclosed is dropped, unless it opens the paragraph or the next paragraph opens with a quote
 * mark — then it is the classic multi-paragraph quote and runs to the paragraph's end (`closed: false`).
 * Linear in the text length.
 */
export function findQuotes(doc: AnalysisDocument): Quote[] {
  const quotes: Quote[] = []
  doc.paragraphs.forEach((p, index) => {
    const next = doc.paragraphs[index + 1]
    const nextOpensWithQuote = next !== undefined && isDoubleMark(doc.text[next.start])
    findDoubleQuotes(doc.text, p.start, p.end, index, nextOpensWithQuote, quotes)
  })
  return addSingleQuotes(doc, quotes)
}

function findDoubleQuotes(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  nextOpens: boolean,
  out: Quote[],
): void {
  let open = -1
  const emit = (from: number, to: number, closed: boolean): void => {
    out.push({
      start: from,
      end: closed ? to + 1 : to,
      inner: { start: from + 1, end: to },
      paragraph,
      closed,
      kind: 'double',
    })
  }
  for (let i = start; i < end; i++) {
    const c = text[i]
    if (c === '“') {
      open = i // an earlier unclosed opener is a stray mark
    } else if (c === '”') {
      if (open >= 0) emit(open, i, true)
      open = -1
    } else if (c === '"') {
      const before = i > start ? text[i - 1] : undefined
      const after = i + 1 < end ? text[i + 1] : undefined
      const opensHere = (before === undefined || OPENERS_BEFORE.includes(before)) && !isSpace(after)
      if (open < 0) {
        // A mark glued to the word before it and followed by a space closes nothing: a stray closer.
        if (opensHere || isSpace(before) || !isSpace(after)) open = i
      } else if (opensHere && i - open > 1 && isSpace(text[i - 1])) {
        open = i // `"a … "b"`: the first mark was never closed
      } else {
        emit(open, i, true)
        open = -1
      }
    }
  }
  if (open >= 0 && (open === start || nextOpens)) emit(open, end, false)
}

/** ‘…’ counts only when the opener follows a space or bracket, the closer precedes a non-letter, in one paragraph. */
function addSingleQuotes(doc: AnalysisDocument, doubles: Quote[]): Quote[] {
  const text = doc.text
  const all: Quote[] = []
  let d = 0
  doc.paragraphs.forEach((p, paragraph) => {
    let open = -1
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]
      if (c !== '‘' && c !== '’') continue
      if (c === '‘') {
        const before = i > p.start ? text[i - 1] : undefined
        if (
          (before === undefined || OPENERS_BEFORE.includes(before) || isDoubleMark(before)) &&
          isWordChar(text[i + 1])
        )
          open = i
      } else if (open >= 0 && !isSpace(text[i - 1]) && !isWordChar(text[i + 1])) {
        while (d < doubles.length && (doubles[d]?.end ?? 0) <= open) all.push(doubles[d++] as Quote)
        const inside = d < doubles.length && (doubles[d]?.start ?? Infinity) < open
        if (!inside)
          all.push({
            start: open,
            end: i + 1,
            inner: { start: open + 1, end: i },
            paragraph,
            closed: true,
            kind: 'single',
          })
        open = -1
      }
    }
  })
  while (d < doubles.length) all.push(doubles[d++] as Quote)
  return all.sort((a, b) => a.start - b.start)
}
