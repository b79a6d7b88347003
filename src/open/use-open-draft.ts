import { useCallback, useEffect, useRef, useState } from 'react'
import { clearDraft, loadDraft, saveDraft, type SavedDraft } from '../data/draft-storage.ts'

const EMPTY: SavedDraft = { headline: '', outlet: '', published: '', text: '', picked: [] }
/** Long enough to skip saving between keystrokes, short enough that a reload right after typing keeps it. */
const SAVE_DELAY_MS = 400

/**
 * The open form's draft: restored from localStorage on mount, saved a moment after each change and at once when
 * the page is hidden or left, cleared once the article is open. `storageProblem` says when the browser
 * refused to keep it (the draft stays on screen regardless).
 */
export function useOpenDraft() {
  const [draft, setDraft] = useState<SavedDraft>(() => loadDraft() ?? EMPTY)
  const [storageProblem, setStorageProblem] = useState<string | null>(null)
  const latest = useRef(draft)
  const dirty = useRef(false)

  const flush = useCallback(() => {
    if (!dirty.current) return
    dirty.current = false
    const saved = saveDraft(latest.current)
    setStorageProblem(saved.ok ? null : saved.reason)
  }, [])

  useEffect(() => {
    latest.current = draft
    const timer = window.setTimeout(flush, SAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [draft, flush])

  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush])

  const update = useCallback((change: Partial<SavedDraft>) => {
    dirty.current = true
    setDraft((old) => ({ ...old, ...change }))
  }, [])
  const discard = useCallback(() => {
    dirty.current = false
    clearDraft()
    latest.current = EMPTY
    setDraft(EMPTY)
  }, [])
  return { draft, update, discard, storageProblem }
}
