import { describeAnnotationValue } from './annotation-value.ts'
import type { AnnotatedArticle, Annotation } from '../model/annotated-article.ts'
import { articleParts, type ArticleParts } from './article-parts.ts'
import { downloadName, type DownloadFile } from './download-file.ts'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** Our own terms (layer, speaker, date…), as the Web Annotation model's extension mechanism asks (§ 6). */
export const MARGINALIA_VOCAB = 'urn:marginalia:terms:'
const QUOTE_CONTEXT = 32

const EXTENSION_CONTEXT = {
  mg: MARGINALIA_VOCAB,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  layer: 'mg:layer',
  speaker: 'mg:speaker',
  speakerRole: 'mg:speakerRole',
  quoted: 'mg:quoted',
  cue: 'mg:cue',
  number: { '@id': 'mg:number', '@type': 'xsd:double' },
  unit: 'mg:unit',
  hedge: 'mg:hedge',
  sourceKind: 'mg:sourceKind',
  sourceName: 'mg:sourceName',
  date: 'mg:date',
  approximate: { '@id': 'mg:approximate', '@type': 'xsd:boolean' },
}

/**
 * The article's highlights as W3C Web Annotations (JSON-LD): an AnnotationCollection whose one page holds an
 * annotation per highlight, each targeting the article (its URL, or `urn:marginalia:article:<id>` when it has
 * none) with a TextQuoteSelector (exact words, 32 characters of prefix and suffix) and a TextPositionSelector
 * (offsets in Unicode code points, as the model asks, into the article's text as the reader lays it out: the
 * caption, then the paragraphs, separated by a blank line). The body is a TextualBody whose `value`
 * says what the highlight is in words, and which carries the layer, speaker, number, date… as extension terms.
 */
export function toWebAnnotation(article: AnnotatedArticle, now: Date = new Date()): DownloadFile {
  const parts = articleParts(article)
  const meta = article.article
  const source = meta.url ?? `urn:marginalia:article:${meta.id}`
  const created = now.toISOString()
  const codePoint = codePointOffsets(article.text)
  const items = article.annotations.map((a) => ({
    id: `urn:marginalia:annotation:${meta.id}:${a.id}`,
    type: 'Annotation',
    motivation: 'classifying',
    created,
    generator: { id: 'urn:marginalia:software', type: 'Software', name: 'Marginalia' },
    body: { type: 'TextualBody', purpose: 'classifying', format: 'text/plain', ...bodyOf(parts, a) },
    target: {
      source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: parts.words(a),
          prefix: article.text.slice(Math.max(0, a.start - QUOTE_CONTEXT), a.start),
          suffix: article.text.slice(a.end, a.end + QUOTE_CONTEXT),
        },
        { type: 'TextPositionSelector', start: codePoint(a.start), end: codePoint(a.end) },
      ],
    },
  }))
  const collection = {
    '@context': [ANNO_CONTEXT, EXTENSION_CONTEXT],
    id: `urn:marginalia:collection:${meta.id}`,
    type: 'AnnotationCollection',
    label: `${meta.headline} (${meta.outlet}, ${meta.published.slice(0, 10)})`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }
  return {
    filename: downloadName(meta, 'annotations.jsonld'),
    mime: 'application/ld+json',
    content: `${JSON.stringify(collection, null, 2)}\n`,
  }
}

function bodyOf(parts: ArticleParts, a: Annotation): Record<string, string | number | boolean> {
  const value = describeAnnotationValue(parts, a)
  switch (a.layer) {
    case 'speaker':
      return { value, layer: a.layer, speaker: parts.speakerName(a.speakerId), ...role(parts, a.speakerId) }
    case 'claim':
      return {
        value,
        layer: a.layer,
        ...(a.speakerId ? { speaker: parts.speakerName(a.speakerId), ...role(parts, a.speakerId) } : {}),
        quoted: a.direct ? 'direct' : 'reported',
        ...(a.cue ? { cue: parts.words(a.cue) } : {}),
      }
    case 'number':
      return {
        value,
        layer: a.layer,
        number: a.value,
        ...(a.unit ? { unit: a.unit } : {}),
        ...(a.hedge ? { hedge: a.hedge } : {}),
      }
    case 'source':
      return { value, layer: a.layer, sourceKind: a.kind, sourceName: a.name }
    case 'time':
      // A time counted from another event has no date (null): the property is left out rather than null.
      return {
        value,
        layer: a.layer,
        ...(a.date === null ? {} : { date: a.date }),
        approximate: a.approximate,
      }
  }
}

function role(parts: ArticleParts, id: string): { speakerRole?: string } {
  const r = parts.speakerRole(id)
  return r ? { speakerRole: r } : {}
}

/**
 * UTF-16 offset -> code point offset. The Web Annotation model counts code points; our spans count UTF-16
 * code units, which differ after each character outside the BMP (emoji, some CJK).
 */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\ud800-\udbff][\udc00-\udfff]/.test(text)) return (offset) => offset
  const at = new Uint32Array(text.length + 1)
  let points = 0
  for (let i = 0; i < text.length; i++) {
    at[i] = points
    const c = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    // The low half of a pair belongs to the same code point: it maps to the offset of the pair's start.
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) at[++i] = points
    points++
  }
  at[text.length] = points
  return (offset) => at[offset] ?? points
}
