import { Fragment, memo } from 'react'
import { markName, type AxisFrame } from '../../layout/timeline-axis.ts'
import { pointBox, type AxisMark } from '../../layout/timeline-marks.ts'

/** Height of the row of points, and of each row of bars under it, in pixels. */
export const POINT_ROW_PX = 24
export const LANE_PX = 10

const pct = (x: number, width: number) => `${(x / width) * 100}%`

interface MarkProps {
  mark: AxisMark
  width: number
  lanes: number
  tabbable: boolean
  current: boolean
  onPick: () => void
}

/**
 * One mark of the axis, a button named by its date and event ("Monday 10 January 2022: 8 events"): a dot, a
 * pill with the count of a cluster, or a bar of a range's extent. Approximate dates are dashed and hollow, the
 * events on screen ringed: shapes, not colour alone.
 */
export const AxisMarkButton = memo(function AxisMarkButton(props: MarkProps) {
  const { mark, width, lanes, tabbable, current, onPick } = props
  const name = markName(mark)
  const point = mark.kind === 'point'
  const box = point ? pointBox(mark, width) : { left: mark.x0, right: mark.x1 }
  const classes = [
    'axis-mark',
    point ? 'axis-point' : 'axis-bar',
    mark.approximate && 'is-approximate',
    current && 'is-current',
  ]
  return (
    <button
      type="button"
      tabIndex={tabbable ? 0 : -1}
      className={classes.filter(Boolean).join(' ')}
      aria-label={name}
      title={name}
      data-current={current || undefined}
      style={{
        left: pct(box.left, width),
        width: point ? `${box.right - box.left}px` : pct(box.right - box.left, width),
        top: point ? 0 : `${POINT_ROW_PX + (lanes - 1 - mark.lane) * LANE_PX}px`,
        height: `${point ? POINT_ROW_PX : LANE_PX}px`,
      }}
      onClick={onPick}
    >
      <span className="axis-mark-shape">{mark.events.length > 1 && point ? mark.events.length : null}</span>
    </button>
  )
})

/** The line, its cuts ("⋯"), ticks and captions: a picture of the scale, hidden from screen readers. */
export const AxisLabels = memo(function AxisLabels({ frame, line }: { frame: AxisFrame; line: number }) {
  const { scale, labels } = frame
  const w = scale.width
  const at = (x: number, top: number) => ({ left: pct(x, w), top: `${top}px` })
  return (
    <div aria-hidden="true">
      {scale.segments.map((s, i) => {
        const before = scale.segments[i - 1]
        return (
          <Fragment key={s.start}>
            <span className="axis-line" style={{ ...at(s.x0, line), width: pct(s.x1 - s.x0, w) }} />
            {before && (
              <span className="axis-cut" style={at((before.x1 + s.x0) / 2, line - 9)}>
                ⋯
              </span>
            )}
          </Fragment>
        )
      })}
      {labels.ticks.map((t) => (
        <span key={`t${t.x}`} className="axis-tickmark" style={at(t.x, line)} />
      ))}
      {labels.ticks.map((t) => (
        <span key={`l${t.x}`} className="axis-label" data-anchor={t.anchor} style={at(t.at, line + 5)}>
          {t.text}
        </span>
      ))}
      {labels.captions.map((c) => (
        <span key={`c${c.x}`} className="axis-caption" data-anchor={c.anchor} style={at(c.at, line + 19)}>
          {c.text}
        </span>
      ))}
    </div>
  )
})
