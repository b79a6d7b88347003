import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import type { TimelineEvent } from '../../model/annotated-article.ts'
import { TimelineAxis } from './timeline-axis.tsx'

const event = (id: string, date: string, speakerIds: string[] = [], approximate = false): TimelineEvent => ({
  id,
  date,
  approximate,
  label: `Label of ${id}`,
  speakerIds,
  annotationIds: [`ti-${id}`],
})

const events = [
  event('independence', '1992', [], true),
  event('unrest', '2022-01-03/2022-01-09'),
  event('psaki', '2022-01-05', ['jen-psaki']),
  event('monday-1', '2022-01-10', ['wang-yi']),
  event('monday-2', '2022-01-10', ['tokayev']),
]

function renderAxis(shown = events, current: ReadonlySet<string> = new Set()) {
  const onPick = vi.fn()
  render(<TimelineAxis events={events} shown={shown} current={current} onPick={onPick} />)
  const axis = screen.getByRole('toolbar', { name: 'Events in time' })
  return { onPick, axis, marks: () => within(axis).getAllByRole('button') }
}

describe('TimelineAxis', () => {
  it('names each mark by its date and event, in time order, with a count for a day of several events', async () => {
    const { marks } = renderAxis()
    await screen.findByRole('toolbar')
    expect(marks().map((b) => b.getAttribute('aria-label'))).toEqual([
      'c. 1992: Label of independence',
      'Monday 3 January 2022 – Sunday 9 January 2022: Label of unrest',
      'Wednesday 5 January 2022: Label of psaki',
      'Monday 10 January 2022: 2 events',
    ])
  })

  it('is one tab stop; arrow keys, Home and End move between the marks', () => {
    const { marks, axis } = renderAxis()
    expect(marks().map((b) => b.tabIndex)).toEqual([0, -1, -1, -1])
    marks()[0]!.focus()
    fireEvent.keyDown(axis, { key: 'ArrowRight' })
    expect(document.activeElement).toBe(marks()[1])
    expect(marks().map((b) => b.tabIndex)).toEqual([-1, 0, -1, -1])
    fireEvent.keyDown(axis, { key: 'End' })
    expect(document.activeElement).toBe(marks()[3])
    fireEvent.keyDown(axis, { key: 'ArrowRight' })
    expect(document.activeElement).toBe(marks()[3])
    fireEvent.keyDown(axis, { key: 'Home' })
    expect(document.activeElement).toBe(marks()[0])
    fireEvent.keyDown(axis, { key: 'ArrowLeft' })
    expect(document.activeElement).toBe(marks()[0])
  })

  it('activates the first event of a mark, as the list does', () => {
    const { marks, onPick } = renderAxis()
    fireEvent.click(marks()[3]!)
    expect(onPick).toHaveBeenCalledWith(events[3])
    expect(marks()[3]!.tabIndex).toBe(0)
  })

  it('shows only the events shown in the list, and rings the events on screen', () => {
    const { marks } = renderAxis([events[2]!, events[4]!], new Set(['monday-2']))
    expect(marks().map((b) => [b.getAttribute('aria-label'), b.dataset.current ?? null])).toEqual([
      ['Wednesday 5 January 2022: Label of psaki', null],
      ['Monday 10 January 2022: Label of monday-2', 'true'],
    ])
  })

  it('draws nothing for an article without events', () => {
    const { container } = render(
      <TimelineAxis events={[]} shown={[]} current={new Set()} onPick={() => {}} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
