import { strFromU8 } from 'fflate'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0))
/** Character code -> 6-bit value, -1 outside the alphabet. */
const VALUES = new Int8Array(128).fill(-1)
CODES.forEach((code, i) => (VALUES[code] = i))

/** Bytes -> base64url without padding (RFC 4648 §5): safe in a URL fragment as is. */
export function toBase64Url(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil((bytes.length * 4) / 3))
  let j = 0
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2
    for (let k = 0; k < chars; k++) out[j++] = CODES[(n >> (18 - 6 * k)) & 63] ?? 0
  }
  return strFromU8(out.subarray(0, j), true) // ASCII bytes -> string, in fflate's fast chunked way
}

/**
 * base64url (padding optional) -> bytes; null for a character outside the alphabet or a length no encoder
 * produces (one leftover character), which is how a link cut short or mangled by an app usually shows.
 */
export function fromBase64Url(text: string): Uint8Array | null {
  const s = text.replace(/=+$/, '')
  if (s.length % 4 === 1) return null
  const bytes = new Uint8Array(Math.floor((s.length * 3) / 4))
  let n = 0
  let bits = 0
  let j = 0
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    const v = code < 128 ? (VALUES[code] ?? -1) : -1
    if (v < 0) return null
    n = ((n << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[j++] = (n >> bits) & 255
    }
  }
  return bytes
}
