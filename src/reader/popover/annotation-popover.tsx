import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { Layer } from '../../model/annotated-article.ts'
import { LAYER_LABEL, type AnnotationDetails } from '../../layout/describe-annotation.ts'

export interface PopoverEntry {
  id: string
  layer: Layer
  details: AnnotationDetails
}

interface Props {
  /** Every annotation at the spot, innermost first. */
  entries: readonly PopoverEntry[]
  anchor: HTMLElement
  /** Where the popover docks instead of floating (the open sheet on a phone); null: it floats by the anchor. */
  dock: HTMLElement | null
  onClose: () => void
  onMoreFromSpeaker: (speakerId: string) => void
  onPointerEnter: () => void
  onPointerLeave: () => void
}

const GAP = 8

/** "Number and Date": the layers of a spot, for the name of its one dialog. */
function layerNames(entries: readonly PopoverEntry[]): string {
  const names = entries.map((e) => LAYER_LABEL[e.layer].one.replace(/^./, (c) => c.toUpperCase()))
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/**
 * Details of every highlight at one spot, beside it (or docked in the open sheet on a phone). Non-modal: it
 * never takes focus on its own, so hovering or walking the highlights with j/k keeps the reader's place; Escape
 * closes it (handled by the reader's keyboard hook).
 */
export function AnnotationPopover(props: Props) {
  const { entries, anchor, dock, onClose, onMoreFromSpeaker, onPointerEnter, onPointerLeave } = props
  const titleId = useId()
  const ref = useRef<HTMLDivElement>(null)
  const position = usePosition(ref, anchor, dock === null, entries)

  useEffect(() => {
    // A press on the page's text closes it. A press on a control or another highlight leaves it to that
    // control: closing first would rewrite the history entry the control's own step may push after it.
    const close = (e: PointerEvent) => {
      const target = e.target as Element
      if (ref.current?.contains(target) || anchor.contains(target)) return
      if (!target.closest?.('button, a, input, select, textarea, label, mark')) onClose()
    }
    document.addEventListener('pointerdown', close)
    return () => document.removeEventListener('pointerdown', close)
  }, [anchor, onClose])

  const several = entries.length > 1
  const speakers = [...new Set(entries.flatMap((e) => (e.details.speakerId ? [e.details.speakerId] : [])))]
  const box = (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={several ? undefined : titleId}
      aria-label={several ? layerNames(entries) : undefined}
      className={dock ? 'popover popover-docked' : 'popover'}
      data-layer={entries[0]?.layer}
      style={dock ? undefined : position ? position : { visibility: 'hidden', top: 0, left: 0 }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <button type="button" className="icon-btn popover-close" aria-label="Close details" onClick={onClose}>
        ×
      </button>
      {entries.map((entry, i) => (
        <section
          key={entry.id}
          className={i > 0 ? 'popover-entry mt-2 border-t border-rule pt-2' : 'popover-entry'}
        >
          <p id={i === 0 ? titleId : undefined} className="pr-9 font-semibold text-ink">
            <span aria-hidden="true" className={`swatch swatch-${entry.layer} mr-1.5`} />
            {entry.details.title}
          </p>
          <dl className="mt-1.5 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
            {entry.details.rows.map((row) => (
              <div key={row.label} className="contents">
                <dt className="text-muted">{row.label}</dt>
                <dd className="text-ink">{row.value}</dd>
              </div>
            ))}
          </dl>
          <details className="popover-why mt-1.5 text-sm">
            <summary className="cursor-pointer text-muted">Why this highlight?</summary>
            <p className="mt-1 text-ink">{entry.details.why}</p>
          </details>
        </section>
      ))}
      {speakers.map((id) => (
        <button key={id} type="button" className="btn btn-small mt-2" onClick={() => onMoreFromSpeaker(id)}>
          More from this speaker
        </button>
      ))}
    </div>
  )
  return createPortal(box, dock ?? document.body)
}

/** Where a floating popover goes: below the anchor's last line, or above its first when there is no room. */
function usePosition(
  ref: React.RefObject<HTMLDivElement | null>,
  anchor: HTMLElement,
  floating: boolean,
  content: unknown,
) {
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null)
  useLayoutEffect(() => {
    if (!floating) return
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
  }, [ref, anchor, floating, content])
  return position
}
