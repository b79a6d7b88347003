import * as chrono from 'chrono-node'
import type { TimeAnnotation } from '../../model/annotated-article.ts'
import type { AnalysisContext } from '../text/context.ts'
import { publicationTime, type CalendarDay } from './dates.ts'
import { dateWindows } from './time-windows.ts'
import { resolveTime, type DateParts } from './time-rules.ts'
import { clauseTense } from './tense.ts'
import { findYearExpressions } from './time-years.ts'
import { findYearParts } from './time-periods.ts'
import { findTimeSpans } from './time-spans.ts'
import { findRelativeTimes } from './time-relative.ts'
import { MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN } from '../lexicon/calendar.ts'

type Found = Omit<TimeAnnotation, 'id' | 'layer'>

/**
 * Finds time expressions and places each on the calendar: `date` is `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or
 * `START/END`, resolved against the publication day in the article's own time zone (the offset in
 * `doc.published`). chrono-node finds the expressions; time-rules.ts applies news conventions (a bare weekday is
 * the most recent one, "last week" is Monday–Sunday). The span includes a leading on/in/since/by/until, as the
 * reader sees it ("on Monday"). Durations ("for many years", "a week of upheaval") and "now" are left out.
 */
export function findTimeExpressions({ doc, ids }: AnalysisContext): TimeAnnotation[] {
  const { text } = doc
  const pub = publicationTime(doc.published)
  const reference = { instant: pub.instant, timezone: pub.offsetMinutes }
  // Quarters, halves and month ranges first: where chrono reads part of one, ours is the one kept.
  const found: Found[] = [
    ...findYearParts(text, pub.day),
    ...findTimeSpans(text, pub.day),
    ...findRelativeTimes(text),
  ]
  // chrono runs dozens of patterns over its whole input: on long text that is slow, so it only sees short
  // windows around a date-like word. Each window is cut at whitespace, so no expression is split.
  for (const window of dateWindows(text)) {
    for (const result of chrono.en.casual.parse(text.slice(window.start, window.end), reference)) {
      const time = readResult(text, window.start + result.index, result, pub.day)
      if (time) found.push(time)
    }
  }
  for (const year of findYearExpressions(text, pub.day)) found.push(year)
  return dropOverlaps(found).map((t) => ({
    id: ids.next('time', text.slice(t.start, t.end)),
    layer: 'time',
    ...t,
  }))
}

const WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAY_NAME_PATTERN})\b`)
const WEEKDAY_ANY_CASE = /\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day)?\b/i
const MONTH_ANY_CASE = new RegExp(String.raw`\b(?:${MONTH_NAME_PATTERN})\b`, 'gi')
const LEADING_PREPOSITION = /^(?:on|in|at|during|of|the)\s+/i
const MODIFIER_BEFORE =
  /(?:\b(early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of)[\s-]*|\b(about|around|roughly|some|nearly|almost|more than|over|approximately|circa)\s+)$/i
const PREPOSITION_BEFORE = /\b(?:on|in|since|by|until|till|as of|from|(?:in|over) the)\s+$/i
/** "end of next year": the period the expression is the end of. */
const PART_OF_PERIOD = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+/i
/** "in six hours", "within two weeks": a duration, not a date. */
const DURATION =
  /^(?:in|within)\s+(?:an?|\w+|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i
/** A preposition that reaches towards a date rather than placing something at it. */
const OPEN_END = /\b(?:until|till|through|by|to|from)\s+$/i
const OPEN_START = /^(?:until|till|through|by|to|from)\b/i
/** "next January", "last March": chrono reads the month and leaves the word before it. */
const RELATIVE_BEFORE = /\b(next|last|this|coming)\s+$/i

function readResult(
  text: string,
  start: number,
  result: chrono.ParsedResult,
  pub: CalendarDay,
): Found | null {
  const raw = result.text.replace(/[\s,;:]+$/, '')
  if (!isPlausible(text, start, raw) || DURATION.test(raw) || isGenericToday(text, start + raw.length, raw))
    return null
  // "the last year of the war": the final one, not the calendar year before publication (a window ending at
  // publication, "the last year", is read by time-spans.ts).
  if (
    /^(?:last|past|next) (?:week|month|year)$/i.test(raw) &&
    /\bthe\s+$/i.test(text.slice(start - 5, start))
  )
    return null
  const c = result.start
  const parts = (p: chrono.ParsedComponents): DateParts => ({
    year: p.isCertain('year') ? (p.get('year') ?? undefined) : undefined,
    month: p.isCertain('month') ? (p.get('month') ?? undefined) : undefined,
    day: p.isCertain('day') ? (p.get('day') ?? undefined) : undefined,
    weekday: p.isCertain('weekday') ? (p.get('weekday') ?? undefined) : undefined,
  })
  const period = PART_OF_PERIOD.exec(raw)
  let phrase = raw
    .slice(period?.[0].length ?? 0)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(LEADING_PREPOSITION, '')
  let from = start
  const relative = /^[a-z]/.test(phrase)
    ? RELATIVE_BEFORE.exec(text.slice(Math.max(0, start - 12), start))
    : null
  if (relative?.[1] && (c.isCertain('month') || c.isCertain('weekday')) && !c.isCertain('day')) {
    phrase = `${relative[1].toLowerCase()} ${phrase}`
    from -= relative[0].length
  }
  let tense = clauseTense(text, from, start + raw.length)
  const toward = OPEN_END.test(text.slice(Math.max(0, from - 12), from)) || OPEN_START.test(raw)
  // "was delayed until March": a past verb, but the month it reaches may lie either side of publication.
  if (tense === 'past' && toward) tense = 'unknown'
  const end = result.end ? parts(result.end) : null
  const resolved = resolveTime({ phrase, start: parts(c), end, tense, toward }, pub)
  if (!resolved) return null
  let approximate = resolved.approximate || period !== null
  if (period) {
    // The part of a period is the period, approximately: "by the end of next year" is next year.
    const date = resolved.date.includes('/') ? resolved.date.slice(0, 4) : resolved.date
    resolved.date = /^\d{4}-\d{2}-\d{2}$/.test(date) && /\byear\b/.test(phrase) ? date.slice(0, 4) : date
    const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, from - 4), from))
    if (the && !/^the\b/i.test(raw)) from -= the[0].length
  }
  const modifier = period ? null : MODIFIER_BEFORE.exec(text.slice(Math.max(0, from - 24), from))
  if (modifier) {
    from -= modifier[0].length
    // "early Tuesday" is that day (early in it); "early March", "about 30 years ago" only approximate theirs.
    const timeOfDay = /^(?:early|late)$/i.test(modifier[1] ?? '') && /^\d{4}-\d{2}-\d{2}$/.test(resolved.date)
    if (!/^(?:earlier|later)$/i.test(modifier[1] ?? '') && !timeOfDay) approximate = true
  }
  if (!LEADING_PREPOSITION.test(raw) && !relative) {
    const preposition = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, from - 12), from))
    if (preposition) from -= preposition[0].length
  }
  return { start: from, end: start + raw.length, rule: 'time/chrono', date: resolved.date, approximate }
}

/**
 * Drops chrono's readings of ordinary words: "sun", "march" and "may" in lower case, a month alone without a
 * preposition ("Theresa May"), a weekday inside a name ("The Sunday Times", "Bloody Sunday").
 */
function isPlausible(text: string, start: number, raw: string): boolean {
  for (const m of raw.matchAll(MONTH_ANY_CASE)) if (!/^[A-Z]/.test(m[0])) return false
  if (WEEKDAY_ANY_CASE.test(raw) && !/\d/.test(raw) && !WEEKDAY.test(raw)) return false
  const before = text.slice(Math.max(0, start - 24), start)
  // "on a Sunday in January", "every Monday": no particular day.
  if (/^[A-Z][a-z]+$/.test(raw) && /\b(?:a|every|each|one|any)\s+$/i.test(before)) return false
  const after = text.slice(start + raw.length, start + raw.length + 24)
  // Only a bare weekday can be part of a name; "on Friday" never is.
  if (/^[A-Z][a-z]+$/.test(raw) && WEEKDAY.test(raw)) {
    if (/^\s+[A-Z]/.test(after) && !/^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(after))
      return false
    if (/\b(?:[Tt]he|[A-Z][a-z]+)\s+$/.test(before) && !/(?:^|[.!?]\s+)[A-Z][a-z]+\s+$/.test(before))
      return false
  }
  if (/^[A-Z][a-z]+\.?$/.test(raw) && !WEEKDAY.test(raw)) {
    return /\b(?:in|since|by|until|till|from|during|through|early|late|mid|last|next|this|of|between|and|to)[\s-]+$/i.test(
      before,
    )
  }
  return true
}

/** What can happen on a day: "today's vote" is a date, "today's economy" or "the youth of today" is not. */
const DAY_EVENT =
  /^['’]s\s+(?:\w+\s+)?(?:meeting|vote|voting|decision|announcement|ruling|hearing|session|match|game|race|election|talks|summit|attack|strike|protest|rally|report|statement|speech|ceremony|launch|release|deadline|figures|data|results|trading|deal|agreement|verdict|sentencing|trial|debate|event|parade|march|funeral|service|edition|briefing|conference|call|visit|trip|flight|storm|forecast|weather|temperatures?|opening|closing|final|semifinal|episode|broadcast|interview|walkout|shutdown|auction|sale|close|session|program|programme|schedule)s?\b/i

/** "today's economy", "in today's world", "the children of today": today as "nowadays", no day on a calendar. */
function isGenericToday(text: string, end: number, raw: string): boolean {
  if (!/^(?:(?:on|in|at|of|for|until)\s+)?today$/i.test(raw)) return false
  const after = text.slice(end, end + 48)
  if (/^['’]s\b/.test(after)) return !DAY_EVENT.test(after)
  return /\b(?:of|in|like)\s+$/i.test(text.slice(Math.max(0, end - raw.length - 12), end - raw.length))
}

/**
 * Keeps one of overlapping findings, in text order: the longer one at the same start (a window's edge may cut an
 * expression short), else the earlier; chrono's readings come before our year rules.
 */
function dropOverlaps(found: Found[]): Found[] {
  const sorted = found
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.start - b.f.start || b.f.end - a.f.end || a.i - b.i)
  const kept: Found[] = []
  for (const { f } of sorted) {
    const last = kept[kept.length - 1]
    if (last && f.start < last.end) continue
    kept.push(f)
  }
  return kept
}
