import { useEffect, useState, type RefObject } from 'react'
import type { ReaderModel } from '../layout/reader-model.ts'

/** The timeline events whose passage is on screen now ("where you are"), tracked with one IntersectionObserver. */
export function useCurrentEvents(
  root: RefObject<HTMLElement | null>,
  model: ReaderModel,
): ReadonlySet<string> {
  const [current, setCurrent] = useState<ReadonlySet<string>>(new Set())
  useEffect(() => {
    const el = root.current
    if (!el || typeof IntersectionObserver === 'undefined') return
    const visible = new Set<number>()
    const update = () => {
      const ids = new Set<string>()
      for (const [id, paragraph] of model.eventParagraph) if (visible.has(paragraph)) ids.add(id)
      setCurrent((prev) => (prev.size === ids.size && [...ids].every((id) => prev.has(id)) ? prev : ids))
    }
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = Number((entry.target as HTMLElement).dataset.paragraph)
          if (entry.isIntersecting) visible.add(index)
          else visible.delete(index)
        }
        update()
      },
      { rootMargin: '-15% 0px -35% 0px' },
    )
    el.querySelectorAll('[data-paragraph]').forEach((p) => observer.observe(p))
    return () => observer.disconnect()
  }, [root, model])
  return current
}
