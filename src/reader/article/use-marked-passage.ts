import { scrollIntoViewSettled } from '../ui/scroll-into-view.ts'
import { useEffect, type RefObject } from 'react'
import type { Span } from '../../model/span.ts'
import { rangeFromSpan } from './dom-text.ts'

/**
 * Marks a shared passage with the CSS Custom Highlight API: no DOM change, so the article is not re-rendered
 * and the text stays as it is. Browsers without the API still scroll to the passage.
 */
export function useMarkedPassage(root: RefObject<HTMLElement | null>, span: Span | null, scroll: boolean) {
  useEffect(() => {
    const el = root.current
    if (!el || !span) return
    const range = rangeFromSpan(el, span)
    if (!range) return
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null
    registry?.set('passage', new Highlight(range))
    if (scroll) {
      const node = range.startContainer.parentElement
      if (node) scrollIntoViewSettled(node)
    }
    return () => {
      registry?.delete('passage')
    }
  }, [root, span, scroll])
}
