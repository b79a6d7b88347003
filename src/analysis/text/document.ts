import type { ArticleSource } from '../../model/article.ts'
import type { Paragraph } from '../../model/annotated-article.ts'
import type { AnalysisDocument } from './types.ts'

export const PARAGRAPH_SEPARATOR = '\n\n'

interface Part {
  text: string
  kind: Paragraph['kind']
}

/** Joins paragraphs with PARAGRAPH_SEPARATOR and records where each one lies in the joined text. */
function layOut(parts: readonly Part[], published: string): AnalysisDocument {
  const paragraphs: Paragraph[] = []
  let text = ''
  for (const part of parts) {
    if (text) text += PARAGRAPH_SEPARATOR
    paragraphs.push({ start: text.length, end: text.length + part.text.length, kind: part.kind })
    text += part.text
  }
  return { text, paragraphs, published }
}

/** Lays an article out as one text: the photo caption first (when there is one), then the body paragraphs. */
export function buildDocument(source: ArticleSource): AnalysisDocument {
  const parts: Part[] = []
  if (source.meta.photo?.caption) parts.push({ text: source.meta.photo.caption, kind: 'caption' })
  for (const p of source.paragraphs) parts.push({ text: p, kind: 'body' })
  return layOut(parts, source.meta.published)
}

/** A document of body paragraphs only, laid out exactly like an article: for tests and tools. */
export function documentOf(paragraphs: readonly string[], published: string): AnalysisDocument {
  return layOut(
    paragraphs.map((text) => ({ text, kind: 'body' })),
    published,
  )
}
