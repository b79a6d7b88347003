import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { AnnotationDetails } from '../layout/describe-annotation.ts'

interface Props {
  details: AnnotationDetails
  layer: string
  anchor: HTMLElement
  onClose: () => void
  onMoreFromSpeaker: (speakerId: string) => void
  onPointerEnter: () => void
  onPointerLeave: () => void
}

const GAP = 8

/**
 * Details of one highlight, beside it. Non-modal: it never takes focus on its own, so hovering or walking the
 * highlights with j/k keeps the reader's place; Escape closes it (handled by the reader's keyboard hook).
 */
export function AnnotationPopover(props: Props) {
  const { details, layer, anchor, onClose, onMoreFromSpeaker, onPointerEnter, onPointerLeave } = props
  const titleId = useId()
  const ref = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null)

  useLayoutEffect(() => {
    const place = () => {
      const box = ref.current
      if (!box || !anchor.isConnected) return
      const rects = anchor.getClientRects()
      const rect = rects[0] ?? anchor.getBoundingClientRect()
      const last = rects[rects.length - 1] ?? rect
      const width = box.offsetWidth
      const height = box.offsetHeight
      const below = last.bottom + GAP + height <= window.innerHeight || rect.top - GAP - height < 0
      const top = (below ? last.bottom + GAP : rect.top - GAP - height) + window.scrollY
      const left =
        Math.min(Math.max(8, rect.left), Math.max(8, window.innerWidth - width - 8)) + window.scrollX
      setPosition({ top, left })
    }
    place()
    window.addEventListener('resize', place)
    return () => window.removeEventListener('resize', place)
  }, [anchor, details])

  useEffect(() => {
    const close = (e: PointerEvent) => {
      const target = e.target as Node
      if (!ref.current?.contains(target) && !anchor.contains(target)) onClose()
    }
    document.addEventListener('pointerdown', close)
    return () => document.removeEventListener('pointerdown', close)
  }, [anchor, onClose])

  return createPortal(
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      className="popover"
      data-layer={layer}
      style={
        position ? { top: position.top, left: position.left } : { visibility: 'hidden', top: 0, left: 0 }
      }
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div className="flex items-start justify-between gap-3">
        <p id={titleId} className="font-semibold text-ink">
          <span aria-hidden="true" className={`swatch swatch-${layer} mr-1.5`} />
          {details.title}
        </p>
        <button type="button" className="icon-btn" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </div>
      <dl className="mt-1.5 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        {details.rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="text-muted">{row.label}</dt>
            <dd className="text-ink">{row.value}</dd>
          </div>
        ))}
      </dl>
      {details.speakerId && (
        <button
          type="button"
          className="btn btn-small mt-2"
          onClick={() => details.speakerId && onMoreFromSpeaker(details.speakerId)}
        >
          More from this speaker
        </button>
      )}
    </div>,
    document.body,
  )
}
