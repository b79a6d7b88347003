import { useEffect, type RefObject } from 'react'
import { isHighlighted, type ReaderModel } from '../../layout/reader-model.ts'
import type { ViewState } from '../../state/view-state.ts'
import { readableArea } from '../ui/scroll-into-view.ts'

const STARTS = 'mark[data-annotation-id]:not([data-part="middle"]):not([data-part="last"])'

/**
 * The article's highlights as one tab stop (a roving tabindex): Tab into the article reaches the highlight
 * nearest the top of the readable area, Tab again leaves it; inside, the arrow keys (like j/k) step from one
 * highlight to the next. The stop is chosen when Tab is pressed, so scrolling costs nothing.
 */
export function useRovingFocus(
  root: RefObject<HTMLElement | null>,
  model: ReaderModel,
  read: () => ViewState,
  step: (direction: 1 | -1) => void,
) {
  useEffect(() => {
    const el = root.current
    if (!el) return
    let stop: HTMLElement | null = null
    const makeStop = (mark: HTMLElement | null) => {
      if (stop === mark) return
      if (stop) stop.tabIndex = -1
      stop = mark
      if (mark) mark.tabIndex = 0
    }
    const shows = (mark: HTMLElement) => {
      const a = model.annotationById.get(mark.dataset.annotationId ?? '')
      const view = read()
      return a !== undefined && isHighlighted(a, view.layers, view.speakers)
    }
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return
      const active = document.activeElement
      const onMark = active instanceof HTMLElement && active.matches('mark') && el.contains(active)
      if (e.key === 'Tab') {
        // Leaving from a highlight: it stays the stop, so Tab goes on past the article and Shift+Tab returns.
        // Coming back: the last highlight while it is still on screen, else the one nearest the top.
        makeStop(onMark ? active : stop && shows(stop) && onScreen(stop) ? stop : firstInView(el, shows))
        // Reading down the article with nothing focused, or just after the skip link: Tab goes to the highlight
        // nearest the top of the screen, wherever the browser's own starting point for Tab happens to be. At the
        // top of the page with nothing focused, Tab goes to the skip link as usual.
        const idle = !active || active === document.body
        const reading =
          active === el ||
          active?.id === 'main' ||
          (idle && el.getBoundingClientRect().top < readableArea().top)
        if (reading && !e.shiftKey && stop) {
          e.preventDefault()
          stop.focus({ preventScroll: true })
        }
        return
      }
      if (!onMark || e.shiftKey) return
      const direction = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key] as
        1 | -1 | undefined
      if (!direction) return
      e.preventDefault()
      step(direction)
    }
    // Capture: the stop must be in place before the browser moves focus for this Tab.
    document.addEventListener('keydown', onKeyDown, true)
    return () => {
      document.removeEventListener('keydown', onKeyDown, true)
      makeStop(null)
    }
  }, [root, model, read, step])
}

/**
 * The first shown highlight whose box ends below the top of the readable area: the paragraph there is found by
 * binary search (paragraphs are in reading order; marks nest, so their boxes are not), then its marks in order.
 */
function firstInView(root: HTMLElement, shows: (mark: HTMLElement) => boolean): HTMLElement | null {
  const { top } = readableArea()
  const paragraphs = [...root.querySelectorAll<HTMLElement>('[data-start]')]
  let lo = 0
  let hi = paragraphs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (paragraphs[mid]!.getBoundingClientRect().bottom <= top) lo = mid + 1
    else hi = mid
  }
  for (const paragraph of paragraphs.slice(lo))
    for (const mark of paragraph.querySelectorAll<HTMLElement>(STARTS))
      if (shows(mark) && mark.getBoundingClientRect().bottom > top) return mark
  // Below the last highlight: the last one shown.
  return [...root.querySelectorAll<HTMLElement>(STARTS)].reverse().find(shows) ?? null
}

function onScreen(mark: HTMLElement): boolean {
  const { top, bottom } = readableArea()
  const rect = mark.getBoundingClientRect()
  return rect.bottom > top && rect.top < bottom
}
