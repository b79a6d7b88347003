// @vitest-environment node
import fc from 'fast-check'
import { deflateSync, inflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { ArticleSource } from '../model/article.ts'
import { toBase64Url } from './base64url.ts'
import { decodeArticleFragment, encodeArticleFragment, MAX_INFLATED_BYTES } from './article-link.ts'

/** Any UTF-16 code unit, lone surrogates included: what a string in JavaScript may hold. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: codeUnit }),
  fc.string({ unit: 'grapheme' }),
)
const visible = anyText.map((s) => `A${s}`)

const sourceArb: fc.Arbitrary<ArticleSource> = fc.record({
  meta: fc.record({
    id: fc.stringMatching(/^local-[a-z0-9]{1,13}-[a-z0-9]{1,7}$/),
    headline: visible,
    deck: fc.option(anyText, { nil: null }),
    published: fc.constantFrom(
      '2015-03-18',
      '2015-03-18T09:30:00',
      '2022-01-11T01:15:00+08:00',
      '2024-02-29T23:59:59Z',
    ),
    outlet: visible,
    zone: fc.option(anyText, { nil: null }),
    url: fc.option(fc.constantFrom('https://example.com/a?b=c#d', 'http://news.example:8080/x'), {
      nil: null,
    }),
    photo: fc.option(fc.record({ caption: anyText, credit: fc.option(anyText, { nil: null }) }), {
      nil: null,
    }),
  }),
  paragraphs: fc.array(
    anyText.filter((s) => s.length > 0),
    { minLength: 1, maxLength: 6 },
  ),
})

const SOURCE: ArticleSource = {
  meta: {
    id: 'local-abc-def',
    headline: 'Rain is coming',
    deck: null,
    published: '2022-01-11',
    outlet: 'Unknown outlet',
    zone: null,
    url: null,
    photo: null,
  },
  paragraphs: ['Wang said on Monday that it would rain.', 'It did. “Told you,” he said. 👩‍👩‍👧‍👦'],
}

describe('encodeArticleFragment / decodeArticleFragment', () => {
  it('round-trips any Unicode text and metadata', () => {
    fc.assert(
      fc.property(sourceArb, (source) => {
        const fragment = encodeArticleFragment(source)
        expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/)
        expect(decodeArticleFragment(`#${fragment}`)).toEqual({ ok: true, source })
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on any string, and opens nothing from noise', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: codeUnit }), fc.base64String()), (fragment) => {
        const result = decodeArticleFragment(fragment)
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.problem).toMatch(/^This link /)
      }),
      { numRuns: 2000 },
    )
  })

  it('refuses a link cut short anywhere, and never throws on a changed character', () => {
    const fragment = encodeArticleFragment(SOURCE)
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: fragment.length - 1 }),
        fc.constantFrom(...'Aa0_-+/=%#é'),
        (at, c) => {
          expect(decodeArticleFragment(fragment.slice(0, at)).ok).toBe(false)
          const changed = decodeArticleFragment(fragment.slice(0, at) + c + fragment.slice(at + 1))
          if (changed.ok) expect(changed.source.meta.id).toMatch(/^[a-z0-9-]+$/)
        },
      ),
    )
  })

  it.each([
    ['', 'This link carries no article.'],
    ['#', 'This link carries no article.'],
    ['abc$def', 'This link is damaged: its article has characters or a length that no link of ours has.'],
    ['A', 'This link is damaged: its article has characters or a length that no link of ours has.'],
    ['AAAA', 'This link is damaged or cut short: its article cannot be unpacked.'],
  ])('says what is wrong with %j', (fragment, problem) => {
    expect(decodeArticleFragment(fragment)).toEqual({ ok: false, problem })
  })

  it('says which part of a well-packed article is missing or invalid', () => {
    const pack = (data: unknown) => toBase64Url(deflateRaw(JSON.stringify(data)))
    expect(decodeArticleFragment(pack({ v: 1, source: { ...SOURCE, paragraphs: [] } }))).toEqual({
      ok: false,
      problem: "This link's article is incomplete (source.paragraphs: there is no text).",
    })
    const badDate = { ...SOURCE, meta: { ...SOURCE.meta, published: '2022-13-45' } }
    expect(decodeArticleFragment(pack({ v: 1, source: badDate }))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^This link's article is incomplete \(source\.meta\.published: /),
    })
    const script = { ...SOURCE, meta: { ...SOURCE.meta, url: 'javascript:alert(1)' } }
    expect(decodeArticleFragment(pack({ v: 1, source: script })).ok).toBe(false)
    expect(decodeArticleFragment(pack({ v: 2, source: SOURCE }))).toEqual({
      ok: false,
      problem: 'This link was made by a newer version of Marginalia; reload the page to update it.',
    })
    expect(decodeArticleFragment(pack('just a string')).ok).toBe(false)
  })

  it('is a real decompression bomb that the test builds: a small copy of it inflates to zeros', () => {
    const inflated = inflateSync(zeroBomb(1 << 20))
    expect(inflated.length).toBe(1 << 20)
    expect(inflated.every((b) => b === 0)).toBe(true)
  })

  it('refuses a link that inflates to 1 GB of zeros, stopping at the cap', () => {
    const bomb = zeroBomb(2 ** 30)
    expect(bomb.length).toBeLessThan(1_100_000)
    expect(decodeArticleFragment(toBase64Url(bomb))).toEqual({
      ok: false,
      problem: `This link's article would unpack to more than ${MAX_INFLATED_BYTES / 2 ** 20} MB, more than any article; it was not opened.`,
    })
  })
})

/** Packs a payload the encoder would never write, the way the encoder packs. */
function deflateRaw(text: string): Uint8Array {
  return deflateSync(strToU8(text))
}

/**
 * A raw DEFLATE stream of `size` zero bytes built by hand, the way a bomb is: one dynamic-Huffman block whose
 * length 258 and distance 1 codes are one bit each, so every 2 bits of input repeat 258 zeros (1 GB ≈ 1 MB).
 */
function zeroBomb(size: number): Uint8Array {
  const bits = new BitWriter()
  bits.value(1, 1) // BFINAL
  bits.value(2, 2) // BTYPE = dynamic Huffman
  bits.value(29, 5) // HLIT: 286 literal/length codes (up to 285, length 258)
  bits.value(0, 5) // HDIST: 1 distance code
  bits.value(14, 4) // HCLEN: 18 code-length codes, in the order below
  const codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]
  const codeLengthLengths: Record<number, number> = { 18: 1, 1: 2, 2: 2 } // canonical: 18 = 0, 1 = 10, 2 = 11
  for (const sym of codeLengthOrder) bits.value(codeLengthLengths[sym] ?? 0, 3)
  const zeros = (n: number) => {
    bits.code(0b0, 1) // 18: repeat zero 11-138 times
    bits.value(n - 11, 7)
  }
  bits.code(0b11, 2) // literal 0 has length 2
  zeros(138)
  zeros(117) // literals 1-255 unused
  bits.code(0b11, 2) // 256 (end of block) has length 2
  zeros(28) // 257-284 unused
  bits.code(0b10, 2) // 285 (length 258) has length 1
  bits.code(0b10, 2) // distance 0 (distance 1) has length 1
  // Codes: 285 = 0, literal 0 = 10, end of block = 11; distance 1 = 0.
  bits.code(0b10, 2) // one literal zero to copy from
  const repeats = Math.ceil((size - 1) / 258)
  const last = size - 1 - (repeats - 1) * 258
  bits.zeros(2 * (repeats - 1)) // length 258, distance 1: "0" + "0"
  if (last > 0) {
    // A shorter final copy: length codes 257-284 are unused, so finish with literal zeros.
    for (let i = 0; i < last; i++) bits.code(0b10, 2)
  }
  bits.code(0b11, 2) // end of block
  return bits.bytes()
}

class BitWriter {
  private readonly out: number[] = []
  private current = 0
  private count = 0

  /** A header field or extra bits: least significant bit first. */
  value(v: number, n: number): void {
    for (let i = 0; i < n; i++) this.bit((v >> i) & 1)
  }

  /** A Huffman code: most significant bit first. */
  code(c: number, n: number): void {
    for (let i = n - 1; i >= 0; i--) this.bit((c >> i) & 1)
  }

  zeros(n: number): void {
    let left = n
    while (left > 0 && this.count !== 0) {
      this.bit(0)
      left--
    }
    for (; left >= 8; left -= 8) this.out.push(0)
    for (; left > 0; left--) this.bit(0)
  }

  private bit(b: number): void {
    this.current |= b << this.count
    if (++this.count === 8) {
      this.out.push(this.current)
      this.current = 0
      this.count = 0
    }
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.count > 0 ? [...this.out, this.current] : this.out)
  }
}
