import { describe, expect, it } from 'vitest'
import { isCapitalized } from './tokens.ts'

describe('isCapitalized', () => {
  it.each([
    ['Smith', true],
    ['Zoë', true],
    ['Ó', true],
    ['d’Entremont-Baird', true],
    ["d'Alembert", true],
    ['al-Sisi', true],
    ['bin-Laden', true],
    ['de-escalation', false],
    ['e-mail', false],
    ['al-', false],
    ['smith', false],
    ['3M', false],
    ['', false],
  ])('%j: %s', (word, expected) => {
    expect(isCapitalized(word)).toBe(expected)
  })
})
