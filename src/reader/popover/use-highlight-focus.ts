import { scrollIntoViewSettled } from '../ui/scroll-into-view.ts'
import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * Marks every piece of the focused highlight (a class, not a re-render) and, when asked, scrolls it into view
 * and gives it keyboard focus so screen readers read it. Returns its first piece, where its popover points.
 */
// Ids reach here validated against /^[a-z0-9-]+$/i by the URL codec, so they are safe inside a selector.
export function useHighlightFocus(
  root: RefObject<HTMLElement | null>,
  focus: string | null,
  scrollRef: RefObject<boolean>,
): HTMLElement | null {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  useLayoutEffect(() => {
    const el = root.current
    if (!el || focus === null) return setAnchor(null)
    const pieces = el.querySelectorAll<HTMLElement>(`mark[data-annotation-id="${focus}"]`)
    pieces.forEach((p) => p.classList.add('is-focused'))
    const first = pieces[0] ?? null
    setAnchor(first)
    if (first && scrollRef.current) {
      scrollRef.current = false
      // Focusable by script; the roving tab stop (use-roving-focus.ts) decides which highlight Tab reaches.
      if (!first.hasAttribute('tabindex')) first.tabIndex = -1
      first.focus({ preventScroll: true })
      scrollIntoViewSettled(first)
    }
    return () => pieces.forEach((p) => p.classList.remove('is-focused'))
  }, [root, focus, scrollRef])
  return anchor?.dataset.annotationId === focus ? anchor : null
}
