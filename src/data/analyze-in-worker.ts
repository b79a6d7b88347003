import { SCHEMA_VERSION, type AnnotatedArticle } from '../model/annotated-article.ts'
import type { ArticleSource } from '../model/article.ts'
import type { DraftProblem } from '../import/draft-to-source.ts'
import type { Annotation } from '../model/annotated-article.ts'
import type { AnalysisInput, AnalysisMessage, AnalysisRequest } from './analysis-protocol.ts'
import type { KeepResult } from './local-articles.ts'

export interface AnalysisProgress {
  pass: string
  done: number
  total: number
}

export interface AnalysisCallbacks {
  onProgress?: (progress: AnalysisProgress) => void
  /** After the result: whether (and how) it was kept in the library. */
  onKept?: (keep: KeepResult) => void
  /** Aborting terminates the worker at once, wherever the analysis is. */
  signal?: AbortSignal
  /** Keep the result in the library (IndexedDB); default true. */
  keep?: boolean
}

let warm: Worker | null = null

function createWorker(): Worker {
  return new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' })
}

/**
 * Starts a worker ahead of need (the open form calls it on mount), so "Annotate" does not wait for the
 * analysis script to download and compile. One at most; the next analysis takes it.
 */
export function warmUpAnalysis(): void {
  if (typeof Worker === 'undefined') return
  warm ??= createWorker()
}

/** Thrown when a draft cannot be opened: what is wrong, field by field, for the form to show. */
export class DraftRefused extends Error {
  override name = 'DraftRefused'
  constructor(readonly problems: DraftProblem[]) {
    super(problems[0]?.message ?? 'The article cannot be opened.')
  }
}

/** Thrown when the analysis is cancelled through the signal. */
export class AnalysisCancelled extends Error {
  override name = 'AnalysisCancelled'
}

/**
 * Reads and analyses an article in a Web Worker (its own chunk, fetched on first use) and resolves with the
 * source and the result as soon as they are ready; storing it continues in the worker and is reported through
 * `onKept`. A draft that cannot be opened rejects with DraftRefused.
 */
export function analyzeInWorker(
  input: AnalysisInput,
  callbacks: AnalysisCallbacks = {},
): Promise<{ source: ArticleSource; article: AnnotatedArticle }> {
  const { onProgress, onKept, signal, keep = true } = callbacks
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AnalysisCancelled('The analysis was cancelled.'))
    const worker = warm ?? createWorker()
    warm = null
    let settled = false
    const received: Annotation[][] = []
    const stop = () => {
      worker.terminate()
      signal?.removeEventListener('abort', cancel)
    }
    const fail = (error: Error) => {
      stop()
      if (!settled) reject(error)
      settled = true
    }
    const cancel = () => fail(new AnalysisCancelled('The analysis was cancelled.'))
    signal?.addEventListener('abort', cancel, { once: true })
    worker.onerror = (event) => {
      event.preventDefault()
      fail(new Error(`The analysis could not run: ${event.message || 'the worker failed to start'}.`))
    }
    worker.onmessageerror = () => fail(new Error('The analysis result could not be received.'))
    worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
      const message = event.data
      if (message.type === 'progress') onProgress?.(message)
      else if (message.type === 'annotations') received.push(message.annotations)
      else if (message.type === 'refused') fail(new DraftRefused(message.problems))
      else if (message.type === 'failed') {
        if (settled) {
          stop()
          onKept?.({ kept: false, reason: `It could not be kept: ${message.message}.` })
        } else fail(new Error(`The analysis failed: ${message.message}.`))
      } else if (message.type === 'result') {
        const { source } = message
        const article = { ...message.article, annotations: received.flat() }
        const problem = checkEnvelope(article, source, input)
        if (problem) return fail(new Error(`The analysis result is damaged: ${problem}.`))
        settled = true
        resolve({ source, article })
        if (!keep) stop()
      } else {
        stop()
        onKept?.(message.keep)
      }
    }
    worker.postMessage({ input, keep } satisfies AnalysisRequest)
  })
}

/**
 * The worker validated the article fully; here only what a wrong or stale worker script would get wrong, in
 * constant time, so receiving a 100,000-word result adds no long task to the page.
 */
function checkEnvelope(
  article: AnnotatedArticle,
  source: ArticleSource,
  input: AnalysisInput,
): string | null {
  if (typeof article !== 'object' || article === null) return 'no article'
  if ('source' in input && source?.meta?.id !== input.source.meta.id) return 'it read another article'
  if (article.schemaVersion !== SCHEMA_VERSION) return `schema version ${String(article.schemaVersion)}`
  if (article.article?.id !== source?.meta?.id) return 'it is another article'
  if (typeof article.text !== 'string' || !Array.isArray(article.annotations)) return 'it has no text'
  return null
}
