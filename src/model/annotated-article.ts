import * as z from 'zod/mini'
import { ArticleMetaSchema } from './article.ts'

/**
 * The AnnotatedArticle: the analysis' output and the reader's input. Versioned; bump
 * `SCHEMA_VERSION` on any change a reader of the old shape would misread.
 * Every `start`/`end` is a UTF-16 offset into `text` (see model/span.ts), end exclusive.
 */
export const SCHEMA_VERSION = 1

export const LAYERS = ['speaker', 'claim', 'number', 'source', 'time'] as const
export type Layer = (typeof LAYERS)[number]

const offset = z.int().check(z.nonnegative())
const SpanSchema = z.object({ start: offset, end: offset })

export const ParagraphSchema = z.object({
  start: offset,
  end: offset,
  kind: z.enum(['caption', 'body']),
})
export type Paragraph = z.infer<typeof ParagraphSchema>

export const SpeakerSchema = z.object({
  id: z.string(),
  /** Canonical full name: "Wang Yi", "Interior Ministry of Kazakhstan", "experts". */
  name: z.string(),
  kind: z.enum(['person', 'organization', 'group']),
  /** Title or description the article gives, e.g. "Chinese State Councilor and Foreign Minister". */
  role: z.nullable(z.string()),
  /** Every other form the article uses: surname, title, "the Chinese Foreign Minister". */
  aliases: z.array(z.string()),
})
export type Speaker = z.infer<typeof SpeakerSchema>

const base = {
  id: z.string(),
  start: offset,
  end: offset,
  /** Name of the rule that produced the finding, for debugging and golden-file review. */
  rule: z.string(),
}

export const SpeakerMentionSchema = z.object({
  ...base,
  layer: z.literal('speaker'),
  speakerId: z.string(),
})

export const ClaimSchema = z.object({
  ...base,
  layer: z.literal('claim'),
  speakerId: z.nullable(z.string()),
  direct: z.boolean(),
  /** The verb or phrase that introduces the claim: "said", "told", "according to". */
  cue: z.nullable(SpanSchema),
})

export const NumberSchema = z.object({
  ...base,
  layer: z.literal('number'),
  value: z.number(),
  /** What it counts or measures: "people", "years", "USD", "percent"; null when the text does not say. */
  unit: z.nullable(z.string()),
  /** "nearly", "at least", "about"… as written, lower-cased; null when exact. */
  hedge: z.nullable(z.string()),
})

export const SOURCE_KINDS = ['media', 'government', 'organization', 'document', 'expert', 'other'] as const
export const SourceSchema = z.object({
  ...base,
  layer: z.literal('source'),
  kind: z.enum(SOURCE_KINDS),
  /** The source's name as cited, e.g. "BBC News", "local media", "a statement". */
  name: z.string(),
})

export const TimeSchema = z.object({
  ...base,
  layer: z.literal('time'),
  /**
   * `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `START/END` (each a day) for a span such as "last week"; null for an
   * expression counted from another event ("two months before the election", "a week later"), whose calendar
   * value the text does not give. Such an expression makes no timeline event.
   */
  date: z.nullable(z.string()),
  /** True when the text only approximates the date ("about 30 years ago"). */
  approximate: z.boolean(),
})

export const AnnotationSchema = z.discriminatedUnion('layer', [
  SpeakerMentionSchema,
  ClaimSchema,
  NumberSchema,
  SourceSchema,
  TimeSchema,
])
export type Annotation = z.infer<typeof AnnotationSchema>
export type SpeakerMention = z.infer<typeof SpeakerMentionSchema>
export type Claim = z.infer<typeof ClaimSchema>
export type NumberAnnotation = z.infer<typeof NumberSchema>
export type SourceAnnotation = z.infer<typeof SourceSchema>
export type SourceKind = (typeof SOURCE_KINDS)[number]
export type TimeAnnotation = z.infer<typeof TimeSchema>
export type AnnotationOf<L extends Layer> = Extract<Annotation, { layer: L }>

export const EventSchema = z.object({
  id: z.string(),
  /** Same format as TimeAnnotation.date, never null: only dated expressions make events. */
  date: z.string(),
  /**
   * True when the date is only approximate ("30 years ago"): the reader shows "c. 1992". Absent in documents
   * written before it was added, which readers take as false.
   */
  approximate: z.optional(z.boolean()),
  /** A short summary of what happened, at most 90 characters. */
  label: z.string(),
  speakerIds: z.array(z.string()),
  /** The time expression first, then the claims of the same sentence. */
  annotationIds: z.array(z.string()),
})
export type TimelineEvent = z.infer<typeof EventSchema>

export const AnnotatedArticleSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: ArticleMetaSchema,
  text: z.string(),
  paragraphs: z.array(ParagraphSchema),
  speakers: z.array(SpeakerSchema),
  annotations: z.array(AnnotationSchema),
  events: z.array(EventSchema),
})
export type AnnotatedArticle = z.infer<typeof AnnotatedArticleSchema>

/**
 * How many annotations may cover one character. Real articles stay under ten (a number in a date in a claim by
 * a speaker); a file with thousands stacked on one spot is damaged or hostile, and would cost the reader a
 * mark element per level.
 */
export const MAX_ANNOTATION_DEPTH = 100

/** True when `i` falls between the two halves of a surrogate pair, where no span may start or end. */
function splitsSurrogatePair(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1)
  const after = text.charCodeAt(i)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/**
 * The largest number of spans covering one offset, and the first offset where it is reached. Starts and ends
 * sorted apart and swept together: this runs on every article load, 200,000 annotations in the bench's large
 * input, so no object per edge.
 */
function deepestOverlap(spans: readonly { start: number; end: number }[]): { depth: number; at: number } {
  const open = spans.filter((s) => s.start < s.end)
  const starts = Float64Array.from(open, (s) => s.start).sort()
  const ends = Float64Array.from(open, (s) => s.end).sort()
  let depth = 0
  let deepest = { depth: 0, at: 0 }
  for (let i = 0, j = 0; i < starts.length;) {
    // An end at the same offset comes first: half-open spans that touch do not overlap.
    if (ends[j]! <= starts[i]!) {
      depth--
      j++
      continue
    }
    depth++
    if (depth > deepest.depth) deepest = { depth, at: starts[i]! }
    i++
  }
  return deepest
}

/**
 * Checks what a schema cannot: every span lies inside `text` and between whole characters, paragraphs do not
 * overlap, annotations do not stack absurdly deep, ids are unique and references resolve. Returns the problems
 * found (empty when the document is sound).
 */
export function findConsistencyProblems(doc: AnnotatedArticle): string[] {
  const problems: string[] = []
  const n = doc.text.length
  const inside = (s: { start: number; end: number }) =>
    s.start <= s.end &&
    s.end <= n &&
    !splitsSurrogatePair(doc.text, s.start) &&
    !splitsSurrogatePair(doc.text, s.end)
  doc.paragraphs.forEach((p, i) => {
    if (!inside(p)) problems.push(`paragraph ${i} lies outside the text or splits a character`)
    const next = doc.paragraphs[i + 1]
    if (next && next.start < p.end) problems.push(`paragraphs ${i} and ${i + 1} overlap`)
  })
  const { depth, at } = deepestOverlap(doc.annotations)
  if (depth > MAX_ANNOTATION_DEPTH)
    problems.push(`${depth} annotations cover offset ${at} (at most ${MAX_ANNOTATION_DEPTH} may)`)
  const speakerIds = new Set(doc.speakers.map((s) => s.id))
  const annotationIds = new Set<string>()
  for (const a of doc.annotations) {
    if (annotationIds.has(a.id)) problems.push(`annotation id ${a.id} is used twice`)
    annotationIds.add(a.id)
    if (!inside(a)) problems.push(`annotation ${a.id} lies outside the text or splits a character`)
    if (a.layer === 'claim' && a.cue && !inside(a.cue)) problems.push(`cue of ${a.id} lies outside the text`)
    const sid = a.layer === 'speaker' || a.layer === 'claim' ? a.speakerId : null
    if (sid !== null && !speakerIds.has(sid)) problems.push(`annotation ${a.id} names unknown speaker ${sid}`)
  }
  for (const e of doc.events) {
    for (const id of e.annotationIds)
      if (!annotationIds.has(id)) problems.push(`event ${e.id} names unknown annotation ${id}`)
    for (const id of e.speakerIds)
      if (!speakerIds.has(id)) problems.push(`event ${e.id} names unknown speaker ${id}`)
  }
  return problems
}
