import { useEffect, useRef } from 'react'

/**
 * Single-key shortcuts (no modifiers), ignored while the reader types in a field or a dialog is open.
 * Handlers are read through a ref so callers may pass fresh closures on every render.
 */
export function useShortcuts(handlers: Record<string, () => void>) {
  const ref = useRef(handlers)
  useEffect(() => {
    ref.current = handlers
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return
      const target = e.target instanceof Element ? e.target : null
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog[open]')) return
      const handler = ref.current[e.key]
      if (!handler) return
      e.preventDefault()
      handler()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
