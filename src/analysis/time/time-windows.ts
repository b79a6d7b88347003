import type { Span } from '../../model/span.ts'
import { MONTH_PREFIX_PATTERN } from '../lexicon/calendar.ts'

/**
 * Words that can start or anchor a time expression. Month and weekday names must be capitalized ("may" and
 * "march" are verbs); relative words need their noun ("last week", "30 years ago").
 */
const DATE_CUE = new RegExp(
  [
    String.raw`\b(?:${MONTH_PREFIX_PATTERN})[a-z]*\b`,
    String.raw`\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b`,
    String.raw`\b(?:yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b`,
    String.raw`\b(?:weekend|ago)\b`,
    String.raw`\b(?:last|this|next|past|previous|coming) (?:week|month|year)\b`,
    String.raw`\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b`,
  ].join('|'),
  'gi',
)

/** Characters of context kept on each side of a cue: more than the longest expression chrono reads. */
const MARGIN = 36
const MAX_WINDOW = 1024
const MERGE_GAP = 300

/**
 * Short, merged windows of `text` around date-like words, never crossing a line break and cut at whitespace.
 * Running chrono on these instead of the whole text keeps the pass linear and fast on long articles.
 */
export function dateWindows(text: string): Span[] {
  const windows: Span[] = []
  for (const m of text.matchAll(DATE_CUE)) {
    const cueStart = m.index
    const cueEnd = cueStart + m[0].length
    const start = widen(text, cueStart, -1)
    const end = widen(text, cueEnd, 1)
    const last = windows[windows.length - 1]
    // Each chrono call costs about as much as reading a few hundred characters, so nearby windows of one
    // paragraph merge; the cap keeps a text dense with dates from handing chrono one huge input.
    const near = last && start <= last.end + MERGE_GAP && !text.slice(last.end, start).includes('\n')
    if (last && near && end - last.start <= MAX_WINDOW) last.end = Math.max(last.end, end)
    else windows.push({ start, end })
  }
  return windows
}

/** Moves from `from` up to MARGIN characters in `direction`, stopping at a line break, then back to whitespace. */
function widen(text: string, from: number, direction: 1 | -1): number {
  const limit = direction === 1 ? Math.min(text.length, from + MARGIN) : Math.max(0, from - MARGIN)
  let pos = from
  while (pos !== limit) {
    const ch = direction === 1 ? text[pos] : text[pos - 1]
    if (ch === '\n') return pos
    pos += direction
  }
  if (pos === 0 || pos === text.length) return pos
  // Back off to the nearest space so the window does not start or end inside a word.
  let cut = pos
  while (cut !== from && !/\s/.test((direction === 1 ? text[cut] : text[cut - 1]) ?? ' ')) cut -= direction
  return cut === from ? pos : cut
}
