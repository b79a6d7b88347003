import { useEffect, useState, type RefObject } from 'react'
import type { Span } from '../../model/span.ts'
import { spanFromRange } from './dom-text.ts'

export interface TextSelection {
  span: Span
  /** Where to put the "Share this passage" button, in page coordinates. */
  top: number
  left: number
}

/** The reader's current text selection inside the article, as an article-text span. */
export function useSelection(root: RefObject<HTMLElement | null>): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null)
  useEffect(() => {
    let timer = 0
    const read = () => {
      const el = root.current
      const sel = document.getSelection()
      if (!el || !sel || sel.rangeCount === 0 || sel.isCollapsed) return setSelection(null)
      const range = sel.getRangeAt(0)
      if (!el.contains(range.commonAncestorContainer)) return setSelection(null)
      const span = spanFromRange(el, range)
      if (!span) return setSelection(null)
      const rects = range.getClientRects()
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect()
      setSelection({ span, top: last.bottom + window.scrollY + 6, left: last.right + window.scrollX })
    }
    // Debounced: selectionchange fires for every character while a selection is dragged.
    const onChange = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(read, 150)
    }
    document.addEventListener('selectionchange', onChange)
    return () => {
      window.clearTimeout(timer)
      document.removeEventListener('selectionchange', onChange)
    }
  }, [root])
  return [selection, () => setSelection(null)]
}
