import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react'
import {
  estimateChunkHeight,
  isRendered,
  type BodyChunk,
  type RenderPlan,
} from '../../layout/article-chunks.ts'

/**
 * Gives each chunk of paragraphs an estimate of its height for `contain-intrinsic-size: auto <estimate>`, so the
 * page is about as tall before the chunks off screen are rendered (or, on a long article, have arrived) as after,
 * and the scrollbar stays still while the reader scrolls (`auto`: once rendered, a chunk keeps its real height).
 * The estimate counts lines: the characters per line and the line height are measured on a rendered chunk. Set
 * through the CSSOM in the client only (never a `style` attribute in pre-rendered HTML: the page's CSP forbids it).
 */
export function useChunkSizes(
  body: RefObject<HTMLElement | null>,
  chunks: readonly BodyChunk[],
  plan: RenderPlan,
) {
  const state = useRef({ width: 0, measured: false, applied: [] as string[] })
  const estimate = useCallback(() => {
    const el = body.current
    const s = state.current
    if (!el || el.clientWidth === s.width) return
    const divs = el.children
    const sampleIndex = chunks.findIndex(
      (_, i) => (divs[i] as HTMLElement | undefined)?.dataset.pending === undefined,
    )
    const sample = [...(divs[sampleIndex]?.querySelectorAll('p') ?? [])]
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
    s.width = el.clientWidth
    s.measured = lines > 0
    const perLine = lines > 0 ? chars / lines : s.width / (lineHeight * 0.3)
    chunks.forEach((chunk, i) => {
      const div = divs[i] as HTMLElement | undefined
      const value = `auto ${estimateChunkHeight(chunk.lengths, perLine, lineHeight, gap)}px`
      // Unchanged values are not written again: each write restyles the chunk.
      if (!div || s.applied[i] === value) return
      div.style.containIntrinsicSize = value
      s.applied[i] = value
    })
  }, [body, chunks])

  useLayoutEffect(() => {
    estimate()
    // The web font changes the characters per line; a new width too.
    void document.fonts?.ready.then(() => {
      state.current.width = 0
      estimate()
    })
    // Test DOMs have no ResizeObserver: there is no layout to follow either.
    if (typeof ResizeObserver !== 'function') return
    const observer = new ResizeObserver(estimate)
    if (body.current) observer.observe(body.current)
    return () => observer.disconnect()
  }, [body, estimate])

  // Until a rendered chunk could be measured (the first one rendered may still be off screen), try again as more
  // arrive.
  const rendered = chunks.filter((_, i) => isRendered(plan, i)).length
  useLayoutEffect(() => {
    if (state.current.measured) return
    state.current.width = 0
    estimate()
  }, [rendered, estimate])
}
