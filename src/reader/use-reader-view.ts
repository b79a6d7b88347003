import { useMemo, useSyncExternalStore } from 'react'
import type { ReaderModel } from '../layout/reader-model.ts'
import { createViewStore } from '../state/view-store.ts'
import { browserLocation, serverLocation } from './ui/use-location.ts'
import type { ParsedViewState } from '../state/view-state.ts'
import { checkViewAgainstArticle } from './view-problems.ts'

/**
 * The reader's view: the URL parsed once per navigation and checked against the article, re-rendering on every
 * navigation (ours or Back/Forward). `update` writes a change to the URL; `read` gives the view as it is now,
 * for stable handlers that must not hold a stale copy.
 */
export function useReaderView(model: ReaderModel) {
  const [store, serverStore] = useMemo(() => {
    const check = (parsed: ParsedViewState) => ({
      ...checkViewAgainstArticle(model, parsed.state),
      linkProblems: parsed.problems,
    })
    // The server, and hydration of a pre-rendered page, render the view of the path the page was made for.
    return [createViewStore(browserLocation, check), createViewStore(serverLocation, check)]
  }, [model])
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, serverStore.getSnapshot)
  return { ...snapshot.checked, update: store.update, store }
}
