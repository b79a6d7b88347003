import type { DraftProblem } from '../import/draft-to-source.ts'
import type { ArticleDraft } from '../import/article-draft.ts'
import type { AnnotatedArticle, Annotation } from '../model/annotated-article.ts'
import type { ArticleSource } from '../model/article.ts'
import type { KeepResult } from './local-articles.ts'

/**
 * What the analysis reads: a draft from the open form, checked and read into a source in the worker (splitting,
 * cleaning and hashing 600 KB of text cost the page a 150 ms task), or a source already read (a shared link).
 */
export type AnalysisInput = { draft: ArticleDraft } | { source: ArticleSource }

/** What the page asks the analysis worker: analyse this input, and keep the result in the library or not. */
export interface AnalysisRequest {
  input: AnalysisInput
  keep: boolean
}

/**
 * At most this many annotations per message: the page receives a long article's result as several small tasks
 * (each message is deserialised in its own task) instead of one that freezes it.
 */
export const ANNOTATIONS_PER_MESSAGE = 1_000

/**
 * What the worker answers, in order: `refused` (a draft that cannot be opened, and nothing else), or any
 * number of `progress`, then the result as `annotations` parts followed by `result` (the article with its
 * annotations left out; already validated in the worker), then `kept` (after writing IndexedDB); or `failed`
 * at any point.
 */
export type AnalysisMessage =
  | { type: 'refused'; problems: DraftProblem[] }
  | { type: 'progress'; pass: string; done: number; total: number }
  | { type: 'annotations'; annotations: Annotation[] }
  | { type: 'result'; source: ArticleSource; article: AnnotatedArticle }
  | { type: 'kept'; keep: KeepResult }
  | { type: 'failed'; message: string }
