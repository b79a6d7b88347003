import { useEffect, useState } from 'react'

/**
 * The content width of an element in whole CSS pixels, followed as it changes (a sheet opening, a rotated
 * phone); null until mounted, so that what depends on it is never in the pre-rendered page (whose inline styles
 * the Content-Security-Policy blocks: styles must be set by script). An element without layout (a closed sheet,
 * jsdom) measures `fallback` until it has one.
 */
export function useElementWidth(fallback: number): [(el: HTMLElement | null) => void, number | null] {
  const [element, setElement] = useState<HTMLElement | null>(null)
  const [width, setWidth] = useState<number | null>(null)
  useEffect(() => {
    if (!element) return
    const measured = (w: number) => Math.floor(w)
    setWidth((last) => measured(element.getBoundingClientRect().width) || (last ?? fallback))
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      const w = measured(entry?.contentRect.width ?? 0)
      // A hidden panel measures 0: keep the last width rather than lay out nothing.
      if (w > 0) setWidth(w)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [element, fallback])
  return [setElement, width]
}
