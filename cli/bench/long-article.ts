// Builds the synthetic long AnnotatedArticle the reader benchmark opens: the seed article's annotated JSON
// repeated N times, topped up with synthetic annotations while the analysis still finds too few.
import {
  AnnotatedArticleSchema,
  findConsistencyProblems,
  LAYERS,
  type AnnotatedArticle,
  type Annotation,
  type Layer,
  type Speaker,
  type TimelineEvent,
} from '../../src/model/annotated-article.ts'
import { spanContains, spansOverlap, type Span } from '../../src/model/span.ts'

/** Same separator as the analysis' buildDocument: offsets of every copy shift by `text.length + 2`. */
const SEPARATOR = '\n\n'
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu
const SENTENCE = /[^.!?]+(?:[.!?]+["”]?|$)/g

/** Per copy of the seed; below these a layer is topped up with synthetic annotations. */
const LAYER_FLOOR: Record<Layer, number> = { speaker: 10, claim: 10, number: 50, source: 5, time: 5 }

const BENCH_SPEAKERS: Speaker[] = [
  { id: 'bench-wang-yi', name: 'Wang Yi', kind: 'person', role: 'Foreign Minister', aliases: ['Wang'] },
  {
    id: 'bench-tokayev',
    name: 'Kassym-Jomart Tokayev',
    kind: 'person',
    role: 'President',
    aliases: ['Tokayev'],
  },
  { id: 'bench-tileuberdi', name: 'Mukhtar Tileuberdi', kind: 'person', role: null, aliases: ['Tileuberdi'] },
  { id: 'bench-yang-jin', name: 'Yang Jin', kind: 'person', role: 'research fellow', aliases: ['Yang'] },
  { id: 'bench-xi', name: 'Xi Jinping', kind: 'person', role: 'President', aliases: ['Xi'] },
  {
    id: 'bench-ministry',
    name: 'Kazakhstan Foreign Ministry',
    kind: 'organization',
    role: null,
    aliases: [],
  },
  { id: 'bench-experts', name: 'experts', kind: 'group', role: null, aliases: ['Observers', 'observers'] },
]
const TIME_WORDS =
  /\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?(?:, \d{4})?|last week|\d+ years ago)\b/g
const SOURCE_WORDS =
  /\b(?:BBC News|the Global Times|local media|a statement|the Chinese Foreign Ministry|Interior Ministry of Kazakhstan|Kazakhstan authority)\b/g

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function matchesOf(text: string, re: RegExp): Span[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/** Collects annotations that nest with everything already there: a span crossing another's edge is skipped. */
class SpanSet {
  readonly added: Annotation[] = []
  constructor(private readonly all: Annotation[]) {}

  fits(span: Span, layer: Layer): boolean {
    if (span.start >= span.end) return false
    return this.all.every(
      (a) =>
        !spansOverlap(a, span) ||
        ((spanContains(a, span) || spanContains(span, a)) &&
          !(a.layer === layer && a.start === span.start && a.end === span.end)),
    )
  }

  add(annotation: Annotation): boolean {
    if (!this.fits(annotation, annotation.layer)) return false
    this.all.push(annotation)
    this.added.push(annotation)
    return true
  }

  get size(): number {
    return this.all.length
  }

  count(layer: Layer): number {
    return this.all.filter((a) => a.layer === layer).length
  }
}

/**
 * Adds synthetic annotations to every layer the analysis left thinner than LAYER_FLOOR (speakers too, when it
 * found none), over real words and sentences: speaker mentions on names, time and source phrases, a number on
 * every 10th word, and claims over whole sentences so numbers, times and mentions nest inside them. Layers the
 * analysis covers well are left as they are.
 */
export function topUpAnnotations(base: AnnotatedArticle, minTotal = 0): AnnotatedArticle {
  const { text } = base
  const set = new SpanSet([...base.annotations])
  const speakers = base.speakers.length > 0 ? base.speakers : BENCH_SPEAKERS
  const id = (layer: Layer, span: Span) => `bench-${layer}-${span.start}-${span.end}`
  const common = (layer: Layer, span: Span) => ({ id: id(layer, span), ...span, rule: `bench/${layer}` })
  const thin = (layer: Layer) => set.count(layer) < LAYER_FLOOR[layer]
  const words = matchesOf(text, WORD)
  const sentences = base.paragraphs.flatMap((p) =>
    matchesOf(text.slice(p.start, p.end), SENTENCE).map((s) => {
      const raw = text.slice(p.start + s.start, p.start + s.end)
      const lead = raw.length - raw.trimStart().length
      return { start: p.start + s.start + lead, end: p.start + s.start + raw.trimEnd().length }
    }),
  )

  if (thin('speaker'))
    for (const s of speakers)
      for (const name of [s.name, ...s.aliases].sort((a, b) => b.length - a.length))
        for (const span of matchesOf(text, new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g')))
          set.add({ ...common('speaker', span), layer: 'speaker', speakerId: s.id })
  if (thin('time'))
    for (const span of matchesOf(text, TIME_WORDS))
      set.add({ ...common('time', span), layer: 'time', date: '2022-01-10', approximate: false })
  if (thin('source'))
    for (const span of matchesOf(text, SOURCE_WORDS))
      set.add({
        ...common('source', span),
        layer: 'source',
        kind: 'other',
        name: text.slice(span.start, span.end),
      })
  // Fallbacks for a seed without these phrases: every 40th / 50th word.
  words.forEach((span, i) => {
    if (i % 40 === 25 && thin('source'))
      set.add({
        ...common('source', span),
        layer: 'source',
        kind: 'other',
        name: text.slice(span.start, span.end),
      })
    if (i % 50 === 17 && thin('time'))
      set.add({ ...common('time', span), layer: 'time', date: '2022-01-10', approximate: false })
  })
  // Numbers on figures and on every 10th word, then denser while the total is still short of `minTotal`.
  for (const every of [10, 5, 3, 2]) {
    if (!thin('number') && set.size >= minTotal) break
    words.forEach((span, i) => {
      const word = text.slice(span.start, span.end)
      if (i % every !== 0 && !/\d/.test(word)) return
      const value = Number(word.replace(/,/g, ''))
      set.add({
        ...common('number', span),
        layer: 'number',
        value: Number.isFinite(value) ? value : i,
        unit: null,
        hedge: null,
      })
    })
  }
  if (thin('claim'))
    sentences.forEach((span, i) => {
      if (i % 2 !== 0) return
      const mention = set.added.find((a) => a.layer === 'speaker' && spanContains(span, a))
      const speakerId =
        mention?.layer === 'speaker' ? mention.speakerId : (speakers[i % speakers.length]?.id ?? null)
      const direct = /["“]/.test(text.slice(span.start, span.end))
      set.add({ ...common('claim', span), layer: 'claim', speakerId, direct, cue: null })
    })

  // One timeline event per synthetic time expression, with the claims of its sentence, as the analysis would.
  const events: TimelineEvent[] = [...base.events]
  if (base.events.length === 0)
    for (const time of set.added.filter((a) => a.layer === 'time')) {
      const sentence = sentences.find((s) => spanContains(s, time)) ?? time
      const claims = set.added.filter((a) => a.layer === 'claim' && spanContains(a, time))
      events.push({
        id: `bench-event-${time.start}`,
        date: (time.layer === 'time' ? time.date : null) ?? '2022-01-10',
        label: text.slice(sentence.start, sentence.end).slice(0, 90),
        speakerIds: [
          ...new Set(claims.flatMap((c) => (c.layer === 'claim' && c.speakerId ? [c.speakerId] : []))),
        ],
        annotationIds: [time.id, ...claims.map((c) => c.id)],
      })
    }
  const usedSpeakers = base.speakers.length > 0 ? base.speakers : BENCH_SPEAKERS
  return { ...base, speakers: usedSpeakers, annotations: [...base.annotations, ...set.added], events }
}

/**
 * Repeats a document `copies` times: text joined with "\n\n", every span shifted by the copy's offset, every
 * annotation and event id suffixed with `-r<copy>` so ids stay unique. Speakers are shared by all copies. A
 * caption is kept once; later copies of it become body paragraphs so every copy renders.
 */
export function repeatArticle(base: AnnotatedArticle, copies: number, articleId: string): AnnotatedArticle {
  const stride = base.text.length + SEPARATOR.length
  const texts: string[] = []
  const doc: AnnotatedArticle = {
    ...base,
    article: { ...base.article, id: articleId, headline: `${base.article.headline} (×${copies}, benchmark)` },
    paragraphs: [],
    annotations: [],
    events: [],
  }
  for (let r = 0; r < copies; r++) {
    const shift = r * stride
    const suffix = r === 0 ? '' : `-r${r}`
    texts.push(base.text)
    for (const p of base.paragraphs)
      doc.paragraphs.push({ start: p.start + shift, end: p.end + shift, kind: r === 0 ? p.kind : 'body' })
    for (const a of base.annotations) {
      const moved = { ...a, id: a.id + suffix, start: a.start + shift, end: a.end + shift }
      if (moved.layer === 'claim' && moved.cue)
        moved.cue = { start: moved.cue.start + shift, end: moved.cue.end + shift }
      doc.annotations.push(moved)
    }
    for (const e of base.events)
      doc.events.push({ ...e, id: e.id + suffix, annotationIds: e.annotationIds.map((id) => id + suffix) })
  }
  doc.text = texts.join(SEPARATOR)
  return doc
}

/** Throws unless the document passes the same checks the reader applies when it loads a file. */
export function assertValid(doc: AnnotatedArticle): AnnotatedArticle {
  const parsed = AnnotatedArticleSchema.safeParse(doc)
  if (!parsed.success)
    throw new Error(`synthetic article fails the schema: ${parsed.error.message.slice(0, 500)}`)
  const problems = findConsistencyProblems(parsed.data)
  if (problems.length > 0)
    throw new Error(`synthetic article is inconsistent: ${problems.slice(0, 3).join('; ')}`)
  return parsed.data
}

export function countWords(text: string): number {
  return matchesOf(text, WORD).length
}

export interface ArticleShape {
  chars: number
  words: number
  paragraphs: number
  speakers: number
  events: number
  annotations: number
  byLayer: Record<Layer, number>
  /** Annotations lying wholly inside another annotation (the later of two equal spans counts as nested). */
  nested: number
}

export function describeArticle(doc: AnnotatedArticle): ArticleShape {
  const byLayer = Object.fromEntries(LAYERS.map((l) => [l, 0])) as Record<Layer, number>
  for (const a of doc.annotations) byLayer[a.layer]++
  const sorted = [...doc.annotations].sort((a, b) => a.start - b.start || b.end - a.end)
  let nested = 0
  let maxEnd = -1
  for (const a of sorted) {
    if (a.end <= maxEnd) nested++
    maxEnd = Math.max(maxEnd, a.end)
  }
  return {
    chars: doc.text.length,
    words: countWords(doc.text),
    paragraphs: doc.paragraphs.length,
    speakers: doc.speakers.length,
    events: doc.events.length,
    annotations: doc.annotations.length,
    byLayer,
    nested,
  }
}

export const MIN_WORDS = 100_000
export const MIN_ANNOTATIONS = 10_000

/**
 * The long article: the (topped-up) seed repeated until it has ≥ MIN_WORDS words and ≥ MIN_ANNOTATIONS
 * annotations. `seedAnnotated` is `annotateArticle(parseArticle(seed))`.
 */
export function buildLongArticle(seedAnnotated: AnnotatedArticle, articleId: string): AnnotatedArticle {
  const copies = Math.ceil(MIN_WORDS / countWords(seedAnnotated.text))
  const base = topUpAnnotations(seedAnnotated, Math.ceil(MIN_ANNOTATIONS / copies))
  return assertValid(repeatArticle(base, copies, articleId))
}
