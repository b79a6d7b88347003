import { memo } from 'react'
import type { ReaderModel } from '../layout/reader-model.ts'
import { groupEventsByDay } from '../layout/reader-model.ts'
import { formatDate } from '../layout/format-date.ts'
import type { TimelineEvent } from '../model/annotated-article.ts'

interface Props {
  model: ReaderModel
  speakers: readonly string[]
  /** Events whose passage is on screen now. */
  current: ReadonlySet<string>
  onActivate: (event: TimelineEvent) => void
}

function involves(event: TimelineEvent, speakers: readonly string[]): boolean {
  return speakers.length === 0 || event.speakerIds.some((id) => speakers.includes(id))
}

/**
 * The events in date order, grouped by day; each scrolls its passage into view when activated. Every event is
 * rendered once and the speaker filter hides the others (no unmounting), so filtering a long timeline is cheap.
 */
export const Timeline = memo(function Timeline({ model, speakers, current, onActivate }: Props) {
  const days = groupEventsByDay(model.article.events, [])
  const shown = model.article.events.filter((e) => involves(e, speakers)).length
  return (
    <aside aria-label="Timeline" className="panel">
      <h2 className="panel-title">Timeline</h2>
      {shown === 0 && (
        <p className="mt-2 text-sm text-muted">
          {speakers.length > 0 ? 'No dated events involve the chosen speakers.' : 'No dated events found.'}
        </p>
      )}
      <ol className="timeline mt-2">
        {days.map((day) => (
          <li key={day.date} className="timeline-day" hidden={!day.events.some((e) => involves(e, speakers))}>
            <h3 className="timeline-date">
              <time dateTime={day.date.split('/')[0]}>{formatDate(day.date, 'short')}</time>
            </h3>
            <ul>
              {day.events.map((event) => (
                <EventItem
                  key={event.id}
                  model={model}
                  event={event}
                  hidden={!involves(event, speakers)}
                  current={current.has(event.id)}
                  onActivate={onActivate}
                />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </aside>
  )
})

interface ItemProps {
  model: ReaderModel
  event: TimelineEvent
  hidden: boolean
  current: boolean
  onActivate: (event: TimelineEvent) => void
}

const EventItem = memo(function EventItem({ model, event, hidden, current, onActivate }: ItemProps) {
  const time = model.annotationById.get(event.annotationIds[0] ?? '')
  const words = time ? model.article.text.slice(time.start, time.end) : ''
  const names = event.speakerIds.map((id) => model.speakerById.get(id)?.name).filter(Boolean)
  return (
    <li hidden={hidden}>
      <button
        type="button"
        className="timeline-event"
        aria-current={current ? 'location' : undefined}
        onClick={() => onActivate(event)}
      >
        <span className="block font-medium text-ink">{event.label}</span>
        <span className="mt-0.5 block text-xs text-muted">
          {words && <>“{words}”</>}
          {names.length > 0 && <> · {names.join(', ')}</>}
        </span>
      </button>
    </li>
  )
})
