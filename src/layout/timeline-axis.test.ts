import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import type { TimelineEvent } from '../model/annotated-article.ts'
import { axisFrame, markName, type AxisFrame } from './timeline-axis.ts'
import { axisMarks, pointBox, MARK_GAP_PX, MAX_LANES, type AxisMark } from './timeline-marks.ts'
import { dayNumber, eventInterval, xOf } from './timeline-scale.ts'
import { labelWidth, LABEL_GAP_PX, type AxisLabel } from './timeline-ticks.ts'

const WIDTH = 320

let next = 0
function ev(date: string, approximate = false): TimelineEvent {
  next++
  return { id: `ev-${next}`, date, approximate, label: `Event ${next}`, speakerIds: [], annotationIds: [] }
}
const days = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.parse(from) + i * 86_400_000)
    return ev(d.toISOString().slice(0, 10))
  })

function layout(events: TimelineEvent[], width = WIDTH) {
  const frame = axisFrame(events, width)
  if (!frame) throw new Error('no frame')
  return { frame, marks: axisMarks(frame.scale, events) }
}

const box = (l: AxisLabel) => {
  const w = labelWidth(l.text)
  const left = l.anchor === 'start' ? l.at : l.anchor === 'end' ? l.at - w : l.at - w / 2
  return { left, right: left + w }
}

/** What must hold of every axis: the checks the table below and the property test share. */
function expectReadable(frame: AxisFrame, marks: AxisMark[], events: TimelineEvent[]) {
  const { width } = frame.scale
  for (const row of [frame.labels.ticks, frame.labels.captions]) {
    const boxes = row.map(box)
    for (const [i, b] of boxes.entries()) {
      expect(b.left).toBeGreaterThanOrEqual(-0.01)
      expect(b.right).toBeLessThanOrEqual(width + 0.01)
      const after = boxes[i + 1]
      if (after) expect(b.right + LABEL_GAP_PX).toBeLessThanOrEqual(after.left + 0.01)
    }
  }
  const points = marks.filter((m) => m.kind === 'point').map((m) => pointBox(m, width))
  points.sort((a, b) => a.left - b.left)
  for (const [i, p] of points.entries()) {
    const after = points[i + 1]
    if (after) expect(p.right + MARK_GAP_PX).toBeLessThanOrEqual(after.left + 0.01)
  }
  for (let lane = 0; lane < MAX_LANES; lane++) {
    const bars = marks.filter((m) => m.kind === 'bar' && m.lane === lane).sort((a, b) => a.x0 - b.x0)
    for (const [i, b] of bars.entries()) if (bars[i + 1]) expect(b.x1).toBeLessThan(bars[i + 1]!.x0)
  }
  const placed = marks.flatMap((m) => m.events.map((e) => e.id)).sort()
  const expected = events.filter((e) => eventInterval(e.date)).map((e) => e.id)
  expect(placed).toEqual(expected.sort())
}

const seed = () => [
  ev('1992', true),
  ev('2022-01-03/2022-01-09'),
  ev('2022-01-05'),
  ev('2022-01-07'),
  ...Array.from({ length: 8 }, () => ev('2022-01-10')),
]

describe('the timeline axis', () => {
  it.each([
    {
      case: 'a single day',
      events: [ev('2022-01-10')],
      segments: 1,
      ticks: ['10'],
      captions: ['January 2022'],
      marks: ['Monday 10 January 2022: Event'],
    },
    {
      case: 'all in one week',
      events: days('2022-01-03', 7),
      segments: 1,
      ticks: ['3', '4', '5', '6', '7', '8', '9'],
      captions: ['January 2022'],
      marks: ['Monday 3', 'Tuesday 4', 'Wednesday 5', 'Thursday 6', 'Friday 7', 'Saturday 8', 'Sunday 9'].map(
        (d) => `${d} January 2022: Event`,
      ),
    },
    {
      case: '1992 and one week of 2022',
      events: seed(),
      segments: 2,
      ticks: ['1992', '3', '4', '5', '6', '7', '8', '9', '10'],
      captions: ['January 2022'],
      marks: [
        'c. 1992: Event',
        'Monday 3 January 2022 – Sunday 9 January 2022: Event',
        'Wednesday 5 January 2022: Event',
        'Friday 7 January 2022: Event',
        'Monday 10 January 2022: 8 events',
      ],
    },
    {
      case: 'a month-only event',
      events: [ev('2021-11')],
      segments: 1,
      ticks: ['Nov'],
      captions: ['2021'],
      marks: ['November 2021: Event'],
    },
    {
      case: 'a year-only event',
      events: [ev('2015')],
      segments: 1,
      ticks: ['2015'],
      captions: [],
      marks: ['2015: Event'],
    },
    {
      case: 'months across a new year',
      events: [ev('2021-11'), ev('2022-02-14')],
      segments: 1,
      ticks: ['Nov', 'Dec', 'Jan', 'Feb'],
      captions: ['2021–2022'],
      marks: ['November 2021: Event', 'Monday 14 February 2022: Event'],
    },
  ])('lays out $case', ({ events, segments, ticks, captions, marks }) => {
    const { frame, marks: found } = layout(events)
    expect(frame.scale.segments).toHaveLength(segments)
    expect(frame.labels.ticks.map((t) => t.text)).toEqual(ticks)
    expect(frame.labels.captions.map((c) => c.text)).toEqual(captions)
    expect(found.map((m) => markName(m).replace(/Event \d+/, 'Event'))).toEqual(marks)
    expectReadable(frame, found, events)
  })

  it('has no axis without a date it can place', () => {
    expect(axisFrame([], WIDTH)).toBeNull()
    expect(axisFrame([ev('soon')], WIDTH)).toBeNull()
  })

  it('cuts 1992 from the week and gives the busy week most of the width', () => {
    const { frame } = layout(seed())
    const [year, week] = frame.scale.segments
    expect(week!.x1 - week!.x0).toBeGreaterThan(2 * (year!.x1 - year!.x0))
    // A day of the week gets room a reader can point at; on one linear line it would get 0.03 px.
    const day = xOf(frame.scale, dayNumber(2022, 1, 6)) - xOf(frame.scale, dayNumber(2022, 1, 5))
    expect(day).toBeGreaterThan(15)
  })

  it('does not cut a stretch whose gaps are small beside it', () => {
    const monthly = Array.from({ length: 24 }, (_, i) =>
      ev(`${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`),
    )
    expect(layout(monthly).frame.scale.segments).toHaveLength(1)
  })

  it('cuts off a busy month that forty years of events would crush, but not a lone day ten days on', () => {
    const yearly = Array.from({ length: 41 }, (_, i) => ev(`${1940 + i}-06-01`))
    const { frame } = layout([...yearly, ...days('2021-12-01', 20)])
    expect(frame.scale.segments).toHaveLength(2)
    expect(frame.labels.captions.map((c) => c.text)).toContain('December 2021')
    expect(layout([...days('2022-01-03', 8), ev('2022-01-20')]).frame.scale.segments).toHaveLength(1)
  })

  it('draws a range as a bar of its real extent, apart from the points inside it', () => {
    const { frame, marks } = layout(seed())
    const bar = marks.find((m) => m.kind === 'bar' && !m.approximate)!
    expect(bar.x0).toBeCloseTo(xOf(frame.scale, dayNumber(2022, 1, 3)))
    expect(bar.x1).toBeCloseTo(xOf(frame.scale, dayNumber(2022, 1, 10)))
    const fifth = marks.find((m) => m.kind === 'point' && m.start === dayNumber(2022, 1, 5))!
    expect(fifth.events).toHaveLength(1)
    expect(fifth.x0).toBeGreaterThan(bar.x0)
    expect(fifth.x0).toBeLessThan(bar.x1)
  })

  it('draws a range narrower than a point (a month on an axis of decades) as a point', () => {
    const march = ev('1950-03')
    const yearly = Array.from({ length: 41 }, (_, i) => ev(`${1950 + i}-06-01`))
    const { frame, marks } = layout([march, ...yearly])
    expect(frame.scale.segments).toHaveLength(1)
    expect(marks.every((m) => m.kind === 'point')).toBe(true)
    expect(marks[0]!.events).toContain(march)
    expect(axisMarks(frame.scale, [march]).map((m) => [m.kind, markName(m)])).toEqual([
      ['point', `March 1950: ${march.label}`],
    ])
  })

  it('keeps approximate dates apart from exact ones and names them "c."', () => {
    const { marks } = layout([ev('1992', true), ev('1992')])
    expect(marks.map((m) => [m.approximate, markName(m).split(':')[0]])).toEqual([
      [true, 'c. 1992'],
      [false, '1992'],
    ])
  })

  it('merges points closer than their markers into one point with a count, and keeps the scale under a filter', () => {
    const crowded = [...days('1990-01-01', 3), ...days('2022-01-01', 20)]
    const { frame, marks } = layout(crowded, 120)
    expect(marks.length).toBeLessThan(crowded.length)
    expectReadable(frame, marks, crowded)
    const some = crowded.slice(0, 3)
    const thinned = axisMarks(frame.scale, some)
    expect(thinned.flatMap((m) => m.events)).toEqual(some)
    expect(thinned[0]!.x0).toBe(marks[0]!.x0)
  })

  it('stays readable with 1,500 events over two centuries', () => {
    const many = Array.from({ length: 1500 }, (_, i) => {
      const kind = i % 5
      const year = 1850 + ((i * 37) % 170)
      const month = String(((i * 7) % 12) + 1).padStart(2, '0')
      const day = String(((i * 11) % 28) + 1).padStart(2, '0')
      if (kind === 0) return ev(`${year}`, i % 10 === 0)
      if (kind === 1) return ev(`${year}-${month}`)
      if (kind === 2) return ev(`${year}-${month}-01/${year}-${month}-${day}`)
      return ev(`${year}-${month}-${day}`)
    })
    const { frame, marks } = layout(many)
    expectReadable(frame, marks, many)
    expect(marks.length).toBeLessThan(WIDTH)
  })

  it('stays readable for any events on any width', () => {
    const date = fc
      .tuple(
        fc.integer({ min: 1900, max: 2030 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 28 }),
      )
      .map(([y, m, d]) =>
        m === 0
          ? `${y}`
          : d === 0
            ? `${y}-${String(m).padStart(2, '0')}`
            : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(date, fc.boolean()), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 120, max: 900 }),
        (dates, width) => {
          const events = dates.map(([d, a]) => ev(d, a))
          const { frame, marks } = layout(events, width)
          expectReadable(frame, marks, events)
        },
      ),
    )
  })
})
