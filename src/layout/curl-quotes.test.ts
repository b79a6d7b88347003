import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { curlQuotes } from './curl-quotes.ts'

describe('curlQuotes', () => {
  it.each([
    ['"After the storm comes the rainbow," Wang said.', '“After the storm comes the rainbow,” Wang said.'],
    ["China's firm support", 'China’s firm support'],
    ["they don't", 'they don’t'],
    ["He said 'no' twice.", 'He said ‘no’ twice.'],
    ['"She said \'yes.\'"', '“She said ‘yes.’”'],
    ["in the '90s", 'in the ’90s'],
    ['("quoted")', '(“quoted”)'],
    ['a word—"quoted"', 'a word—“quoted”'],
    ['line one\n"line two"', 'line one\n“line two”'],
    ["the players' union", 'the players’ union'],
    ['“Already curly” and ‘single’ stay', '“Already curly” and ‘single’ stay'],
    ['no quotes at all', 'no quotes at all'],
  ])('%j -> %j', (input, expected) => {
    expect(curlQuotes(input)).toBe(expected)
  })

  it('keeps the length and changes nothing but straight quotes, so every offset stays valid', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '"', "'", '(', '\n', '9', 's', '—') }),
        (text) => {
          const curled = curlQuotes(text)
          expect(curled.length).toBe(text.length)
          for (let i = 0; i < text.length; i++) {
            if (text[i] === '"') expect('“”').toContain(curled[i])
            else if (text[i] === "'") expect('‘’').toContain(curled[i])
            else expect(curled[i]).toBe(text[i])
          }
        },
      ),
    )
  })

  it('is idempotent: curled text has nothing left to curl', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = curlQuotes(text)
        expect(curlQuotes(once)).toBe(once)
      }),
    )
  })
})
