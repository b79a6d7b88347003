import type { ArticleSource } from '../model/article.ts'
import { SCHEMA_VERSION, type AnnotatedArticle, type Annotation } from '../model/annotated-article.ts'
import { compareSpans } from '../model/span.ts'
import { findAttribution } from './attribution.ts'
import { buildDocument } from './document.ts'
import { buildEvents } from './events.ts'
import { IdMaker } from './ids.ts'
import { findNumbers } from './numbers.ts'
import { splitSentences } from './sentences.ts'
import { findSources } from './sources.ts'
import { findTimeExpressions } from './time.ts'

/**
 * Runs every analysis pass over an article and assembles the AnnotatedArticle (see CONTEXT.md for the passes).
 * Pure and deterministic: the same source always gives the same document, ids included. Linear in the text.
 */
export function annotateArticle(source: ArticleSource): AnnotatedArticle {
  const doc = buildDocument(source)
  // One id maker for every layer, so ids are unique across the document.
  const ids = new IdMaker()
  const sentences = splitSentences(doc)
  const { speakers, mentions, claims } = findAttribution(doc, sentences, ids)
  const numbers = findNumbers(doc, ids)
  const sources = findSources(doc, ids)
  const times = findTimeExpressions(doc, ids)
  const events = buildEvents(doc, sentences, times, claims, mentions, speakers)
  const annotations: Annotation[] = [...mentions, ...claims, ...numbers, ...sources, ...times]
  annotations.sort((a, b) => compareSpans(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    schemaVersion: SCHEMA_VERSION,
    article: source.meta,
    text: doc.text,
    paragraphs: doc.paragraphs,
    speakers,
    annotations,
    events,
  }
}
