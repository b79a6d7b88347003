// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { bulletEnd, turnLabel } from './paragraph-marks.ts'

describe('bulletEnd', () => {
  it.each([
    ['- Britain should leave.', 2],
    ['• Visas would be capped.', 2],
    ['*  She would scrap it.', 3],
    ['12. Wages must rise.', 4],
    ['3) Fares would fall.', 3],
    ['-5 degrees overnight.', 0],
    ['2019 was a hard year.', 0],
    ['— and then it rained.', 0],
    ['Plain text.', 0],
  ])('%j: the words begin at %i', (paragraph, end) => {
    expect(bulletEnd(paragraph)).toBe(end)
  })
})

describe('turnLabel', () => {
  it.each([
    ['Q: Do you still think so?', 'question', 'Q', 3],
    ['A: Yes.', 'answer', 'A', 3],
    ['Question: Why now?', 'question', 'Question', 10],
    ['Answer: Because.', 'answer', 'Answer', 8],
    ['ALDECOA: Yes.', 'name', 'ALDECOA', 9],
    ['Inés Aldecoa: Yes.', 'name', 'Inés Aldecoa', 14],
    ["O'Neill: No.", 'name', "O'Neill", 9],
  ])('%j is a turn label', (paragraph, kind, label, end) => {
    expect(turnLabel(paragraph)).toEqual({ kind, label, end })
  })

  it.each([
    'Note: prices include tax.',
    'Update: the shop has moved.',
    'The plan: build more homes.',
    'Four things matter here: cost, time, risk, trust.',
    'Q:no space',
  ])('%j is no turn label', (paragraph) => {
    expect(turnLabel(paragraph)).toBeNull()
  })
})
