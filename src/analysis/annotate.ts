import type { ArticleSource } from '../model/article.ts'
import { SCHEMA_VERSION, type AnnotatedArticle } from '../model/annotated-article.ts'
import { buildDocument } from './document.ts'

/**
 * Runs every analysis pass over an article and assembles the AnnotatedArticle.
 * Pure and deterministic: the same source always gives the same document, ids included.
 */
export function annotateArticle(source: ArticleSource): AnnotatedArticle {
  const doc = buildDocument(source)
  return {
    schemaVersion: SCHEMA_VERSION,
    article: source.meta,
    text: doc.text,
    paragraphs: doc.paragraphs,
    speakers: [],
    annotations: [],
    events: [],
  }
}
