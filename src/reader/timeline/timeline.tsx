import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { ReaderModel } from '../../layout/reader-model.ts'
import { groupEventsByDay } from '../../layout/reader-model.ts'
import { formatDate } from '../../layout/format-date.ts'
import type { TimelineEvent } from '../../model/annotated-article.ts'
import { whenIdleAfterNextFrame } from '../ui/after-next-frame.ts'
import { scrollWithin } from '../ui/scroll-into-view.ts'
import { curlQuotes } from '../../layout/curl-quotes.ts'
import { TimelineAxis } from './timeline-axis.tsx'

interface Props {
  model: ReaderModel
  speakers: readonly string[]
  /** Events whose passage is on screen now. */
  current: ReadonlySet<string>
  onActivate: (event: TimelineEvent) => void
}

/**
 * The events in date order, grouped by day; each scrolls its passage into view when activated. The whole list
 * is rendered once and kept; with a speaker filter it is set aside with `content-visibility: hidden` (no
 * restyle of a long list, and instant to bring back) while a short list of the chosen speakers' events shows.
 */
export const Timeline = memo(function Timeline({ model, speakers, current, onActivate }: Props) {
  const filtered = useMemo(
    () =>
      speakers.length === 0
        ? null
        : model.article.events.filter((e) => e.speakerIds.some((id) => speakers.includes(id))),
    [model, speakers],
  )
  const shown = filtered ? filtered.length : model.article.events.length
  const panel = useRef<HTMLElement>(null)
  useFollowCurrent(panel, current)
  // A mark on the axis does what its event in the list does, and brings that event into view in the list.
  const pick = useCallback(
    (event: TimelineEvent) => {
      onActivate(event)
      const box = panel.current?.closest<HTMLElement>('.sidebar')
      // Compared in script, not in a selector: an event id is the article's data.
      const item = [...(panel.current?.querySelectorAll<HTMLElement>('[data-event-id]') ?? [])].find(
        (el) => el.dataset.eventId === event.id && !el.closest('.is-set-aside'),
      )
      if (box && item) scrollWithin(box, item)
    },
    [onActivate],
  )
  return (
    <aside ref={panel} aria-label="Timeline" className="panel">
      <h2 className="panel-title">Timeline</h2>
      {/* An axis without a mark would only be clutter above "No dated events…". */}
      {shown > 0 && (
        <TimelineAxis
          events={model.article.events}
          shown={filtered ?? model.article.events}
          current={current}
          onPick={pick}
        />
      )}
      {shown === 0 && (
        <p className="mt-2 text-sm text-muted">
          {speakers.length > 0 ? 'No dated events involve the chosen speakers.' : 'No dated events found.'}
        </p>
      )}
      {/* The wrapper, not the list, changes when a filter sets the full list aside: the list never re-renders. */}
      <div className={filtered ? 'is-set-aside' : undefined} aria-hidden={filtered ? true : undefined}>
        <EventList model={model} events={model.article.events} current={current} onActivate={onActivate} />
      </div>
      {filtered && (
        <FilteredList
          key={speakers.join(',')}
          model={model}
          events={filtered}
          current={current}
          onActivate={onActivate}
        />
      )}
    </aside>
  )
})

/**
 * Keeps the event you are reading in view inside the sidebar's scroll area (never scrolls the page), so the
 * timeline follows the reader down the article; only once the reader has scrolled, so that on load the
 * timeline and the speaker list show from their start.
 */
function useFollowCurrent(panel: RefObject<HTMLElement | null>, current: ReadonlySet<string>) {
  const [scrolled, setScrolled] = useState(false)
  useEffect(() => {
    if (scrolled) return
    const onScroll = () => {
      if (window.scrollY > 0) setScrolled(true)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => window.removeEventListener('scroll', onScroll)
  }, [scrolled])
  useEffect(() => {
    if (!scrolled) return
    const box = panel.current?.closest<HTMLElement>('.sidebar')
    const item = [...(panel.current?.querySelectorAll<HTMLElement>('[aria-current]') ?? [])].find(
      (el) => !el.closest('.is-set-aside'),
    )
    if (box && item) scrollWithin(box, item)
  }, [panel, current, scrolled])
}

// Events rendered in the frame that shows a filter; the rest follow when the browser is idle after it, so choosing a
// speaker who appears in hundreds of events still shows at once.
const FIRST_BATCH = 40

function FilteredList(props: ListProps) {
  const [limit, setLimit] = useState(FIRST_BATCH)
  const more = props.events.length > limit
  useEffect(() => {
    if (!more) return
    return whenIdleAfterNextFrame(() => setLimit(Infinity))
  }, [more])
  const events = useMemo(
    () => (more ? props.events.slice(0, limit) : props.events),
    [props.events, more, limit],
  )
  return <EventList {...props} events={events} />
}

interface ListProps {
  model: ReaderModel
  events: readonly TimelineEvent[]
  current: ReadonlySet<string>
  onActivate: (event: TimelineEvent) => void
}

const EventList = memo(function EventList({ model, events, current, onActivate }: ListProps) {
  return (
    <ol className="timeline mt-2">
      {groupEventsByDay(events, []).map((day) => (
        <li key={`${day.date}${day.approximate ? '~' : ''}`} className="timeline-day">
          <h3 className="timeline-date">
            <time dateTime={day.date.split('/')[0]}>{formatDate(day.date, 'short', day.approximate)}</time>
          </h3>
          <ul>
            {day.events.map((event) => (
              <EventItem
                key={event.id}
                model={model}
                event={event}
                current={current.has(event.id)}
                onActivate={onActivate}
              />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  )
})

interface ItemProps {
  model: ReaderModel
  event: TimelineEvent
  current: boolean
  onActivate: (event: TimelineEvent) => void
}

const EventItem = memo(function EventItem({ model, event, current, onActivate }: ItemProps) {
  const time = model.annotationById.get(event.annotationIds[0] ?? '')
  const words = time ? model.displayText.slice(time.start, time.end) : ''
  const names = event.speakerIds.map((id) => model.speakerById.get(id)?.name).filter(Boolean)
  return (
    <li data-event-id={event.id}>
      <button
        type="button"
        className="timeline-event"
        aria-current={current ? 'location' : undefined}
        onClick={() => onActivate(event)}
      >
        <span className="block font-medium text-ink">{curlQuotes(event.label)}</span>
        <span className="mt-0.5 block text-xs text-muted">
          {words && <>“{words}”</>}
          {names.length > 0 && <> · {names.join(', ')}</>}
        </span>
      </button>
    </li>
  )
})
