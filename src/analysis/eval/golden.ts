import { LAYERS, type AnnotatedArticle, type Annotation, type Layer } from '../../model/annotated-article.ts'

/**
 * The golden-file projection of an AnnotatedArticle: what a reviewer reads to judge the analysis of a whole
 * article, top to bottom. Offsets become the words they cover (`text`), speaker ids become names, a claim's cue
 * becomes its words; `at` keeps the `[start, end)` UTF-16 offsets into `AnnotatedArticle.text`, so two findings
 * with the same words stay distinct. Shared by `annotate.golden.test.ts` and `cli/update-golden.ts`; pure.
 */
export interface Golden {
  article: { id: string; headline: string; published: string }
  /** One line per paragraph: "caption 0-270", "body 272-540". */
  paragraphs: string[]
  speakers: GoldenSpeaker[]
  annotations: GoldenAnnotation[]
  events: GoldenEvent[]
}

export interface GoldenSpeaker {
  id: string
  name: string
  kind: string
  role: string | null
  aliases: string[]
}

/** Common fields first, then the layer's own; names instead of ids, words instead of spans. */
export type GoldenAnnotation = {
  id: string
  layer: Layer
  text: string
  rule: string
  at: [number, number]
} & Record<string, unknown>

export interface GoldenEvent {
  id: string
  date: string
  approximate?: true
  label: string
  /** Speaker names, in the event's order. */
  speakers: string[]
  /** Annotation ids: the time expressions first, then the claims. */
  annotations: string[]
}

/** Projects an AnnotatedArticle to its golden form. Total: an unknown speaker id shows as `?id`. */
export function toGolden(doc: AnnotatedArticle): Golden {
  const names = new Map(doc.speakers.map((s) => [s.id, s.name]))
  const nameOf = (id: string): string => names.get(id) ?? `?${id}`
  const words = (s: { start: number; end: number }): string => doc.text.slice(s.start, s.end)
  return {
    article: { id: doc.article.id, headline: doc.article.headline, published: doc.article.published },
    paragraphs: doc.paragraphs.map((p) => `${p.kind} ${p.start}-${p.end}`),
    speakers: doc.speakers.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      role: s.role,
      aliases: s.aliases,
    })),
    annotations: doc.annotations.map((a) => ({
      id: a.id,
      layer: a.layer,
      text: words(a),
      ...layerFields(a, nameOf, words),
      rule: a.rule,
      at: [a.start, a.end],
    })),
    events: doc.events.map((e) => ({
      id: e.id,
      date: e.date,
      // Only when set, so the goldens of exact dates read as before.
      ...(e.approximate ? { approximate: true } : {}),
      label: e.label,
      speakers: e.speakerIds.map(nameOf),
      annotations: e.annotationIds,
    })),
  }
}

function layerFields(
  a: Annotation,
  nameOf: (id: string) => string,
  words: (s: { start: number; end: number }) => string,
): Record<string, unknown> {
  switch (a.layer) {
    case 'speaker':
      return { speaker: nameOf(a.speakerId) }
    case 'claim':
      return {
        speaker: a.speakerId === null ? null : nameOf(a.speakerId),
        cue: a.cue === null ? null : words(a.cue),
        direct: a.direct,
      }
    case 'number':
      return { value: a.value, unit: a.unit, hedge: a.hedge }
    case 'source':
      return { kind: a.kind, name: a.name }
    case 'time':
      return { date: a.date, approximate: a.approximate }
  }
}

/**
 * Serializes a golden for review: pretty JSON, except that each speaker, annotation and event sits on one line,
 * so a diff shows one changed line per changed finding. Ends with a newline.
 */
export function formatGolden(golden: Golden): string {
  const list = (items: readonly unknown[]): string =>
    items.length === 0 ? '[]' : `[\n${items.map((i) => `    ${inline(i)}`).join(',\n')}\n  ]`
  const fields = [
    `"article": ${inline(golden.article)}`,
    `"paragraphs": ${inline(golden.paragraphs)}`,
    `"speakers": ${list(golden.speakers)}`,
    `"annotations": ${list(golden.annotations)}`,
    `"events": ${list(golden.events)}`,
  ]
  return `{\n  ${fields.join(',\n  ')}\n}\n`
}

/** JSON on one line with a space after each colon and comma, as a person would write it. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`
  if (value !== null && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`)
      .join(', ')} }`
  return JSON.stringify(value) ?? 'null'
}

export interface PartDiff {
  added: string[]
  removed: string[]
  changed: string[]
}

/**
 * What changed between two goldens, for the update script's summary: ids added, removed and changed (same id,
 * other content) per part — 'speakers', each layer, 'events' — in that order. Annotations are matched by id; ids
 * derive from layer and words, so a moved or re-attributed span is "changed" and new words are "added".
 */
export function diffGolden(before: Golden | null, after: Golden): Map<string, PartDiff> {
  const parts = new Map<string, PartDiff>(
    ['speakers', ...LAYERS, 'events'].map((k) => [k, { added: [], removed: [], changed: [] }]),
  )
  const compare = <T extends { id: string }>(partOf: (x: T) => string, old: T[], now: T[]): void => {
    const add = (x: T, kind: keyof PartDiff) => parts.get(partOf(x))?.[kind].push(x.id)
    const oldById = new Map(old.map((x) => [x.id, x]))
    const nowIds = new Set(now.map((x) => x.id))
    for (const x of now) {
      const prev = oldById.get(x.id)
      if (!prev) add(x, 'added')
      else if (inline(prev) !== inline(x)) add(x, 'changed')
    }
    for (const x of old) if (!nowIds.has(x.id)) add(x, 'removed')
  }
  compare(() => 'speakers', before?.speakers ?? [], after.speakers)
  compare((a) => a.layer, before?.annotations ?? [], after.annotations)
  compare(() => 'events', before?.events ?? [], after.events)
  return parts
}
