import { useCallback, useRef, useState, type FocusEvent, type MouseEvent } from 'react'
import type { Annotation } from '../../model/annotated-article.ts'
import { isHighlighted, type ReaderModel } from '../../layout/reader-model.ts'
import type { ViewState } from '../../state/view-state.ts'

/** A highlight's place in the page: the annotation and the mark (its first piece) a popover points at. */
export interface Spot {
  id: string
  anchor: HTMLElement
}

const OPEN_DELAY_MS = 250
const CLOSE_DELAY_MS = 300
const MARK = 'mark[data-annotation-id]'

/** The innermost mark around `target` that shows in this view (a hidden layer's mark shows nothing). */
export function markAt(
  model: ReaderModel,
  view: Pick<ViewState, 'layers' | 'speakers'>,
  target: EventTarget | null,
): HTMLElement | null {
  let mark = (target as Element | null)?.closest?.<HTMLElement>(MARK) ?? null
  while (mark) {
    const a = model.annotationById.get(mark.dataset.annotationId ?? '')
    if (a && isHighlighted(a, view.layers, view.speakers)) return mark
    mark = mark.parentElement?.closest<HTMLElement>(MARK) ?? null
  }
  return null
}

/**
 * Every annotation shown at a spot, innermost first: the mark's own and those of the highlighted marks around
 * it ("30 years" inside the date "30 years ago"; a source inside a speaker's mention).
 */
export function annotationsAt(
  model: ReaderModel,
  view: Pick<ViewState, 'layers' | 'speakers'>,
  anchor: HTMLElement,
): Annotation[] {
  const found: Annotation[] = []
  for (let mark: HTMLElement | null = anchor; mark; mark = mark.parentElement?.closest(MARK) ?? null) {
    const a = model.annotationById.get(mark.dataset.annotationId ?? '')
    if (a && !found.includes(a) && isHighlighted(a, view.layers, view.speakers)) found.push(a)
  }
  return found
}

/**
 * Pointer and focus on highlights, by event delegation on the article root (the marks never re-render). A
 * click, a tap or keyboard focus calls `onActivate`: the reader writes it to the view, and the popover of the
 * focused highlight follows the URL (Back and Forward included). Hovering shows a passing popover, kept here
 * and never in the URL, while nothing is focused.
 */
export function useHighlightPopover(
  model: ReaderModel,
  view: Pick<ViewState, 'layers' | 'speakers' | 'focus'>,
  /** `alone`: no other highlight shows at the same spot (a claim around it aside: claims are long). */
  onActivate: (annotation: Annotation, by: 'pointer' | 'focus', alone: boolean) => void,
) {
  const [hover, setHover] = useState<Spot | null>(null)
  const timer = useRef(0)
  const pinned = view.focus !== null

  // Stable, so callers can hand them to memoized components and callbacks.
  const keepOpen = useCallback(() => window.clearTimeout(timer.current), [])
  const closeHover = useCallback(() => {
    window.clearTimeout(timer.current)
    setHover(null)
  }, [])
  const closeHoverSoon = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => setHover(null), CLOSE_DELAY_MS)
  }, [])
  const activate = (mark: HTMLElement, by: 'pointer' | 'focus') => {
    // A hover that had not opened yet must not fire later over what the activation shows.
    closeHover()
    const a = model.annotationById.get(mark.dataset.annotationId ?? '')
    if (a) onActivate(a, by, annotationsAt(model, view, mark).filter((b) => b.layer !== 'claim').length === 1)
  }

  const handlers = {
    onMouseOver: (e: MouseEvent) => {
      const mark = markAt(model, view, e.target)
      window.clearTimeout(timer.current)
      if (!mark || pinned) return
      const id = mark.dataset.annotationId ?? ''
      timer.current = window.setTimeout(() => setHover({ id, anchor: mark }), OPEN_DELAY_MS)
    },
    onMouseOut: (e: MouseEvent | FocusEvent) => {
      if (markAt(model, view, e.target) && !markAt(model, view, e.relatedTarget)) closeHoverSoon()
      else window.clearTimeout(timer.current)
    },
    onClick: (e: MouseEvent) => {
      const mark = markAt(model, view, e.target)
      if (mark && document.getSelection()?.isCollapsed !== false) activate(mark, 'pointer')
    },
    onFocus: (e: FocusEvent) => {
      const mark = markAt(model, view, e.target)
      if (mark && mark === e.target) activate(mark, 'focus')
    },
  }

  return { hover: pinned ? null : hover, closeHover, keepOpen, closeHoverSoon, handlers }
}
