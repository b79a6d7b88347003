/**
 * The part of the screen the article can be read in: below the sticky toolbar and above an open bottom sheet
 * (a phone's speaker list or timeline), in viewport pixels.
 */
export function readableArea(): { top: number; bottom: number } {
  const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect()
  const sheet = document.querySelector<HTMLElement>('.sidebar[data-open]')
  const sheetTop =
    sheet && getComputedStyle(sheet).position === 'fixed' ? sheet.getBoundingClientRect().top : Infinity
  return {
    top: Math.max(0, toolbar?.bottom ?? 0),
    bottom: Math.min(window.innerHeight, sheetTop),
  }
}

/** Scrolls the page so `element` sits in the middle of the readable area (never behind the toolbar or a sheet). */
export function scrollToReadable(element: Element): void {
  if (!element.isConnected) return
  const rect = element.getBoundingClientRect()
  const { top, bottom } = readableArea()
  // Taller than the area: its start goes to the top of the area instead.
  const offset =
    rect.height > bottom - top ? rect.top - top - 8 : rect.top + rect.height / 2 - (top + bottom) / 2
  if (Math.abs(offset) > 1) window.scrollBy({ top: offset, behavior: 'instant' })
}

/**
 * Scrolls an element into the readable area and keeps it there while the page settles. Chunks of paragraphs use
 * `content-visibility: auto`, so the ones near the target only get their real height once rendered, and the
 * web font may still swap in: both move the target after a single scroll. Scrolling again after two frames and
 * after the fonts load puts it where it belongs.
 */
export function scrollIntoViewSettled(element: Element): void {
  const scroll = () => scrollToReadable(element)
  scroll()
  requestAnimationFrame(() => requestAnimationFrame(scroll))
  void document.fonts?.ready.then(scroll)
}

/** Scrolls `box` (a scroll container, never the page) so `item` shows a third of the way down, if out of sight. */
export function scrollWithin(box: HTMLElement, item: HTMLElement): void {
  if (box.scrollHeight <= box.clientHeight) return
  const view = box.getBoundingClientRect()
  const rect = item.getBoundingClientRect()
  if (rect.top < view.top || rect.bottom > view.bottom)
    box.scrollTo({ top: Math.max(0, box.scrollTop + rect.top - view.top - view.height / 3) })
}
