import type {
  Claim,
  Speaker,
  SpeakerMention,
  TimeAnnotation,
  TimelineEvent,
} from '../model/annotated-article.ts'
import type { Span } from '../model/span.ts'
import type { AnalysisDocument, Sentence } from './types.ts'
import { buildEventLabel } from './event-label.ts'

/**
 * One timeline event per time expression: time expressions of one sentence with the same date make one event.
 * Events come in date order (coarser dates first within their period: "2022" before "2022-01" before
 * "2022-01-10"), ties in text order. `annotationIds` lists the time expressions, then the claims that overlap the
 * sentence; `speakerIds` the speakers mentioned or claiming in it, in order of appearance.
 */
export function buildEvents(
  doc: AnalysisDocument,
  sentences: Sentence[],
  times: TimeAnnotation[],
  claims: Claim[],
  mentions: SpeakerMention[],
  speakers: Speaker[],
): TimelineEvent[] {
  const byId = new Map(speakers.map((s) => [s.id, s]))
  const groups = new Map<string, { sentence: Span; date: string; times: TimeAnnotation[] }>()
  for (const time of [...times].sort((a, b) => a.start - b.start)) {
    const sentence = sentenceOf(doc, sentences, time)
    const key = `${sentence.start}:${time.date}`
    const group = groups.get(key)
    if (group) group.times.push(time)
    else groups.set(key, { sentence, date: time.date, times: [time] })
  }
  const events: { event: TimelineEvent; position: number }[] = []
  for (const { sentence, date, times: group } of groups.values()) {
    const first = group[0]
    if (!first) continue
    const inSentence = <T extends Span>(items: T[]) =>
      items.filter((a) => a.start < sentence.end && sentence.start < a.end)
    const sentenceClaims = inSentence(claims).sort((a, b) => a.start - b.start)
    const sentenceMentions = inSentence(mentions).sort((a, b) => a.start - b.start)
    const speakerIds: string[] = []
    for (const item of [...sentenceMentions, ...sentenceClaims].sort((a, b) => a.start - b.start)) {
      if (item.speakerId !== null && byId.has(item.speakerId) && !speakerIds.includes(item.speakerId))
        speakerIds.push(item.speakerId)
    }
    const timesInSentence = inSentence(times)
    const label = buildEventLabel(doc.text, sentence, timesInSentence, sentenceMentions, byId, first)
    events.push({
      position: first.start,
      event: {
        id: `ev-${first.id}`,
        date,
        label: label || doc.text.slice(first.start, first.end),
        speakerIds,
        annotationIds: [...group.map((t) => t.id), ...sentenceClaims.map((c) => c.id)],
      },
    })
  }
  return events
    .sort((a, b) => compareDates(a.event.date, b.event.date) || a.position - b.position)
    .map((e) => e.event)
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

function compareDates(a: string, b: string): number {
  const ka = sortKey(a)
  const kb = sortKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}
