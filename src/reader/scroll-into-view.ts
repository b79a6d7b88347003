/**
 * Scrolls an element to the middle of the screen and keeps it there while the page settles. Paragraphs use
 * `content-visibility: auto`, so the ones near the target only get their real height once rendered, and the
 * web font may still swap in: both move the target after a single scroll. Scrolling again after two frames and
 * after the fonts load puts it where it belongs.
 */
export function scrollIntoViewSettled(element: Element): void {
  const scroll = () => {
    if (element.isConnected) element.scrollIntoView({ block: 'center' })
  }
  scroll()
  requestAnimationFrame(() => requestAnimationFrame(scroll))
  void document.fonts?.ready.then(scroll)
}
