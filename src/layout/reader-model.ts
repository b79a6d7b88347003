import type {
  AnnotatedArticle,
  Annotation,
  Layer,
  Speaker,
  TimelineEvent,
} from '../model/annotated-article.ts'
import { LAYERS } from '../model/annotated-article.ts'
import { compareSpans } from '../model/span.ts'
import { annotationsByParagraph } from './to-segments.ts'
import { curlQuotes } from './curl-quotes.ts'
import { chunkBody, type BodyChunk } from './article-chunks.ts'

/**
 * Everything the reader looks up while the reader reads, computed once per article so that components only
 * read data. Pure: no React, no DOM.
 */
export interface ReaderModel {
  article: AnnotatedArticle
  /**
   * The text as the reader shows it: the article's `text` with straight quotes curled (`curlQuotes`), of the
   * same length, so every offset holds for both. Anchoring, links and exports read `article.text`.
   */
  displayText: string
  annotationById: ReadonlyMap<string, Annotation>
  speakerById: ReadonlyMap<string, Speaker>
  /** Position of each speaker in the article's own speaker list (stable class names for the speaker filter). */
  speakerIndex: ReadonlyMap<string, number>
  /** Annotations per layer in document order. */
  byLayer: Readonly<Record<Layer, readonly Annotation[]>>
  /** Number of claims per speaker id. */
  claimCount: ReadonlyMap<string, number>
  /** People first, then organizations, then groups; within each, most claims first, then by name. */
  speakers: readonly Speaker[]
  /** Annotations overlapping each paragraph, by paragraph index. */
  paragraphAnnotations: readonly (readonly Annotation[])[]
  /** The paragraph each event's passage (its time expression) is in. */
  eventParagraph: ReadonlyMap<string, number>
  /** The body paragraphs in chunks: the unit of rendering (see article-chunks.ts). */
  chunks: readonly BodyChunk[]
}

const KIND_ORDER: Record<Speaker['kind'], number> = { person: 0, organization: 1, group: 2 }

export function buildReaderModel(article: AnnotatedArticle): ReaderModel {
  const ordered = [...article.annotations].sort((a, b) => compareSpans(a, b) || a.id.localeCompare(b.id))
  const byLayer = Object.fromEntries(LAYERS.map((l) => [l, [] as Annotation[]])) as Record<
    Layer,
    Annotation[]
  >
  const claimCount = new Map<string, number>()
  for (const a of ordered) {
    byLayer[a.layer].push(a)
    if (a.layer === 'claim' && a.speakerId)
      claimCount.set(a.speakerId, (claimCount.get(a.speakerId) ?? 0) + 1)
  }
  const speakers = [...article.speakers].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (claimCount.get(b.id) ?? 0) - (claimCount.get(a.id) ?? 0) ||
      a.name.localeCompare(b.name),
  )
  const annotationById = new Map(ordered.map((a) => [a.id, a]))
  return {
    article,
    displayText: curlQuotes(article.text),
    annotationById,
    speakerById: new Map(article.speakers.map((s) => [s.id, s])),
    speakerIndex: new Map(article.speakers.map((s, i) => [s.id, i])),
    byLayer,
    claimCount,
    speakers,
    paragraphAnnotations: annotationsByParagraph(article.paragraphs, ordered),
    eventParagraph: new Map(
      article.events.map((e) => {
        const first = annotationById.get(e.annotationIds[0] ?? '')
        return [e.id, first ? paragraphAt(article, first.start) : -1]
      }),
    ),
    chunks: chunkBody(article.paragraphs),
  }
}

/** Index of the paragraph holding `offset`, or -1 (binary search: paragraphs are in text order). */
export function paragraphAt(article: AnnotatedArticle, offset: number): number {
  let lo = 0
  let hi = article.paragraphs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const p = article.paragraphs[mid]!
    if (offset < p.start) hi = mid - 1
    else if (offset >= p.end) lo = mid + 1
    else return mid
  }
  return -1
}

/** Annotations of the layers that are on, in document order: what j/k walks through. */
export function visibleInOrder(model: ReaderModel, layers: ReadonlySet<Layer>, speakers: readonly string[]) {
  const out: Annotation[] = []
  for (const layer of LAYERS) {
    if (!layers.has(layer)) continue
    for (const a of model.byLayer[layer]) if (isHighlighted(a, layers, speakers)) out.push(a)
  }
  return out.sort(compareSpans)
}

/** Whether an annotation shows a highlight in this view (its layer is on and the speaker filter lets it through). */
export function isHighlighted(
  a: Annotation,
  layers: ReadonlySet<Layer>,
  speakers: readonly string[],
): boolean {
  if (!layers.has(a.layer)) return false
  if (a.layer !== 'claim' || speakers.length === 0) return true
  return a.speakerId !== null && speakers.includes(a.speakerId)
}

/** Claims of the chosen speakers, in document order. */
export function claimsOf(model: ReaderModel, speakers: readonly string[]): Annotation[] {
  return model.byLayer.claim.filter(
    (a) => a.layer === 'claim' && a.speakerId !== null && speakers.includes(a.speakerId),
  )
}

export interface EventDay {
  date: string
  /** The day's date is approximate ("c. 1992"); an exact and an approximate 1992 are two days. */
  approximate: boolean
  events: TimelineEvent[]
}

/**
 * The timeline, grouped by day (events already come in date order). With a speaker filter, only events
 * involving one of those speakers remain.
 */
export function groupEventsByDay(events: readonly TimelineEvent[], speakers: readonly string[]): EventDay[] {
  const days: EventDay[] = []
  for (const event of events) {
    if (speakers.length > 0 && !event.speakerIds.some((id) => speakers.includes(id))) continue
    const last = days.at(-1)
    const approximate = event.approximate === true
    if (last && last.date === event.date && last.approximate === approximate) last.events.push(event)
    else days.push({ date: event.date, approximate, events: [event] })
  }
  return days
}
