import { describe, it, expect } from 'vitest'
import { contextOfDocument } from '../text/context.ts'
import seedSource from '../../../content/articles/global-times-2022-01-11-kazakhstan.md?raw'
import { buildDocument } from '../text/document.ts'
import { findNumbers } from './numbers.ts'
import { parseArticle } from '../text/parse-article.ts'
import type { AnalysisDocument } from '../text/types.ts'

const PUBLISHED = '2022-01-11T01:15:00+08:00'
const docOf = (text: string): AnalysisDocument => ({
  text,
  paragraphs: [{ start: 0, end: text.length, kind: 'body' }],
  published: PUBLISHED,
})
const SEED_TEXT = buildDocument(parseArticle(seedSource)).text
const SEED_WITHOUT_STOPS = SEED_TEXT.replace(/[.\n]/g, ' ').repeat(Math.ceil(1_000_000 / SEED_TEXT.length))
const run = (text: string) =>
  findNumbers(contextOfDocument(docOf(text))).map((n) => ({
    text: text.slice(n.start, n.end),
    value: n.value,
    unit: n.unit,
    hedge: n.hedge,
  }))

describe('findNumbers', () => {
  it.each([
    ['Nearly 8,000 people have been detained', 'Nearly 8,000', 8000, 'people', 'nearly'],
    ['a nation of 19 million people', '19 million', 19_000_000, 'people', null],
    ['has reached 7,939, the ministry said', '7,939', 7939, null, null],
    ['The three countries are interconnected', 'three', 3, 'countries', null],
    ['independence 30 years ago', '30 years', 30, 'years', null],
    ['it cost $1.2 billion last year', '$1.2 billion', 1.2e9, 'USD', null],
    ['support rose to 42% on Friday', '42%', 42, 'percent', null],
    ['support rose to 42 percent on Friday', '42 percent', 42, 'percent', null],
    ['unemployment hit 4.5 per cent', '4.5 per cent', 4.5, 'percent', null],
    ['a dozen eggs', 'a dozen', 12, 'eggs', null],
    ['hundreds of people gathered', 'hundreds', 100, 'people', 'hundreds'],
    ['tens of thousands of protesters', 'tens of thousands', 10_000, 'protesters', 'tens of thousands'],
    ['growth of 1.5 times', '1.5', 1.5, null, null],
    ['twenty-five soldiers died', 'twenty-five', 25, 'soldiers', null],
    ['one-third of the vote', 'one-third', 1 / 3, null, null],
    ['temperatures of -5 degrees', '-5 degrees', -5, 'degrees', null],
    ['a fine of €5 was paid', '€5', 5, 'EUR', null],
    ['a deal worth £3m was signed', '£3m', 3e6, 'GBP', null],
    ['it lies 5 km north', '5 km', 5, 'km', null],
    ['at least 12 people were killed', 'at least 12', 12, 'people', 'at least'],
    ['more than 100 were hurt', 'more than 100', 100, null, 'more than'],
    ['about 30 journalists came', 'about 30', 30, 'journalists', 'about'],
    ['prices rose up to 40 percent', 'up to 40 percent', 40, 'percent', 'up to'],
    ['one person died', 'one', 1, 'person', null],
    ['half a million people', 'half a million', 500_000, 'people', null],
    ['several hundred people', 'several hundred', 100, 'people', 'several'],
    ['3 billion yuan in loans', '3 billion yuan', 3e9, 'CNY', null],
    ['a 30-year-old man', '30', 30, 'year', null],
    ['2000 people marched', '2000', 2000, 'people', null],
  ])('reads %j as %j', (text, expected, value, unit, hedge) => {
    expect(run(text)).toEqual([{ text: expected, value, unit, hedge }])
  })

  it('counts both figures of a range with the unit of the second', () => {
    expect(run('10-12 people').map((n) => [n.value, n.unit])).toEqual([
      [10, 'people'],
      [12, 'people'],
    ])
  })

  it.each([
    ['on January 10, 2022, they met'],
    ['on Oct. 3 they met'],
    ['at 10:30 a.m. they met'],
    ['at 10 pm they met'],
    ['in 2013 they met'],
    ['the 2022 Winter Olympics'],
    ['the first time and the 3rd'],
    ['China is the one that can help'],
    ['one of the largest'],
    ['the Group of Seven met'],
    ['COVID-19 and G7 and F-16 jets'],
    ['under Article 5 and No. 1'],
    ['the 4G network'],
    ['on 2022-01-11 and 1/10/2022'],
    ['the 1990s'],
    ['a week of upheaval'],
  ])('finds no number in %j', (text) => {
    expect(run(text)).toEqual([])
  })

  it('finds the seed article figures and nothing from its dates', () => {
    const doc = docOf(SEED_TEXT)
    const found = findNumbers(contextOfDocument(doc)).map((n) => [
      doc.text.slice(n.start, n.end),
      n.value,
      n.unit,
    ])
    expect(found).toEqual([
      ['Nearly 8,000', 8000, 'people'],
      ['19 million', 19_000_000, 'people'],
      ['three', 3, 'countries'],
      ['two', 2, 'countries'],
      ['two', 2, 'countries'],
      ['7,939', 7939, 'people'],
      ['30 years', 30, 'years'],
    ])
  })

  it('gives repeated figures distinct, deterministic ids', () => {
    const ids = findNumbers(contextOfDocument(docOf('two cats and two dogs'))).map((n) => n.id)
    expect(ids).toHaveLength(2)
    expect(new Set(ids).size).toBe(2)
    expect(findNumbers(contextOfDocument(docOf('two cats and two dogs'))).map((n) => n.id)).toEqual(ids)
  })

  it.each([
    ['empty text', ''],
    ['a 1 MB paragraph without a full stop', SEED_WITHOUT_STOPS],
    ['a 100,000-character word', 'x'.repeat(100_000) + ' 5 people'],
    ['10,000 quote marks', '"'.repeat(10_000) + ' three'],
    ['a run of digits', '1'.repeat(50_000)],
  ])('survives %s with offsets inside the text', (_name, text) => {
    const found = findNumbers(contextOfDocument(docOf(text)))
    for (const n of found) {
      expect(n.start).toBeGreaterThanOrEqual(0)
      expect(n.end).toBeLessThanOrEqual(text.length)
      expect(n.start).toBeLessThan(n.end)
    }
  })
})

describe('findNumbers: the counted noun named by the subject ("the number of X … reached N")', () => {
  it.each([
    [
      'The number of people detained by police in Norland has reached 1,204, officials said.',
      '1,204',
      'people',
    ],
    ['The total number of newly displaced families rose to 310 on Sunday.', '310', 'families'],
    ['The number of Varenian troops stood at about 4,500.', 'about 4,500', 'troops'],
    ['The number of confirmed cases is 87.', '87', 'cases'],
    ['The number of voters fell, and turnout was 41 on the day.', '41', null],
    ['The number of voters fell. Turnout reached 41 by noon.', '41', null],
    ['The number of patients grew as 300 nurses left.', '300', 'nurses'],
    ['Police said the number of arrests was high, and 12 were charged.', '12', null],
  ])('%s', (text, span, unit) => {
    expect(run(text).map((n) => [n.text, n.unit])).toContainEqual([span, unit])
  })
})

describe('findNumbers: fractions in words, counted "one", four-digit counts', () => {
  it.each([
    ['Demand fell by nearly a third since 2019.', 'nearly a third', 1 / 3],
    ['It employs roughly a quarter of the adults.', 'roughly a quarter', 0.25],
    ['The town would lose about half of its fund.', 'about half', 0.5],
    ['Events became about a fifth more frequent.', 'about a fifth', 0.2],
    ['The grants were less than a tenth of the losses.', 'less than a tenth', 0.1],
    ['Births rose by a quarter since then.', 'a quarter', 0.25],
    ['They spent at least one night there.', 'at least one', 1],
    ['The 2000 workers went on strike.', '2000', 2000],
    ['A 12-year-old boy woke up.', '12', 12],
  ])('%s', (text, span, value) => {
    expect(run(text).map((n) => [n.text, n.value])).toContainEqual([span, value])
  })

  it.each([
    ['She won a third term in office.'],
    ['Half a million people marched.'],
    ['His half-brother spoke.'],
    ['The 2022 Games open soon.'],
  ])('reads no fraction or count in %s', (text) => {
    expect(run(text).filter((n) => n.value < 1 || n.value === 2022)).toEqual([])
  })
})

describe('findNumbers: shares, South Asian scales, and number words joined by "and"', () => {
  it.each([
    ['About one in five filled a prescription.', 'About one in five', 0.2],
    ['Only 1 in 10 voters turned out.', '1 in 10', 0.1],
    ['Two thirds of members agreed.', 'Two thirds', 2 / 3],
    ['Net profit rose to Rs 148.6 crore.', 'Rs 148.6 crore', 1_486_000_000],
    ['It plans to raise up to Rs. 1,200 crore.', 'up to Rs. 1,200 crore', 12_000_000_000],
    ['a 1.1 lakh-square-foot warehouse', '1.1 lakh', 110_000],
    ['It cost ₹2 lakh.', '₹2 lakh', 200_000],
    ['one hundred and five people', 'one hundred and five', 105],
  ])('%s', (text, span, value) => {
    expect(run(text).map((n) => [n.text, n.value])).toContainEqual([span, value])
  })

  it('reads "aged four and nine" as two numbers, not thirteen', () => {
    expect(run('Her daughters, aged four and nine, were frightened.').map((n) => n.value)).toEqual([4, 9])
  })

  it('counts "eight quarters" and does not read a share into "one in 10 years"', () => {
    expect(run('its highest in at least eight quarters').map((n) => [n.text, n.value])).toEqual([
      ['at least eight', 8],
    ])
    expect(run('a flood seen once, one in 10 years').some((n) => n.value < 1)).toBe(false)
  })

  it('takes the currency of "Rs" only as a word of its own', () => {
    expect(run('Rs 50 crore').map((n) => n.unit)).toEqual(['INR'])
    expect(run('Mrs 50').map((n) => n.unit)).not.toContain('INR')
  })
})

describe('findNumbers: "one day" as "some day"', () => {
  it.each([
    ['One day he will return to the valley.'],
    ['She hopes one day to run the company.'],
    ['They met one day in May, by chance.'],
    ['Residents say that one day the river will win.'],
  ])('finds no number in %j', (text) => {
    expect(run(text)).toEqual([])
  })

  it.each([
    ['The strike lasted one day.', 'one day'],
    ['In one day, the river rose a metre.', 'one day'],
    ['One day later, the talks resumed.', 'One day'],
    ['Visitors may stay only one day.', 'one day'],
  ])('keeps the quantity in %j', (text, words) => {
    expect(run(text).map((n) => n.text)).toContain(words)
  })
})
