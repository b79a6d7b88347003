import { useLayoutEffect, type RefObject } from 'react'

/**
 * Gives each chunk of paragraphs an estimate of its height for `contain-intrinsic-size: auto <estimate>`, so the
 * page is about as tall before the chunks off screen are rendered as after, and the scrollbar stays still while
 * the reader scrolls (`auto`: once rendered, a chunk keeps its real height). The estimate counts lines: the
 * characters per line and the line height are measured on the first chunk, which is on screen. Set through the
 * CSSOM in the client only (never a `style` attribute in pre-rendered HTML: the page's CSP forbids it).
 */
export function useChunkSizes(body: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = body.current
    if (!el) return
    let width = 0
    const estimate = () => {
      if (el.clientWidth === width) return
      width = el.clientWidth
      const chunks = [...el.querySelectorAll<HTMLElement>('.article-chunk')]
      const sample = [...(chunks[0]?.querySelectorAll('p') ?? [])]
      const style = sample[0] && getComputedStyle(sample[0])
      const lineHeight = style ? parseFloat(style.lineHeight) : NaN
      if (!Number.isFinite(lineHeight) || lineHeight <= 0) return
      const gap = parseFloat(style?.fontSize ?? '0') * 1.1
      let chars = 0
      let lines = 0
      for (const p of sample) {
        const n = Math.round(p.getBoundingClientRect().height / lineHeight)
        // Full lines only: a paragraph's last line is about half full.
        if (n >= 2) {
          chars += p.textContent?.length ?? 0
          lines += n - 0.5
        }
      }
      const perLine = lines > 0 ? chars / lines : width / (lineHeight * 0.3)
      for (const chunk of chunks.slice(1)) {
        const paragraphs = [...chunk.children]
        const height = paragraphs.reduce(
          (sum, p) => sum + Math.max(1, Math.ceil((p.textContent?.length ?? 0) / perLine)) * lineHeight,
          gap * (paragraphs.length - 1),
        )
        chunk.style.containIntrinsicSize = `auto ${Math.round(height)}px`
      }
    }
    estimate()
    // The web font changes the characters per line; a new width too.
    void document.fonts?.ready.then(() => {
      width = 0
      estimate()
    })
    // Test DOMs have no ResizeObserver: there is no layout to follow either.
    if (typeof ResizeObserver !== 'function') return
    const observer = new ResizeObserver(estimate)
    observer.observe(el)
    return () => observer.disconnect()
  }, [body])
}
