import { useCallback, useMemo } from 'react'
import { formatViewState, parseViewState, type ViewState } from '../state/view-state.ts'
import { currentPath, navigate, useLocation } from './use-location.ts'

export type HistoryMode = 'push' | 'replace'

/**
 * The view as the URL says it, and a setter that writes the URL. Small adjustments (a layer switched) replace
 * the history entry; a new filter or focus pushes one, so Back undoes it.
 */
export function useViewState() {
  const location = useLocation()
  const parsed = useMemo(() => parseViewState(location), [location])
  const setView = useCallback((change: Partial<ViewState>, mode: HistoryMode) => {
    const current = parseViewState(currentPath()).state
    navigate(formatViewState({ ...current, ...change }), { replace: mode === 'replace' })
  }, [])
  return { view: parsed.state, problems: parsed.problems, setView }
}
