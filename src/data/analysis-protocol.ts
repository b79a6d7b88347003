import type { AnnotatedArticle } from '../model/annotated-article.ts'
import type { ArticleSource } from '../model/article.ts'
import type { KeepResult } from './local-articles.ts'

/** What the page asks the analysis worker: analyse this source, and keep the result in the library or not. */
export interface AnalysisRequest {
  source: ArticleSource
  keep: boolean
}

/**
 * What the worker answers, in order: any number of `progress`, then `result` (already validated in the
 * worker) and `kept` (after writing IndexedDB), or `failed` at any point.
 */
export type AnalysisMessage =
  | { type: 'progress'; pass: string; done: number; total: number }
  | { type: 'result'; article: AnnotatedArticle }
  | { type: 'kept'; keep: KeepResult }
  | { type: 'failed'; message: string }
