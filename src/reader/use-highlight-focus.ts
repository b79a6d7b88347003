import { scrollIntoViewSettled } from './scroll-into-view.ts'
import { useEffect, type RefObject } from 'react'

/**
 * Marks every piece of the focused highlight (a class, not a re-render) and, when asked, scrolls it into view
 * and gives it keyboard focus so screen readers read it.
 */
// Ids reach here validated against /^[a-z0-9-]+$/i by the URL codec, so they are safe inside a selector.
export function useHighlightFocus(
  root: RefObject<HTMLElement | null>,
  focus: string | null,
  scrollRef: RefObject<boolean>,
) {
  useEffect(() => {
    const el = root.current
    if (!el || focus === null) return
    const pieces = el.querySelectorAll<HTMLElement>(`mark[data-annotation-id="${focus}"]`)
    pieces.forEach((p) => p.classList.add('is-focused'))
    const first = pieces[0]
    if (first && scrollRef.current) {
      scrollRef.current = false
      first.tabIndex = -1
      first.focus({ preventScroll: true })
      scrollIntoViewSettled(first)
    }
    return () => pieces.forEach((p) => p.classList.remove('is-focused'))
  }, [root, focus, scrollRef])
}
