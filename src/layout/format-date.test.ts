import { describe, it, expect } from 'vitest'
import { formatDate, formatPublished } from './format-date.ts'

describe('formatPublished', () => {
  it('keeps the outlet wall-clock time and names its zone', () => {
    expect(formatPublished('2022-01-11T01:15:00+08:00', 'Beijing time')).toBe(
      'Tuesday 11 January 2022, 01:15 Beijing time',
    )
  })
  it('falls back to the UTC offset', () => {
    expect(formatPublished('2021-03-03T21:30:00-05:00', null)).toBe('Wednesday 3 March 2021, 21:30 UTC-05:00')
    expect(formatPublished('2021-03-03T21:30:00Z', null)).toBe('Wednesday 3 March 2021, 21:30 UTC')
  })
  it('returns anything else unchanged', () => {
    expect(formatPublished('soon', null)).toBe('soon')
  })
})

describe('formatDate', () => {
  it.each([
    ['2022-01-10', 'long', 'Monday 10 January 2022'],
    ['2022-01-10', 'short', 'Mon 10 Jan 2022'],
    ['2021-12', 'long', 'December 2021'],
    ['2021-12', 'short', 'Dec 2021'],
    ['1992', 'long', '1992'],
    ['2022-01-03/2022-01-09', 'short', 'Mon 3 Jan 2022 – Sun 9 Jan 2022'],
  ] as const)('%s (%s) -> %s', (date, style, expected) => {
    expect(formatDate(date, style)).toBe(expected)
  })
})

describe('formatDate: approximate and unknown dates', () => {
  it.each([
    ['1992', 'long', true, 'c. 1992'],
    ['1992', 'short', true, 'c. 1992'],
    ['2021-12', 'short', true, 'c. Dec 2021'],
    ['2022-01-10', 'long', false, 'Monday 10 January 2022'],
    [null, 'long', false, 'date not known'],
    [null, 'short', true, 'date not known'],
  ] as const)('%s (%s, approximate %s) -> %s', (date, style, approximate, expected) => {
    expect(formatDate(date, style, approximate)).toBe(expected)
  })
})
