import type { Speaker, SpeakerMention } from '../model/annotated-article.ts'
import type { Span } from '../model/span.ts'

/** Longest label, in characters, the timeline shows (`TimelineEvent.label`). */
export const MAX_LABEL = 90

const LEADING_CONNECTIVE =
  /^(?:and|but|so|yet|also|meanwhile|however|separately|still|then|earlier|later|moreover|furthermore|in addition|at the same time)\b[,\s]*/i
const LEADING_PHRASE =
  /^(?:on|in|at|during|after|before|since|by|for|following|amid|despite|as|when|while|normally|according to)\b[^,]{0,80},\s*/i
/** Where a clause may end: punctuation first, then words that open a new clause or phrase. */
const PUNCTUATION_BREAK = /\s*(?:[,;:(]|\s[—–-]\s)/g
const WORD_BREAK =
  /\s(?:and|but|while|whereas|as|after|before|during|since|because|which|who|when|where|though|although|with|in|on|at|by|for|from|to|that|including)\s/gi

/**
 * A short summary of the sentence around a time expression, for the timeline: the sentence with the time
 * expressions and the long titles before known speakers removed (the speaker's `role` right before a mention),
 * leading connectives and an opening adverbial phrase dropped, then cut at a clause boundary within 90
 * characters. A cut mid-clause, at a word boundary, ends with "…". Deterministic, no trailing punctuation.
 */
export function buildEventLabel(
  text: string,
  sentence: Span,
  remove: readonly Span[],
  mentions: readonly SpeakerMention[],
  speakers: ReadonlyMap<string, Speaker>,
): string {
  const cuts: Span[] = [...remove]
  for (const mention of mentions) {
    const role = speakers.get(mention.speakerId)?.role
    if (!role) continue
    const before = text.slice(Math.max(sentence.start, mention.start - role.length - 1), mention.start)
    if (before.trim().toLowerCase() === role.toLowerCase())
      cuts.push({ start: mention.start - before.length, end: mention.start })
    const inner = text.slice(mention.start, mention.end)
    if (inner.toLowerCase().startsWith(role.toLowerCase() + ' '))
      cuts.push({ start: mention.start, end: mention.start + role.length + 1 })
  }
  let label = ''
  let pos = sentence.start
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.end <= pos) continue
    label += text.slice(pos, Math.max(pos, cut.start))
    pos = Math.max(pos, cut.end)
  }
  label += text.slice(pos, sentence.end)
  return finish(tidy(label))
}

function tidy(raw: string): string {
  let s = raw
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/,\s*,/g, ',')
    .trim()
  s = s.replace(/^[\s,;:.—–-]+/, '')
  for (let i = 0; i < 3; i++) {
    const next = s
      .replace(LEADING_CONNECTIVE, '')
      .replace(LEADING_PHRASE, '')
      .replace(/^[\s,;:—–-]+/, '')
    if (next === s || next.length < 12) break
    s = next
  }
  return s
}

function finish(s: string): string {
  let label = stripEnd(s)
  if (label.length > MAX_LABEL) label = cut(label)
  label = balanceQuotes(label)
  return label.charAt(0).toUpperCase() + label.slice(1)
}

/** The longest prefix within the limit that ends at a clause boundary, else at a word boundary plus "…". */
function cut(s: string): string {
  const limit = MAX_LABEL - 1
  // A boundary that keeps less than half the room makes a label too thin; a word cut with "…" reads better.
  const minimum = 45
  for (const pattern of [PUNCTUATION_BREAK, WORD_BREAK]) {
    let best = -1
    for (const m of s.matchAll(pattern)) {
      if (m.index > limit) break
      if (m.index >= minimum) best = m.index
    }
    if (best > 0) return stripEnd(s.slice(0, best))
  }
  let end = s.lastIndexOf(' ', limit - 1)
  if (end <= minimum) end = limit - 1
  // Never end inside a quotation: a half-quoted phrase misquotes. Back off to before its opening mark.
  const open = openQuoteAt(s.slice(0, end))
  if (open > minimum) end = open
  return `${stripEnd(s.slice(0, end))}…`
}

/** Offset of the quotation mark left open at the end of `s`, or -1. */
function openQuoteAt(s: string): number {
  const straight = [...s.matchAll(/"/g)]
  if (straight.length % 2 === 1) return straight[straight.length - 1]?.index ?? -1
  const opening = s.lastIndexOf('“')
  return opening > s.lastIndexOf('”') ? opening : -1
}

function stripEnd(s: string): string {
  return s.replace(/[\s.,;:!?—–-]+$/, '')
}

/** A cut can leave a quotation open; close it so the label does not read as misquoting. */
function balanceQuotes(s: string): string {
  const straight = (s.match(/"/g) ?? []).length
  const open = (s.match(/“/g) ?? []).length - (s.match(/”/g) ?? []).length
  const withStraight = straight % 2 === 1 ? insertBeforeEllipsis(s, '"') : s
  return open > 0 ? insertBeforeEllipsis(withStraight, '”') : withStraight
}

function insertBeforeEllipsis(s: string, mark: string): string {
  return s.endsWith('…') ? `${s.slice(0, -1)}${mark}…` : `${s}${mark}`
}
