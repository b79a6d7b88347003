import { describe, it, expect } from 'vitest'
import {
  addDays,
  addMonths,
  formatDay,
  mondayOf,
  offsetMinutes,
  publicationTime,
  weekdayOf,
} from './dates.ts'

describe('dates', () => {
  it.each([
    ['2022-01-11T01:15:00+08:00', 480, '2022-01-11'],
    ['2022-01-10T20:00:00-05:00', -300, '2022-01-10'],
    ['2022-01-10T23:30:00Z', 0, '2022-01-10'],
    ['2022-01-10T23:30:00+05:30', 330, '2022-01-10'],
  ])('reads %s in its own zone', (iso, offset, day) => {
    expect(offsetMinutes(iso)).toBe(offset)
    expect(formatDay(publicationTime(iso).day)).toBe(day)
  })

  it.each([
    [{ year: 2022, month: 1, day: 11 }, 2, '2022-01-10'],
    [{ year: 2022, month: 1, day: 9 }, 0, '2022-01-03'],
    [{ year: 2022, month: 1, day: 10 }, 1, '2022-01-10'],
  ])('finds the weekday and the Monday of %j', (d, weekday, monday) => {
    expect(weekdayOf(d)).toBe(weekday)
    expect(formatDay(mondayOf(d))).toBe(monday)
  })

  it('crosses month and year ends', () => {
    expect(formatDay(addDays({ year: 2022, month: 1, day: 1 }, -1))).toBe('2021-12-31')
    expect(formatDay(addMonths({ year: 2022, month: 3, day: 31 }, -1))).toBe('2022-02-28')
    expect(formatDay(addMonths({ year: 2022, month: 1, day: 15 }, -1))).toBe('2021-12-15')
  })
})
