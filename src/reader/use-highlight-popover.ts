import { useCallback, useRef, useState, type FocusEvent, type MouseEvent } from 'react'
import type { Annotation } from '../model/annotated-article.ts'
import { isHighlighted, type ReaderModel } from '../layout/reader-model.ts'
import type { ViewState } from '../state/view-state.ts'

export interface PopoverState {
  id: string
  anchor: HTMLElement
  /** Opened by a click, a tap or focus: stays until closed. Opened by hovering: closes when the pointer leaves. */
  pinned: boolean
}

const OPEN_DELAY_MS = 250
const CLOSE_DELAY_MS = 300

/**
 * Which highlight's details are open, driven by event delegation on the article root: one set of handlers for
 * every mark, so the marks themselves never re-render. `onActivate` runs for a click or tap on a highlight.
 */
export function useHighlightPopover(
  model: ReaderModel,
  view: Pick<ViewState, 'layers' | 'speakers'>,
  onActivate: (annotation: Annotation) => void,
) {
  const [popover, setPopover] = useState<PopoverState | null>(null)
  const timer = useRef(0)

  // The highlight under the pointer or focus: the innermost mark that shows in this view.
  const markAt = (target: EventTarget | null): HTMLElement | null => {
    let mark = (target as Element | null)?.closest?.<HTMLElement>('mark[data-annotation-id]') ?? null
    while (mark) {
      const a = model.annotationById.get(mark.dataset.annotationId ?? '')
      if (a && isHighlighted(a, view.layers, view.speakers)) return mark
      mark = mark.parentElement?.closest<HTMLElement>('mark[data-annotation-id]') ?? null
    }
    return null
  }
  const open = (mark: HTMLElement, pinned: boolean) => {
    // A hover that had not opened yet must not fire later and turn a pinned popover back into a passing one.
    if (pinned) window.clearTimeout(timer.current)
    setPopover({ id: mark.dataset.annotationId ?? '', anchor: mark, pinned })
  }
  // Stable, so callers can hand them to memoized components and callbacks.
  const keepOpen = useCallback(() => window.clearTimeout(timer.current), [])
  const close = useCallback(() => setPopover(null), [])
  const closeUnpinnedSoon = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => setPopover((p) => (p?.pinned ? p : null)), CLOSE_DELAY_MS)
  }, [])

  const handlers = {
    onMouseOver: (e: MouseEvent) => {
      const mark = markAt(e.target)
      window.clearTimeout(timer.current)
      if (mark && !popover?.pinned) timer.current = window.setTimeout(() => open(mark, false), OPEN_DELAY_MS)
    },
    onMouseOut: (e: MouseEvent | FocusEvent) => {
      if (markAt(e.target) && !markAt(e.relatedTarget)) closeUnpinnedSoon()
      else window.clearTimeout(timer.current)
    },
    onClick: (e: MouseEvent) => {
      const mark = markAt(e.target)
      if (!mark || !document.getSelection()?.isCollapsed) return
      const a = model.annotationById.get(mark.dataset.annotationId ?? '')
      if (a) onActivate(a)
      open(mark, true)
    },
    onFocus: (e: FocusEvent) => {
      const mark = markAt(e.target)
      if (mark) open(mark, true)
    },
  }

  return { popover, close, keepOpen, closeUnpinnedSoon, handlers }
}
