// @vitest-environment node
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { toCsv } from './csv.ts'

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true })

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF line ends and a BOM for Excel', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        ['two\nlines', 3],
      ],
    )
    expect(csv).toBe('\ufeffa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\r\n')
    expect(parse(csv).data).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', '3'],
    ])
  })

  it.each([
    '=1+1',
    '+44 20 7946 0000',
    '-2',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '=HYPERLINK("http://evil.example","click")',
  ])('writes %j so a spreadsheet shows it as text, not a formula', (cell) => {
    const [, row] = parse(toCsv(['cell'], [[cell]])).data
    expect(row).toEqual([`'${cell}`])
  })

  it('leaves numbers as numbers, negative ones included', () => {
    expect(parse(toCsv(['n'], [[-3], [2.5]])).data).toEqual([['n'], ['-3'], ['2.5']])
  })

  it('round-trips any text through a CSV parser (formula starts aside)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 2 }), { minLength: 1 }),
        (rows) => {
          // Without skipping empty lines; the file's final CRLF gives one empty last row.
          const data = Papa.parse<string[]>(toCsv(['a', 'b'], rows)).data.slice(1, -1)
          const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))
          expect(data).toEqual(expected)
        },
      ),
    )
  })
})
