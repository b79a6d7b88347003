// @vitest-environment node
import fc from 'fast-check'
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from './base64url.ts'

describe('base64url', () => {
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes the RFC 4648 vector %j as %j, without padding', (text, encoded) => {
    expect(toBase64Url(strToU8(text))).toBe(encoded)
    expect(fromBase64Url(encoded)).toEqual(strToU8(text))
  })

  it('uses - and _ where base64 has + and /, and reads padding', () => {
    expect(toBase64Url(Uint8Array.of(0xfb, 0xff, 0xbf))).toBe('-_-_')
    expect(fromBase64Url('Zg==')).toEqual(strToU8('f'))
  })

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes)
      }),
    )
  })

  it.each(['Zm9v+', 'Zm9v/', 'Zm 9v', 'Zm9vé', 'Z', 'Zm9vY'])('refuses %j', (text) => {
    expect(fromBase64Url(text)).toBeNull()
  })
})
