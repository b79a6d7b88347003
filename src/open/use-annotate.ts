import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AnalysisInput } from '../data/analysis-protocol.ts'
import {
  AnalysisCancelled,
  analyzeInWorker,
  DraftRefused,
  type AnalysisProgress,
} from '../data/analyze-in-worker.ts'
import { openedArticleQuery, storedArticlesQuery, type OpenedArticle } from '../data/local-article-queries.ts'
import type { DraftProblem } from '../import/draft-to-source.ts'
import { navigate } from '../reader/ui/use-location.ts'
import { readPath } from '../state/routes.ts'

export type AnnotateStatus =
  | { state: 'idle' }
  | { state: 'running'; progress: AnalysisProgress | null }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string }

/**
 * Runs the analysis of a source in the worker and opens the result in the reader: the article goes straight
 * into the query cache (no round trip through IndexedDB), the reader shows it, and the library entry follows.
 * Leaving the page, or `cancel`, terminates the worker.
 */
export function useAnnotate() {
  const client = useQueryClient()
  const [status, setStatus] = useState<AnnotateStatus>({ state: 'idle' })
  const running = useRef<AbortController | null>(null)
  useEffect(() => () => running.current?.abort(), [])

  const start = useCallback(
    async (
      input: AnalysisInput,
      options: {
        query?: string
        replace?: boolean
        onOpened?: () => void
        /** A draft the worker could not open: what is wrong with each field. */
        onRefused?: (problems: DraftProblem[]) => void
      } = {},
    ) => {
      running.current?.abort()
      const controller = new AbortController()
      running.current = controller
      setStatus({ state: 'running', progress: null })
      // User-timing marks: `npm run bench` measures the page between them (no cost when nobody reads them).
      performance.mark('marginalia:annotate')
      let key: readonly unknown[] | null = null
      try {
        const { source, article } = await analyzeInWorker(input, {
          signal: controller.signal,
          onProgress: (progress) => setStatus({ state: 'running', progress }),
          onKept: (keep) => {
            if (key) client.setQueryData(key, (old: OpenedArticle | undefined) => old && { ...old, keep })
            void client.invalidateQueries({ queryKey: storedArticlesQuery().queryKey })
          },
        })
        // The worker goes on storing the article: it must outlive this page, so it is not aborted on unmount.
        running.current = null
        performance.mark('marginalia:analysis-result')
        key = openedArticleQuery(source.meta.id).queryKey
        client.setQueryData(key, { source, article, keep: null })
        setStatus({ state: 'idle' })
        options.onOpened?.()
        navigate(readPath(source.meta.id) + (options.query ?? ''), { replace: options.replace ?? false })
      } catch (e) {
        if (running.current === controller) running.current = null
        if (e instanceof DraftRefused) {
          setStatus({ state: 'idle' })
          options.onRefused?.(e.problems)
        } else if (e instanceof AnalysisCancelled) setStatus({ state: 'cancelled' })
        else setStatus({ state: 'failed', message: e instanceof Error ? e.message : String(e) })
      }
    },
    [client],
  )
  const cancel = useCallback(() => running.current?.abort(), [])
  return { status, start, cancel }
}
