import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  anchorTextQuote,
  clampTextQuote,
  describeTextQuote,
  findTextQuote,
  wholeWords,
} from './text-quote.ts'

const text =
  'Kazakhstan said the troops would leave soon. Russia said the troops would leave soon, ' +
  'but gave no date. Officials said 164 people died.'

function spanOf(haystack: string, words: string, from = 0) {
  const start = haystack.indexOf(words, from)
  return { start, end: start + words.length }
}

describe('describeTextQuote', () => {
  it('takes the exact text and up to 32 units of context on each side', () => {
    const quote = describeTextQuote(text, spanOf(text, '164 people'))
    expect(quote).toEqual({
      exact: '164 people',
      prefix: 'ut gave no date. Officials said ',
      suffix: ' died.',
    })
    expect(describeTextQuote(text, spanOf(text, 'Russia'), 8)).toEqual({
      exact: 'Russia',
      prefix: 'e soon. ',
      suffix: ' said th',
    })
  })

  it('clamps a span that runs past either end of the text', () => {
    expect(describeTextQuote('abc', { start: -4, end: 99 })).toEqual({ exact: 'abc', prefix: '', suffix: '' })
  })

  it('does not split a surrogate pair at the edge of the context', () => {
    const emoji = 'x😀ab😀y'
    const quote = describeTextQuote(emoji, { start: 3, end: 5 }, 1)
    expect(quote).toEqual({ exact: 'ab', prefix: '', suffix: '' })
  })
})

describe('anchorTextQuote', () => {
  it('finds a passage by its exact words', () => {
    const quote = describeTextQuote(text, spanOf(text, '164 people'))
    expect(anchorTextQuote(text, quote)).toEqual(spanOf(text, '164 people'))
  })

  it('still finds the passage after the text around it changed', () => {
    const quote = describeTextQuote(text, spanOf(text, '164 people'))
    const edited = 'UPDATED: ' + text.replace('Officials said', 'Officials in Almaty said')
    expect(anchorTextQuote(edited, quote)).toEqual(spanOf(edited, '164 people'))
  })

  it('tells repeated passages apart by their context', () => {
    const second = spanOf(text, 'the troops would leave soon', 50)
    const quote = describeTextQuote(text, second)
    expect(anchorTextQuote(text, quote)).toEqual(second)
    const first = describeTextQuote(text, spanOf(text, 'the troops would leave soon'))
    expect(anchorTextQuote(text, first)).toEqual(spanOf(text, 'the troops would leave soon'))
  })

  it('picks the first of equally good matches', () => {
    expect(anchorTextQuote('ab ab ab', { exact: 'ab', prefix: '', suffix: '' })).toEqual({ start: 0, end: 2 })
  })

  it('falls back to a match that ignores case and runs of whitespace', () => {
    const edited = text.replace('164 people', '164\n  People')
    const quote = { exact: '164 people ', prefix: 'said ', suffix: 'died' }
    expect(anchorTextQuote(edited, quote)).toEqual(spanOf(edited, '164\n  People'))
  })

  it('maps a case-insensitive match back through characters that lengthen when lower-cased', () => {
    const turkish = 'Bir İstanbul gezisi'
    expect(anchorTextQuote(turkish, { exact: 'i̇stanbul gezisi', prefix: '', suffix: '' })).toEqual({
      start: 4,
      end: turkish.length,
    })
  })

  it('returns null when the passage is gone', () => {
    expect(
      anchorTextQuote(text, { exact: 'elections were held in March', prefix: '', suffix: '' }),
    ).toBeNull()
  })

  it('returns null for an empty or blank quote', () => {
    expect(anchorTextQuote(text, { exact: '', prefix: 'said', suffix: '' })).toBeNull()
    expect(anchorTextQuote(text, { exact: '\n ', prefix: '', suffix: '' })).toBeNull()
  })

  it('anchors every span it described back to the same words', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'A', '\n'), maxLength: 80 }),
        fc.nat(80),
        fc.nat(80),
        (hay, a, b) => {
          const span = { start: Math.min(a, b, hay.length), end: Math.min(Math.max(a, b), hay.length) }
          const quote = describeTextQuote(hay, span)
          const found = anchorTextQuote(hay, quote)
          if (quote.exact === '') expect(found).toBeNull()
          else expect(hay.slice(found!.start, found!.end)).toBe(quote.exact)
        },
      ),
    )
  })
})

describe('clampTextQuote', () => {
  it('keeps the start of a long passage and drops the suffix that no longer touches it', () => {
    const quote = { exact: 'abcdefgh', prefix: '123456', suffix: 'xyz' }
    expect(clampTextQuote(quote, 5, 3)).toEqual({
      quote: { exact: 'abcde', prefix: '456', suffix: '' },
      truncated: true,
    })
    expect(clampTextQuote({ ...quote, exact: 'abc' }, 5, 2)).toEqual({
      quote: { exact: 'abc', prefix: '56', suffix: 'xy' },
      truncated: false,
    })
  })

  it('returns no quote when the passage is empty', () => {
    expect(clampTextQuote({ exact: '', prefix: 'a', suffix: 'b' }, 5, 3).quote).toBeNull()
  })
})

describe('findTextQuote', () => {
  const article =
    'Wang also stressed China\'s willingness to oppose interference. "After the storm comes the rainbow," ' +
    'Wang said. Observers said the talks went well.'

  it('finds a passage whose words changed a little, and says it is approximate', () => {
    const quote = describeTextQuote(article, spanOf(article, 'After the storm comes the rainbow'))
    const edited = article.replace('rainbow', 'sunshine')
    const found = findTextQuote(edited, quote)
    expect(found?.approximate).toBe(true)
    expect(edited.slice(found!.span.start, found!.span.end)).toBe('After the storm comes the sunshine')
  })

  it('finds an exact passage exactly', () => {
    const quote = describeTextQuote(article, spanOf(article, 'Observers said'))
    expect(findTextQuote(article, quote)).toEqual({
      span: spanOf(article, 'Observers said'),
      approximate: false,
    })
  })

  it('does not match a passage that is not there, however loosely', () => {
    expect(
      findTextQuote(article, { exact: 'The minister resigned on Friday', prefix: '', suffix: '' }),
    ).toBeNull()
  })
})

describe('wholeWords', () => {
  const words = 'Press Secretary Jen Psaki said the troops would leave.'

  it('widens a selection cut mid-word to whole words and drops the spaces around it', () => {
    const from = words.indexOf('ess')
    const to = words.indexOf('Psaki') + 2
    expect(wholeWords(words, { start: from, end: to }, 500)).toEqual({
      span: spanOf(words, 'Press Secretary Jen Psaki'),
      cut: false,
    })
    expect(wholeWords(words, { start: 5, end: 16 }, 500).span).toEqual(spanOf(words, 'Secretary'))
  })

  it('cuts a passage longer than the limit at the last whole word and says so', () => {
    const { span, cut } = wholeWords(words, { start: 0, end: words.length }, 24)
    expect(cut).toBe(true)
    expect(words.slice(span.start, span.end)).toBe('Press Secretary Jen')
  })

  it('cuts a single word longer than the limit at the limit', () => {
    const { span, cut } = wholeWords('a'.repeat(30), { start: 0, end: 30 }, 10)
    expect([span, cut]).toEqual([{ start: 0, end: 10 }, true])
  })
})
