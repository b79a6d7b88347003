import type { Paragraph } from '../../model/annotated-article.ts'
import type { Span } from '../../model/span.ts'

/**
 * What every analysis pass reads. `text` is `AnnotatedArticle.text` (caption first when there is one,
 * paragraphs joined by "\n\n"); all offsets are UTF-16 indexes into it.
 */
export interface AnalysisDocument {
  text: string
  paragraphs: Paragraph[]
  /** ISO 8601 with the outlet's UTC offset, e.g. "2022-01-11T01:15:00+08:00". */
  published: string
}

/** A sentence: never crosses a paragraph boundary; quote-aware (a full stop inside "…" does not end it). */
export interface Sentence extends Span {
  /** Index into `AnalysisDocument.paragraphs`. */
  paragraph: number
}
