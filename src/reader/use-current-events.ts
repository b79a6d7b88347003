import { useEffect, useState, type RefObject } from 'react'
import type { ReaderModel } from '../layout/reader-model.ts'

/** Which paragraph lies under a point of the viewport, or -1. */
function paragraphAt(x: number, y: number): number {
  // Environments without layout (jsdom) have no hit testing.
  if (typeof document.elementFromPoint !== 'function') return -1
  const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-paragraph]')
  return el ? Number(el.dataset.paragraph) : -1
}

/**
 * The timeline events whose passage is on screen now ("where you are"). Probed on scroll, at most once a frame,
 * with two hit tests: an IntersectionObserver on every paragraph would be recomputed on every frame that
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
      const x = box.left + Math.min(box.width / 2, 200)
      const top = paragraphAt(x, window.innerHeight * 0.2)
      const bottom = paragraphAt(x, window.innerHeight * 0.7)
      const from = top >= 0 ? top : bottom
      const to = bottom >= 0 ? bottom : top
      const ids = new Set<string>()
      if (from >= 0) for (const [id, p] of model.eventParagraph) if (p >= from && p <= to) ids.add(id)
      setCurrent((prev) => (prev.size === ids.size && [...ids].every((id) => prev.has(id)) ? prev : ids))
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(probe)
    }
    schedule()
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
