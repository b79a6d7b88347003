import { describe, expect, it } from 'vitest'
import { ArticleMetaSchema } from './article.ts'
import { parsePublished, publishedInstant, publishedParts } from './published-date.ts'

describe('parsePublished', () => {
  it.each([
    ['2022-01-11T01:15:00+08:00', '2022-01-11T01:15:00+08:00'],
    ['2022-01-11T01:15+08:00', '2022-01-11T01:15:00+08:00'],
    ['2022-01-11T01:15:00.250Z', '2022-01-11T01:15:00.250Z'],
    ['2022-01-11 01:15 +0800', '2022-01-11T01:15:00+08:00'],
    ['2015-03-18', '2015-03-18'],
    ['2015-03-18T09:30', '2015-03-18T09:30:00'],
    ['  2015-03-18T09:30:05  ', '2015-03-18T09:30:05'],
    ['2024-02-29', '2024-02-29'],
    ['Jan 11, 2022 01:15 AM +08:00', '2022-01-11T01:15:00+08:00'],
    ['January 5, 2022', '2022-01-05'],
    ['5 January 2022', '2022-01-05'],
    ['Dec 1, 2021 12:05 PM', '2021-12-01T12:05:00'],
    ['Dec 1, 2021 12:05 AM GMT', '2021-12-01T00:05:00Z'],
    ['March 3rd, 2021 at 9.30 p.m. UTC-5', '2021-03-03T21:30:00-05:00'],
  ])('reads %j as %s', (input, iso) => {
    expect(parsePublished(input)).toEqual({ ok: true, iso })
  })

  it.each([
    ['2022-13-45T99:99:00+08:00', 'not a real date'],
    ['2022-01-11T01:15:00+99:99', 'not a real date'],
    ['2022-02-29', 'not a real date'],
    ['2022-04-31T10:00', 'not a real date'],
    ['2022-01-11T24:00', 'not a real date'],
    ['Feb 30, 2022', 'not a real date'],
    ['Jan 11, 2022 13:15 PM', 'not a real date'],
    ['Jan 11, 2022 and updated since', 'is not a date like'],
    ['2022-01-11T01:15:00+08:00 (updated)', 'is not a date like'],
    ['2022-01-11+08:00', 'is not a date like'],
    ['yesterday', 'is not a date like'],
    ['', 'no publication date'],
  ])('refuses %j with a message', (input, message) => {
    const result = parsePublished(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(message)
  })

  it('the schema accepts exactly what parsePublished writes, and refuses impossible values', () => {
    const meta = {
      id: 'x',
      headline: 'H',
      deck: null,
      outlet: 'O',
      zone: null,
      url: null,
      photo: null,
    }
    for (const published of ['2015-03-18', '2015-03-18T09:30:00', '2022-01-11T01:15:00+08:00'])
      expect(ArticleMetaSchema.safeParse({ ...meta, published }).success).toBe(true)
    for (const published of ['2022-13-45T99:99:00+08:00', '2022-01-11T01:15:00+99:99', '2022-01-11 01:15'])
      expect(ArticleMetaSchema.safeParse({ ...meta, published }).success).toBe(false)
  })
})

describe('publishedParts and publishedInstant', () => {
  it('keep the offset, and read a floating time or a day on the calendar day written', () => {
    const beijing = publishedParts('2022-01-11T01:15:00+08:00')
    expect(beijing).toMatchObject({ year: 2022, month: 1, day: 11, hour: 1, offsetMinutes: 480 })
    expect(new Date(publishedInstant(beijing!)).toISOString()).toBe('2022-01-10T17:15:00.000Z')
    const floating = publishedParts('2015-03-18T09:30:00')
    expect(floating).toMatchObject({ hasTime: true, offsetMinutes: null })
    expect(new Date(publishedInstant(floating!)).toISOString()).toBe('2015-03-18T09:30:00.000Z')
    expect(publishedParts('2015-03-18')).toMatchObject({ hasTime: false, hour: 0, offsetMinutes: null })
    expect(publishedParts('2015-02-30')).toBeUndefined()
  })
})
