import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeText, foldLine } from './icalendar.ts'

const octets = (s: string) => new TextEncoder().encode(s).length

describe('iCalendar content lines', () => {
  it('escapes backslash, semicolon, comma and newlines, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\u0007g\th')).toBe('a\\\\b\\;c\\,d\\ne\\nfg\th')
  })

  it('folds at 75 octets without splitting a character, and unfolds to the line it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, '')}`
        const folded = foldLine(line)
        for (const part of folded.split('\r\n')) {
          expect(octets(part)).toBeLessThanOrEqual(75)
          expect(part).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/)
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line)
      }),
    )
  })

  it('leaves a line of exactly 75 octets whole and folds the 76th', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
    expect(foldLine(`${'x'.repeat(73)}é!`)).toBe(`${'x'.repeat(73)}é\r\n !`)
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`)
  })
})
