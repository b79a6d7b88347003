import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { TimelineEvent } from '../../model/annotated-article.ts'
import { axisFrame } from '../../layout/timeline-axis.ts'
import { axisMarks } from '../../layout/timeline-marks.ts'
import { AxisMarkButton, AxisLabels, POINT_ROW_PX, LANE_PX } from './axis-parts.tsx'
import { useElementWidth } from './use-element-width.ts'

interface Props {
  /** Every event of the article: the scale, so that a filter thins the marks without moving them. */
  events: readonly TimelineEvent[]
  /** The events shown as marks (the chosen speakers' events under a filter). */
  shown: readonly TimelineEvent[]
  current: ReadonlySet<string>
  onPick: (event: TimelineEvent) => void
}

/** Width laid out before the panel is measured (the desktop sidebar's), in pixels. */
const FALLBACK_WIDTH = 300
const NEXT: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/**
 * The events on a proportional axis above the list (pure layout in src/layout/timeline-*.ts). The marks are one
 * tab stop: arrow keys move between them in time order, Home and End go to the ends (a roving tabindex, as in
 * the article). Positions are percentages of the measured width, so the axis stretches unbroken when printed.
 */
export const TimelineAxis = memo(function TimelineAxis({ events, shown, current, onPick }: Props) {
  const [measure, width] = useElementWidth(FALLBACK_WIDTH)
  const frame = useMemo(() => (width === null ? null : axisFrame(events, width)), [events, width])
  const marks = useMemo(() => (frame ? axisMarks(frame.scale, shown) : []), [frame, shown])
  const [active, setActive] = useState(0)
  const group = useRef<HTMLDivElement>(null)
  if (events.length === 0 || (width !== null && !frame)) return null
  // Measured first: the box (its least height in CSS) is all the pre-rendered page holds.
  if (!frame || width === null) return <div ref={measure} className="timeline-axis" />
  const tabStop = Math.min(active, marks.length - 1)
  const lanes = marks.reduce((n, m) => (m.kind === 'bar' ? Math.max(n, m.lane + 1) : n), 0)
  const line = POINT_ROW_PX + lanes * LANE_PX + 2

  const onKeyDown = (e: KeyboardEvent) => {
    const step = NEXT[e.key]
    let to: number
    if (e.key === 'Home') to = 0
    else if (e.key === 'End') to = marks.length - 1
    else if (step !== undefined) to = tabStop + step
    else return
    e.preventDefault()
    const next = Math.min(Math.max(to, 0), marks.length - 1)
    setActive(next)
    group.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus()
  }

  return (
    <div ref={measure} className="timeline-axis" style={{ height: `${line + 34}px` }}>
      <AxisLabels frame={frame} line={line} />
      <div
        ref={group}
        role="toolbar"
        aria-label="Events in time"
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
      >
        {marks.map((mark, i) => (
          <AxisMarkButton
            key={`${mark.kind}:${mark.events[0]!.id}`}
            mark={mark}
            width={width}
            lanes={lanes}
            tabbable={i === tabStop}
            current={mark.events.some((e) => current.has(e.id))}
            onPick={() => {
              setActive(i)
              onPick(mark.events[0]!)
            }}
          />
        ))}
      </div>
    </div>
  )
})
