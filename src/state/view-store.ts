import { formatViewState, parseViewState, type ParsedViewState, type ViewState } from './view-state.ts'

/** A new history entry (Back undoes it) or the current one rewritten (small adjustments: a layer switched). */
export type HistoryMode = 'push' | 'replace'

/** Where the view is kept: the browser's history in the app, a plain variable in tests. */
export interface LocationSource {
  /** The path and query shown now. */
  read(): string
  /** Shows `pathAndSearch`, as a new entry or in place of the current one. */
  write(pathAndSearch: string, mode: HistoryMode): void
  /** Calls `listener` after every change of the location (ours or the Back button's). */
  subscribe(listener: () => void): () => void
}

/** The view of one location: the path, what the codec made of it, and what the caller's check made of that. */
export interface ViewSnapshot<Checked> {
  path: string
  parsed: ParsedViewState
  checked: Checked
}

export type ViewChange = Partial<Omit<ViewState, 'articleId'>>

export interface ViewStore<Checked> {
  /** The same object for as long as the location is the same (as `useSyncExternalStore` needs). */
  getSnapshot(): ViewSnapshot<Checked>
  subscribe(listener: () => void): () => void
  /**
   * Writes the checked view with `change` applied (a function receives the checked view as it is now, so
   * callers never hold a stale copy). Nothing is written when the link would not change.
   */
  update(change: ViewChange | ((view: ViewState) => ViewChange), mode: HistoryMode): void
}

/**
 * The one view store: the URL is the source of truth, parsed once per navigation and checked once (against the
 * article, say) by `check`, which returns the view it keeps plus whatever else it derived. Pure: the location
 * is handed in, so the store runs in Node and in tests as in the browser.
 */
export function createViewStore<Checked extends { view: ViewState }>(
  location: LocationSource,
  check: (parsed: ParsedViewState) => Checked,
): ViewStore<Checked> {
  let snapshot: ViewSnapshot<Checked> | null = null
  const getSnapshot = (): ViewSnapshot<Checked> => {
    const path = location.read()
    if (snapshot?.path !== path) {
      const parsed = parseViewState(path)
      snapshot = { path, parsed, checked: check(parsed) }
    }
    return snapshot
  }
  return {
    getSnapshot,
    subscribe: (listener) => location.subscribe(listener),
    update(change, mode) {
      const current = getSnapshot()
      const view = current.checked.view
      const next = formatViewState({ ...view, ...(typeof change === 'function' ? change(view) : change) })
      if (next !== current.path) location.write(next, mode)
    },
  }
}

/** A location kept in memory, with a history Back and Forward can move through: for tests and Node. */
export function memoryLocation(initial: string): LocationSource & { back(): void; forward(): void } {
  const entries = [initial]
  let index = 0
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((l) => l())
  return {
    read: () => entries[index]!,
    write(path, mode) {
      if (mode === 'push') entries.splice(++index, Infinity, path)
      else entries[index] = path
      notify()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    back() {
      if (index > 0) index--
      notify()
    },
    forward() {
      if (index < entries.length - 1) index++
      notify()
    },
  }
}
