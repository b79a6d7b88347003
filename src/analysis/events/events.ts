import type {
  Claim,
  Speaker,
  SpeakerMention,
  TimeAnnotation,
  TimelineEvent,
} from '../../model/annotated-article.ts'
import type { Span } from '../../model/span.ts'
import type { AnalysisContext } from '../text/context.ts'
import type { AnalysisDocument, Sentence } from '../text/types.ts'
import { buildEventLabel } from './event-label.ts'
import { creditedSpeakers, isPhotoNote, mergeSameHappening, type Placed } from './happenings.ts'

/** What the passes before this one found, and events are built from. */
export interface EarlierFindings {
  times: TimeAnnotation[]
  claims: Claim[]
  mentions: SpeakerMention[]
  speakers: Speaker[]
}

/**
 * One timeline event per time expression: time expressions of one sentence with the same date make one event.
 * Events come in date order (coarser dates first within their period: "2022" before "2022-01" before
 * "2022-01-10"), ties in text order. `annotationIds` lists the time expressions, then the claims that overlap the
 * sentence; `speakerIds` the speakers credited with it (happenings.ts). A caption that only dates its photo
 * makes no event; the same happening found twice in a sentence ("last week" … "on Monday") makes one.
 */
export function buildEvents(context: AnalysisContext, found: EarlierFindings): TimelineEvent[] {
  const { doc, sentences } = context
  const { times, claims, mentions, speakers } = found
  const byId = new Map(speakers.map((s) => [s.id, s]))
  const groups = new Map<string, { sentence: Span; date: string; times: TimeAnnotation[] }>()
  for (const time of [...times].sort((a, b) => a.start - b.start)) {
    // "Two months before the election": no calendar value, so no place on the timeline.
    if (time.date === null) continue
    const sentence = sentenceOf(doc, sentences, time)
    if (isPhotoNote(doc, sentence, time)) continue
    const key = `${sentence.start}:${time.date}`
    const group = groups.get(key)
    if (group) group.times.push(time)
    else groups.set(key, { sentence, date: time.date, times: [time] })
  }
  // Each finding is looked up by the sentence it overlaps, so building events stays linear in the text
  // (filtering every finding for every event was quadratic on long articles).
  const known = new Set<Span>(sentences)
  const claimsIn = bySentence(sentences, claims)
  const mentionsIn = bySentence(sentences, mentions)
  const timesIn = bySentence(sentences, times)
  const placed: Placed[] = []
  for (const { sentence, date, times: group } of groups.values()) {
    const first = group[0]
    if (!first) continue
    const inSentence = <T extends Span>(index: Map<Span, T[]>, items: T[]) =>
      known.has(sentence)
        ? (index.get(sentence) ?? [])
        : items.filter((a) => a.start < sentence.end && sentence.start < a.end)
    const sentenceClaims = inSentence(claimsIn, claims)
    const sentenceMentions = inSentence(mentionsIn, mentions)
    const speakerIds = creditedSpeakers(doc.text, sentence, group, sentenceClaims, sentenceMentions, (id) =>
      byId.has(id),
    )
    // Dated expressions leave the label (the timeline shows the date); "up 12% from a year earlier" keeps its words.
    const timesInSentence = inSentence(timesIn, times).filter((t) => t.date !== null)
    const label = buildEventLabel(doc.text, sentence, timesInSentence, sentenceMentions, byId, first)
    placed.push({
      sentence,
      times: group.length,
      position: first.start,
      event: {
        id: `ev-${first.id}`,
        date,
        // "About 30 years ago" and "in 1992" in one sentence: the exact one dates the event.
        approximate: group.every((t) => t.approximate),
        label: label || doc.text.slice(first.start, first.end),
        speakerIds,
        annotationIds: [...group.map((t) => t.id), ...sentenceClaims.map((c) => c.id)],
      },
    })
  }
  return mergeSameHappening(placed)
    .map((p) => ({ ...p, key: sortKey(p.event.date) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || a.position - b.position)
    .map((p) => p.event)
}

/**
 * Findings grouped by every sentence they overlap, each list in text order. Keyed by the sentence object, so
 * only sentences from `sentences` are found (a paragraph fallback from `sentenceOf` filters instead).
 */
function bySentence<T extends Span>(sentences: Sentence[], items: readonly T[]): Map<Span, T[]> {
  const index = new Map<Span, T[]>()
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    let i = firstEndingAfter(sentences, item.start)
    for (; i < sentences.length; i++) {
      const s = sentences[i]!
      if (s.start >= item.end && !(item.start === item.end && s.start === item.start)) break
      const list = index.get(s)
      if (list) list.push(item)
      else index.set(s, [item])
    }
  }
  return index
}

/** Index of the first sentence whose end lies after `offset` (binary search; sentences are in text order). */
function firstEndingAfter(sentences: Sentence[], offset: number): number {
  let lo = 0
  let hi = sentences.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sentences[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The sentence holding `span`; the paragraph when no sentence does (sentences may be missing or partial). */
function sentenceOf(doc: AnalysisDocument, sentences: Sentence[], span: Span): Span {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]
    if (!s) break
    if (span.start < s.start) hi = mid - 1
    else if (span.start >= s.end) lo = mid + 1
    else return s
  }
  const paragraph = doc.paragraphs.find((p) => p.start <= span.start && span.start < p.end)
  return paragraph ?? { start: span.start, end: span.end }
}

/** Sort key: the first day of the period, with "00" for an unknown month or day so coarse dates come first. */
function sortKey(date: string): string {
  const start = date.split('/')[0] ?? date
  const [year = '0000', month = '00', day = '00'] = start.split('-')
  return `${year.padStart(4, '0')}-${month}-${day}`
}
