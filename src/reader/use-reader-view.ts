import { useMemo, useSyncExternalStore } from 'react'
import type { ReaderModel } from '../layout/reader-model.ts'
import { createViewStore } from '../state/view-store.ts'
import { browserLocation } from './use-location.ts'
import { checkViewAgainstArticle } from './view-problems.ts'

/**
 * The reader's view: the URL parsed once per navigation and checked against the article, re-rendering on every
 * navigation (ours or Back/Forward). `update` writes a change to the URL; `read` gives the view as it is now,
 * for stable handlers that must not hold a stale copy.
 */
export function useReaderView(model: ReaderModel) {
  const store = useMemo(
    () =>
      createViewStore(browserLocation, (parsed) => ({
        ...checkViewAgainstArticle(model, parsed.state),
        linkProblems: parsed.problems,
      })),
    [model],
  )
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
  return { ...snapshot.checked, update: store.update, store }
}
