import type { Speaker, SpeakerMention } from '../../model/annotated-article.ts'
import type { Span } from '../../model/span.ts'
import { speechVerb } from '../lexicon/speech-verbs.ts'

const isAttributionVerb = (w: string): boolean => {
  const v = speechVerb(w)
  return (
    v !== undefined &&
    v.form !== 'ing' &&
    v.verbClass !== 'deny' &&
    v.verbClass !== 'call' &&
    v.verbClass !== 'accuse'
  )
}

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
  focus?: Span,
): string {
  if (focus) {
    // "…, marking the worst unrest since gaining independence 30 years ago": what happened 30 years ago is
    // gaining independence, not the unrest.
    const gerund = gerundBefore(text, sentence, focus)
    if (gerund) return finish(tidy(gerund))
    const clause = clauseAround(text, sentence, focus, remove)
    if (clause) return labelOf(text, clause, remove, mentions, speakers)
    // "Arrests reached 7,939, the ministry announced on Monday, …": the time dates the announcement; what
    // was announced, the content before the attribution, is the label.
    const content = contentBeforeAttribution(text, sentence, focus, remove)
    if (content) return labelOf(text, content, remove, mentions, speakers)
  }
  return labelOf(text, sentence, remove, mentions, speakers)
}

/** "since gaining independence", "after winning the election in": a gerund phrase the time expression dates. */
const GERUND_BEFORE =
  /\b(?:since|after|before|until|upon|while)\s+(?!(?:morning|evening|spring|during|nothing|something|anything|everything|thing|king|ring|wing|string)\b)(\p{Ll}+ing(?:\s+[^\s,;:.!?()"“”]+){1,6}?)\s*$/u

function gerundBefore(text: string, sentence: Span, focus: Span): string | null {
  const before = text.slice(Math.max(sentence.start, focus.start - 80), focus.start)
  const m = GERUND_BEFORE.exec(before)
  return m?.[1] ? m[1].replace(/\s+(?:in|on|at|of|by|from)$/i, '') : null
}

/** Where a sentence splits into clauses: punctuation, a dash, or a conjunction that opens a new clause. */
const CLAUSE_BREAK = /[,;:]\s+|\s[—–]\s+|\s(?=(?:though|although|but|whereas|while|because)\s)/g
const CONJUNCTION = /^(?:though|although|but|whereas|while|because)\s+/i
/** A clause opening with one of these is an adverbial of the main clause: the main clause is the label. */
const ADVERBIAL_CLAUSE =
  /^(?:during|in|on|at|after|before|with|by|for|from|since|until|amid|despite|following|including|according|as|when|who|which|where|that|and|or|then|last|this|next|early|late|earlier|later)\b/i
const MIN_CLAUSE_WORDS = 3
const OPENS_CONTENT = new Set(
  'that is are was were has have had will would can could should may might must be been'.split(' '),
)
/** An attribution clause ("the Interior Ministry of Kazakhstan announced") is short; a longer clause says more. */
const MAX_ATTRIBUTION_WORDS = 10
const CLAUSE_WINDOW = 300

/**
 * The clause of the sentence that holds the time expression `focus`, when it is a clause of its own ("…,
 * though Jen Psaki refuted the accusations on January 5, calling …", "…, marking the worst unrest since gaining
 * independence 30 years ago"); null when the time belongs to the main clause or its clause is too thin.
 */
function clauseAround(text: string, sentence: Span, focus: Span, remove: readonly Span[]): Span | null {
  // Only a window around the time is read, so a huge sentence with many dates costs no more than a short one.
  const from = Math.max(sentence.start, focus.start - CLAUSE_WINDOW)
  const to = Math.min(sentence.end, focus.end + CLAUSE_WINDOW)
  const body = text.slice(from, to)
  let start = -1
  let end = -1
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    const at = m.index
    if (from + at + m[0].length <= focus.start) start = at + m[0].length
    else if (from + at >= focus.end) {
      end = at
      break
    }
  }
  if (start < 0 && from > sentence.start) return null
  if (end < 0 && to < sentence.end) return null
  start = Math.max(start, 0)
  if (end < 0) end = body.length
  if (start === 0 && end === body.length) return null
  const offset = from
  let clause = body.slice(start, end)
  const conjunction = CONJUNCTION.exec(clause)
  if (conjunction) {
    start += conjunction[0].length
    clause = clause.slice(conjunction[0].length)
  } else if (start === 0 || ADVERBIAL_CLAUSE.test(clause)) return null
  let words = clause
  for (const r of remove) {
    const a = Math.max(r.start - offset, start)
    const b = Math.min(r.end - offset, end)
    if (a < b) words = words.replace(body.slice(a, b), ' ')
  }
  const list = words.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w))
  if (list.length < MIN_CLAUSE_WORDS) return null
  // "…, the ministry announced on Monday": an attribution; what was announced is the main clause.
  if (list.some((w) => isAttributionVerb(w.toLowerCase()))) return null
  return { start: offset + start, end: offset + end }
}

/**
 * The words before a tail attribution clause that holds the time expression `focus` ("…, the ministry
 * announced on Monday"), or null when the time is not in such a clause or too few words come before it.
 */
function contentBeforeAttribution(
  text: string,
  sentence: Span,
  focus: Span,
  remove: readonly Span[],
): Span | null {
  const from = Math.max(sentence.start, focus.start - CLAUSE_WINDOW)
  const body = text.slice(from, focus.start)
  let start = -1
  for (const m of body.matchAll(/[,;]\s+/g)) start = m.index + m[0].length
  if (start < 0) return null
  // The clause runs from the last comma before the time to the next one after it.
  const after = text.slice(focus.end, Math.min(sentence.end, focus.end + CLAUSE_WINDOW))
  const stop = /[,;:]|\s[—–]\s/.exec(after)
  const clauseEnd = stop ? focus.end + stop.index : Math.min(sentence.end, focus.end + CLAUSE_WINDOW)
  let clause = text.slice(from + start, clauseEnd)
  for (const r of remove)
    if (r.start >= from + start && r.end <= clauseEnd)
      clause = clause.replace(text.slice(r.start, r.end), ' ')
  const words = clause
    .split(/\s+/)
    .filter((w) => /\p{L}{2,}/u.test(w))
    .map((w) => w.toLowerCase())
  const verb = words.findIndex(isAttributionVerb)
  if (words.length > MAX_ATTRIBUTION_WORDS || verb < 1) return null
  // A tail attribution ends the statement ("the ministry announced in a statement"); "police said on Monday
  // that the road …" or "said the road was …" opens one, and the content comes after it.
  if (words.slice(verb + 1).some((w) => OPENS_CONTENT.has(w)) || words.length - verb > 5) return null
  const content = { start: sentence.start, end: from + start }
  // Counted in the window only: a content that starts before it is long enough anyway.
  const contentWords = body
    .slice(0, start)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]{2,}/u.test(w))
  return from > sentence.start || contentWords.length >= MIN_CLAUSE_WORDS ? content : null
}

function labelOf(
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
    if (mention.end <= sentence.start || mention.start >= sentence.end) continue
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
    if (cut.end <= pos || cut.start >= sentence.end) continue
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
  if (label.length > MAX_LABEL) {
    const plain = cut(label)
    const shorter = dropInnerPhrase(label)
    // Only when the plain cut would lose the verb after the phrase: otherwise the phrase is worth its room.
    if (shorter && plain.replace(/…$/, '').length <= shorter.verbAt)
      label = shorter.text.length > MAX_LABEL ? cut(shorter.text) : shorter.text
    else label = plain
  }
  label = balanceQuotes(label)
  return label.charAt(0).toUpperCase() + label.slice(1)
}

/**
 * An adverbial phrase between the subject and its verb: "arrested by police [during the protests in the
 * capital] has reached". Lazy, so it ends at the first auxiliary; no comma, quote or clause word inside.
 */
const INNER_PHRASE =
  /\s(?:during|amid|amidst|throughout|across|following|despite|over|in|at|on)\s(?:(?!that\s|which\s|who\s)[^,;:"“”])*?(?=\s(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)\s)/i

/**
 * A label too long for the timeline whose cut would end before its verb loses the adverbial phrase between its
 * subject and verb instead, so it keeps the verb and its object ("The number of people arrested by police has
 * reached 7,939"). Only near the start of the label; the phrase must leave at least two words before it.
 */
function dropInnerPhrase(s: string): { text: string; verbAt: number } | null {
  const m = INNER_PHRASE.exec(s.slice(0, MAX_LABEL + 40))
  if (!m || s.slice(0, m.index).split(' ').length < 2) return null
  if (m[0].split(/\s+/).some((w) => isAttributionVerb(w.toLowerCase()))) return null
  return { text: s.slice(0, m.index) + s.slice(m.index + m[0].length), verbAt: m.index + m[0].length + 1 }
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
