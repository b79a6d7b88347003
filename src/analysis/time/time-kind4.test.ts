import { describe, it, expect } from 'vitest'
import { contextOf } from '../text/context.ts'
import { findTimeExpressions } from './time.ts'

/** A Thursday in August, in London. */
const THURSDAY = '2024-08-15T10:00:00+01:00'
const run = (text: string, published = THURSDAY) =>
  findTimeExpressions(contextOf([text], published)).map((t) => ({
    text: text.slice(t.start, t.end),
    date: t.date,
    approximate: t.approximate,
  }))

describe('dates without a year: the tense of the clause, then the nearest occurrence', () => {
  it.each([
    ['Sales fell in May.', 'in May', '2024-05'],
    ['Sales fell in November.', 'in November', '2023-11'],
    ['The board will meet in November.', 'in November', '2024-11'],
    ['The board will meet in May.', 'in May', '2025-05'],
    ['Elections are in November.', 'in November', '2024-11'],
    ['The festival is in January.', 'in January', '2025-01'],
    ['The festival is in March.', 'in March', '2024-03'],
    ['By March, the factory will close.', 'By March', '2025-03'],
    ['The vote was postponed until October.', 'until October', '2024-10'],
    ['The hearing is on September 3.', 'on September 3', '2024-09-03'],
    ['The hearing was on September 3.', 'on September 3', '2023-09-03'],
    ['The warning runs from Saturday.', 'from Saturday', '2024-08-17'],
    ['Police arrested him on Saturday.', 'on Saturday', '2024-08-10'],
    ['The Met Office has issued a warning for the area from Saturday.', 'from Saturday', '2024-08-17'],
  ])('%j: %j = %s', (text, words, date) => {
    expect(run(text)).toContainEqual({ text: words, date, approximate: false })
  })
})

describe('a month in a year named from publication', () => {
  it.each([
    ['Prices have risen since May of last year.', 'since May of last year', '2023-05'],
    ['Prices have risen since May last year.', 'since May last year', '2023-05'],
    ['The law took effect in March this year.', 'in March this year', '2024-03'],
    ['The plant opens in January next year.', 'in January next year', '2025-01'],
    ['Work stopped in December, last year.', 'in December, last year', '2023-12'],
  ])('%j: %j = %s', (text, words, date) => {
    expect(run(text)).toEqual([{ text: words, date, approximate: false }])
  })
})

describe('ranges read as one range', () => {
  it.each([
    ['Output grew from March 2020 to June 2021.', 'from March 2020 to June 2021', '2020-03-01/2021-06-30'],
    ['Output grew in March 2020–June 2021.', 'in March 2020–June 2021', '2020-03-01/2021-06-30'],
    ['The 2001-2003 slump hurt exporters.', '2001-2003', '2001-01-01/2003-12-31'],
    ['He was mayor (1998–2004) of the town.', '1998–2004', '1998-01-01/2004-12-31'],
    ['Between 2008 and 2010 exports fell.', 'Between 2008 and 2010', '2008-01-01/2010-12-31'],
    ['During 2015-17 the mine was shut.', 'During 2015-17', '2015-01-01/2017-12-31'],
  ])('%j: %j = %s', (text, words, date) => {
    expect(run(text)).toEqual([{ text: words, date, approximate: false }])
  })

  it.each([['Scores of 2001-2003 were recorded.'], ['It cost 1999-2005 yen.']])(
    'reads no range in %j',
    (text) => {
      expect(run(text).filter((t) => t.date?.includes('/'))).toEqual([])
    },
  )
})

describe('windows that end (or start) at publication', () => {
  it.each([
    ['Prices rose in the last year.', 'in the last year', '2023-08-15/2024-08-15', false],
    ['Prices rose over the past six months.', 'over the past six months', '2024-02-15/2024-08-15', false],
    ['Rents doubled in the last three years.', 'in the last three years', '2021-08-15/2024-08-15', false],
    ['Ten shops closed over the past decade.', 'over the past decade', '2014-08-15/2024-08-15', false],
    ['In the past week, the firm cut jobs.', 'In the past week', '2024-08-08/2024-08-15', false],
    ['Two storms hit in the past 48 hours.', 'in the past 48 hours', '2024-08-13/2024-08-15', false],
    ['Hiring slowed in the past few months.', 'in the past few months', '2024-05-15/2024-08-15', true],
    ['It will hire over the next 12 months.', 'over the next 12 months', '2024-08-15/2025-08-15', false],
  ])('%j: %j = %s', (text, words, date, approximate) => {
    expect(run(text)).toEqual([{ text: words, date, approximate }])
  })

  it.each([
    ['He spent the last year of the war in Lisbon.'],
    ['“I’ll be booking a hotel room for the last two weeks.”'],
  ])('reads no window in %j', (text) => {
    expect(run(text)).toEqual([])
  })

  it('keeps "last year" (no article) the previous calendar year', () => {
    expect(run('Prices rose last year.')).toEqual([{ text: 'last year', date: '2023', approximate: false }])
  })
})

describe('periods that end at a month', () => {
  it.each([
    ['Sales fell 3% in the year to June.', 'in the year to June', '2023-07-01/2024-06-30'],
    ['Sales fell in the three months to June.', 'in the three months to June', '2024-04-01/2024-06-30'],
    ['Profit rose in the 12 months to Sept. 30.', 'in the 12 months to Sept. 30', '2022-10-01/2023-09-30'],
    [
      'Output fell in the quarter ended March 2024.',
      'in the quarter ended March 2024',
      '2024-01-01/2024-03-31',
    ],
  ])('%j: %j = %s', (text, words, date) => {
    expect(run(text)).toEqual([{ text: words, date, approximate: false }])
  })
})

describe('a generic "today" is not a date', () => {
  it.each([
    ["In today's economy, nobody saves."],
    ['Prices in today’s dollars are higher.'],
    ['The youth of today are restless.'],
  ])('finds no date in %j', (text) => {
    expect(run(text)).toEqual([])
  })

  it.each([
    ["The board approved today's historic vote.", 'today'],
    ['Parliament votes today.', 'today'],
  ])('keeps the day in %j', (text, words) => {
    expect(run(text)).toEqual([{ text: words, date: '2024-08-15', approximate: false }])
  })
})

describe('dates counted from another event: a time expression without a calendar value', () => {
  it.each([
    ['He resigned two months before the election.', 'two months before the election', false],
    ['The ban began three days after the vote.', 'three days after the vote', false],
    ['Hours after the blast, crews arrived.', 'Hours after the blast', false],
    ['He resigned a week later.', 'a week later', false],
    ['Weeks later, the plant closed.', 'Weeks later', false],
    ['Revenue rose 5% from a year earlier.', 'a year earlier', false],
    ['Two days after he was arrested, he was freed.', 'Two days after', false],
    ['He left about a month after the fire.', 'about a month after the fire', true],
    ['The next day, police arrived.', 'The next day', false],
    ['The following week, talks resumed.', 'The following week', false],
    ['On the day before the vote, he left.', 'the day before the vote', false],
  ])('%j: %j has no date', (text, words, approximate) => {
    expect(run(text)).toEqual([{ text: words, date: null, approximate }])
  })

  it.each([['Day after day, they waited.'], ['She has lived there for ten years after all.']])(
    'finds no time in %j',
    (text) => {
      expect(run(text)).toEqual([])
    },
  )

  it('keeps the dated expression beside one counted from it', () => {
    expect(run('The plant opened in 1992, two years after the merger.')).toEqual([
      { text: 'in 1992', date: '1992', approximate: false },
      { text: 'two years after the merger', date: null, approximate: false },
    ])
  })
})
