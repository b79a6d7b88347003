import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { Span } from '../../model/span.ts'
import { wholeWords } from '../../state/text-quote.ts'
import { MAX_QUOTE_LENGTH } from '../../state/view-state.ts'
import { rangeFromSpan } from './dom-text.ts'
import type { TextSelection } from './use-selection.ts'

/**
 * The control beside a selection: shares it as whole words. A selection longer than a link carries is never cut
 * silently: the control says so and offers the part that fits, cut at a word.
 */
export function ShareSelection({
  text,
  selection,
  onShare,
}: {
  text: string
  selection: TextSelection
  onShare: (span: Span) => void
}) {
  const whole = wholeWords(text, selection.span, Infinity).span
  const { span, cut } = wholeWords(text, selection.span, MAX_QUOTE_LENGTH)
  if (span.start >= span.end) return null
  const count = (n: number) => n.toLocaleString('en-GB')
  return (
    <div
      className="share-passage"
      style={{
        top: selection.top,
        left: Math.max(8, Math.min(selection.left - 160, window.innerWidth - 300)),
      }}
    >
      {cut && (
        <p className="mb-1.5 text-sm">
          A link carries {count(MAX_QUOTE_LENGTH)} characters; this passage has{' '}
          {count(whole.end - whole.start)}.
        </p>
      )}
      <button
        type="button"
        className="btn btn-small btn-primary"
        // Keeps the selection: the button must not take it away before the click reads it.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onShare(span)}
      >
        {cut ? `Share its first ${count(span.end - span.start)} characters` : 'Share this passage'}
      </button>
    </div>
  )
}

/**
 * The label of a passage opened from a shared link, at its first line: it stays until dismissed (the passage
 * itself is marked by useMarkedPassage), and says when the words were found only approximately.
 */
export function SharedPassageLabel({
  root,
  span,
  approximate,
  onDismiss,
}: {
  root: RefObject<HTMLElement | null>
  span: Span
  approximate: boolean
  onDismiss: () => void
}) {
  const ref = useRef<HTMLDivElement>(null)
  const [at, setAt] = useState<{ top: number; left: number } | null>(null)
  useLayoutEffect(() => {
    const el = root.current
    if (!el) return
    const place = () => {
      const first = rangeFromSpan(el, span)?.getClientRects()[0]
      const height = ref.current?.offsetHeight ?? 0
      if (first) setAt({ top: first.top + window.scrollY - height - 2, left: first.left + window.scrollX })
    }
    place()
    // Chunks above the passage get their real height as they render, moving it: follow it.
    // Test DOMs have no ResizeObserver: there is no layout to follow either.
    if (typeof ResizeObserver !== 'function') return
    const observer = new ResizeObserver(place)
    observer.observe(el)
    return () => observer.disconnect()
  }, [root, span])
  return (
    <div ref={ref} className="passage-label" style={at ?? { visibility: 'hidden', top: 0, left: 0 }}>
      <span>Shared passage{approximate ? ' (its words changed a little since)' : ''}</span>
      <button type="button" aria-label="Dismiss the shared passage" onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
