import { describe, it, expect } from 'vitest'
import { contextOfDocument } from '../text/context.ts'
import seedSource from '../../../content/articles/global-times-2022-01-11-kazakhstan.md?raw'
import { buildDocument } from '../text/document.ts'
import { parseArticle } from '../text/parse-article.ts'
import { findTimeExpressions } from './time.ts'
import type { AnalysisDocument } from '../text/types.ts'

/** A Tuesday, 01:15 in Beijing: still Monday evening in UTC. */
const PUBLISHED = '2022-01-11T01:15:00+08:00'
const docOf = (text: string, published = PUBLISHED): AnalysisDocument => ({
  text,
  paragraphs: [{ start: 0, end: text.length, kind: 'body' }],
  published,
})
const run = (text: string, published = PUBLISHED) =>
  findTimeExpressions(contextOfDocument(docOf(text, published))).map((t) => ({
    text: text.slice(t.start, t.end),
    date: t.date,
    approximate: t.approximate,
  }))

describe('findTimeExpressions', () => {
  it.each([
    ['Tokayev spoke on Monday.', 'on Monday', '2022-01-10', false],
    ['Xi sent a message on Friday.', 'on Friday', '2022-01-07', false],
    ['On Friday he left.', 'On Friday', '2022-01-07', false],
    ['It happened on Tuesday.', 'on Tuesday', '2022-01-11', false],
    ['He said they will meet on Friday.', 'on Friday', '2022-01-14', false],
    ['They met last Monday.', 'last Monday', '2022-01-10', false],
    ['They meet next Friday.', 'next Friday', '2022-01-14', false],
    ['They met on Monday night.', 'on Monday night', '2022-01-10', false],
    ['Psaki spoke on January 5, calling it crazy.', 'on January 5', '2022-01-05', false],
    ['Flowers were laid on January 10, 2022.', 'on January 10, 2022', '2022-01-10', false],
    ['It was signed on Oct. 3.', 'on Oct. 3', '2021-10-03', false],
    ['It was signed Dec. 25, 2021.', 'Dec. 25, 2021', '2021-12-25', false],
    ['The Games will be held on Feb. 4.', 'on Feb. 4', '2022-02-04', false],
    ['Buildings were stormed last week.', 'last week', '2022-01-03/2022-01-09', false],
    ["during last week's violence", 'last week', '2022-01-03/2022-01-09', false],
    ['It is busy this week.', 'this week', '2022-01-10/2022-01-16', false],
    ['Talks resume next week.', 'next week', '2022-01-17/2022-01-23', false],
    ['Prices rose last month.', 'last month', '2021-12', false],
    ['Prices rose earlier this month.', 'earlier this month', '2022-01', false],
    ['Prices rose last year.', 'last year', '2021', false],
    ['Protests began in March.', 'in March', '2021-03', false],
    ['Protests began in early March.', 'in early March', '2021-03', true],
    ['Protests began in 2013.', 'in 2013', '2013', false],
    ['It has grown since 2013.', 'since 2013', '2013', false],
    ['It was built by the end of 2021.', 'by the end of 2021', '2021', true],
    ['It boomed in the 1990s.', 'in the 1990s', '1990-01-01/1999-12-31', false],
    ['It ran from 2010 to 2013.', 'from 2010 to 2013', '2010-01-01/2013-12-31', false],
    ['since independence 30 years ago', '30 years ago', '1992', true],
    ['It began about 30 years ago.', 'about 30 years ago', '1992', true],
    ['It began four years ago.', 'four years ago', '2018', true],
    ['It began a decade ago.', 'a decade ago', '2012', true],
    ['It began two weeks ago.', 'two weeks ago', '2021-12-28', true],
    ['He arrived yesterday.', 'yesterday', '2022-01-10', false],
    ['He arrives today.', 'today', '2022-01-11', false],
    ['He leaves tomorrow.', 'tomorrow', '2022-01-12', false],
    ['They met over the weekend.', 'over the weekend', '2022-01-08/2022-01-09', false],
    ['It was held from Jan. 3 to Jan. 9.', 'from Jan. 3 to Jan. 9', '2022-01-03/2022-01-09', false],
    ['It snowed in mid-December.', 'in mid-December', '2021-12', true],
  ])('reads %j as %j = %s', (text, expected, date, approximate) => {
    expect(run(text)).toEqual([{ text: expected, date, approximate }])
  })

  it.each([
    ['for the first time'],
    ['a week of upheaval'],
    ['for many years'],
    ['in the short term'],
    ['in the future'],
    ['at this critical moment'],
    ['It is calm now.'],
    ['The Sunday Times reported it.'],
    ['Theresa May said so.'],
    ['Protesters march on the capital.'],
    ['They may be right.'],
    ['on Black Friday sales'],
    ['the 2022 Winter Olympics'],
    ['for 3 days'],
    ['We met at 3 p.m.'],
  ])('finds no time expression in %j', (text) => {
    expect(run(text)).toEqual([])
  })

  it('resolves against the publication day in the article’s own time zone', () => {
    // 20:00 on Monday in New York is already Tuesday in UTC; the article's Monday is what counts.
    expect(run('He spoke yesterday and on Monday.', '2022-01-10T20:00:00-05:00')).toEqual([
      { text: 'yesterday', date: '2022-01-09', approximate: false },
      { text: 'on Monday', date: '2022-01-10', approximate: false },
    ])
  })

  it('finds every time expression of the seed article', () => {
    const source = seedSource
    const doc = buildDocument(parseArticle(source))
    const found = findTimeExpressions(contextOfDocument(doc)).map((t) => [
      doc.text.slice(t.start, t.end),
      t.date,
    ])
    const monday = ['on Monday', '2022-01-10']
    expect(found).toEqual([
      ['on January 10, 2022', '2022-01-10'],
      monday,
      monday,
      ['on January 5', '2022-01-05'],
      monday,
      monday,
      ['on Friday', '2022-01-07'],
      monday,
      monday,
      ['last week', '2022-01-03/2022-01-09'],
      ['30 years ago', '1992'],
      ['last week', '2022-01-03/2022-01-09'],
      monday,
    ])
  })

  it.each([
    ['empty text', ''],
    ['a 1 MB paragraph without a full stop', 'he spoke on Monday and then on January 5 '.repeat(25_000)],
    ['a 100,000-character word', 'x'.repeat(100_000) + ' on Monday'],
    ['10,000 quote marks', '"'.repeat(10_000) + ' last week'],
    ['a date-like word glued into a long run', 'Monday'.repeat(20_000)],
  ])('survives %s with offsets inside the text', (_name, text) => {
    for (const t of findTimeExpressions(contextOfDocument(docOf(text)))) {
      expect(t.start).toBeGreaterThanOrEqual(0)
      expect(t.end).toBeLessThanOrEqual(text.length)
      expect(t.start).toBeLessThan(t.end)
    }
  })

  it('survives an unreadable publication date', () => {
    expect(() => findTimeExpressions(contextOfDocument(docOf('on Monday', 'not a date')))).not.toThrow()
  })
})

describe('findTimeExpressions: relative months, periods, durations and the future', () => {
  /** A Wednesday in New York. */
  const WEDNESDAY = '2023-11-08T17:42:00-05:00'
  it.each([
    ['The plant will shut by the end of next year.', 'by the end of next year', '2024'],
    ['The legislature reconvenes next January.', 'next January', '2024-01'],
    ['He met her last March.', 'last March', '2023-03'],
    ['The Games open in February.', 'in February', '2024-02'],
    ['The new law takes effect in March.', 'in March', '2024-03'],
    ['The mayor said the city would honor him on Monday.', 'on Monday', '2023-11-13'],
    ['The store remained open in February.', 'in February', '2023-02'],
    ['The plant opened in 1974 and closed in March.', 'in March', '2023-03'],
    // A scheduling verb in the present tense looks forward; the same verb in the past does not.
    ['The committee meets on November 20 to review the plan.', 'on November 20', '2023-11-20'],
    ['Arsenal face Chelsea on Sunday.', 'on Sunday', '2023-11-12'],
    ['The court hears the appeal on Friday.', 'on Friday', '2023-11-10'],
    ['The company hosts its annual meeting on November 14.', 'on November 14', '2023-11-14'],
    ['The committee met on November 6.', 'on November 6', '2023-11-06'],
    ['The team plays in a stadium that opened on Monday.', 'on Monday', '2023-11-06'],
  ])('%s', (text, span, date) => {
    expect(run(text, WEDNESDAY).map((t) => [t.text, t.date])).toContainEqual([span, date])
  })

  it.each([
    ['She went into labor on a Sunday in January.', 'Sunday'],
    ['The river rose in six hours.', 'six hours'],
  ])('reads no date in "%s"', (text, words) => {
    expect(run(text, WEDNESDAY).filter((t) => t.text.includes(words))).toEqual([])
  })
})

describe('findTimeExpressions: quarters, halves and month ranges', () => {
  /** A Friday in Mumbai. */
  const FRIDAY = '2025-11-07T09:30:00+05:30'
  it.each([
    ['Profit rose in the July-September period.', 'in the July-September period', '2025-07-01/2025-09-30'],
    [
      'A launch is due in the second quarter of next year.',
      'in the second quarter of next year',
      '2026-04-01/2026-06-30',
    ],
    ['Sales fell in the first half of 2025.', 'in the first half of 2025', '2025-01-01/2025-06-30'],
    ['Sales fell in Q3 2024.', 'in Q3 2024', '2024-07-01/2024-09-30'],
    [
      'It will recover in the final quarter of the year.',
      'in the final quarter of the year',
      '2025-10-01/2025-12-31',
    ],
    [
      'Prices rose in the April–June quarter of 2024.',
      'in the April–June quarter of 2024',
      '2024-04-01/2024-06-30',
    ],
  ])('%s', (text, span, date) => {
    expect(run(text, FRIDAY).map((t) => [t.text, t.date])).toContainEqual([span, date])
  })

  it('reads no period into "the third half" or a backwards month range', () => {
    expect(run('It was the third half of 2025.', FRIDAY).some((t) => t.date?.includes('/'))).toBe(false)
    expect(run('In the September-July period.', FRIDAY).some((t) => t.date?.includes('/'))).toBe(false)
  })
})
