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

/** The events in date order, grouped by day; each scrolls its passage into view when activated. */
export function Timeline({ model, speakers, current, onActivate }: Props) {
  const days = groupEventsByDay(model.article.events, speakers)
  const { text } = model.article
  return (
    <aside aria-label="Timeline" className="panel">
      <h2 className="panel-title">Timeline</h2>
      {days.length === 0 ? (
        <p className="mt-2 text-sm text-muted">
          {speakers.length > 0 ? 'No dated events involve the chosen speakers.' : 'No dated events found.'}
        </p>
      ) : (
        <ol className="timeline mt-2">
          {days.map((day) => (
            <li key={day.date} className="timeline-day">
              <h3 className="timeline-date">
                <time dateTime={day.date.split('/')[0]}>{formatDate(day.date, 'short')}</time>
              </h3>
              <ul>
                {day.events.map((event) => {
                  const time = model.annotationById.get(event.annotationIds[0] ?? '')
                  const words = time ? text.slice(time.start, time.end) : ''
                  const names = event.speakerIds.map((id) => model.speakerById.get(id)?.name).filter(Boolean)
                  return (
                    <li key={event.id}>
                      <button
                        type="button"
                        className="timeline-event"
                        aria-current={current.has(event.id) ? 'location' : undefined}
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
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </aside>
  )
}
