import { useEffect, useState, type RefObject } from 'react'
import type { ReaderModel } from '../../layout/reader-model.ts'

/** Where the reading area is probed, as fractions of the viewport's height. */
const PROBES = [0.2, 0.35, 0.5, 0.65, 0.8]

/** Which paragraph lies under a point of the viewport, or -1. */
function paragraphAt(x: number, y: number): number {
  // Environments without layout (jsdom) have no hit testing.
  if (typeof document.elementFromPoint !== 'function') return -1
  const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-paragraph]')
  return el ? Number(el.dataset.paragraph) : -1
}

/**
 * The timeline events whose passage is on screen now ("where you are"). Probed on scroll, at most once a frame,
 * with a handful of hit tests: an IntersectionObserver on every paragraph would be recomputed on every frame that
 * changes layout, which on a long article costs more than a whole layer switch.
 */
export function useCurrentEvents(
  root: RefObject<HTMLElement | null>,
  model: ReaderModel,
): ReadonlySet<string> {
  const [current, setCurrent] = useState<ReadonlySet<string>>(new Set())
  useEffect(() => {
    const el = root.current
    if (!el) return
    let frame = 0
    const probe = () => {
      frame = 0
      const box = el.getBoundingClientRect()
      // A few probes down the reading area, near the start and the middle of the lines: gaps between
      // paragraphs, short last lines and headings must not blank the result.
      const hits = PROBES.flatMap((f) =>
        [box.left + 24, box.left + box.width / 2].map((x) => paragraphAt(x, window.innerHeight * f)),
      ).filter((p) => p >= 0)
      const ids = new Set<string>()
      if (hits.length > 0) {
        const from = Math.min(...hits)
        const to = Math.max(...hits)
        for (const [id, p] of model.eventParagraph) if (p >= from && p <= to) ids.add(id)
      }
      setCurrent((prev) => (prev.size === ids.size && [...ids].every((id) => prev.has(id)) ? prev : ids))
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(probe)
    }
    schedule()
    // The web font can move the text after the first probe.
    void document.fonts?.ready.then(schedule)
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    }
  }, [root, model])
  return current
}
