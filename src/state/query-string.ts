/**
 * Query-string encoding for the view codec. Hand-written because the pure modules have no DOM or Node types
 * (so no URLSearchParams), and because we want links that stay readable: spaces become `+` and punctuation
 * that RFC 3986 allows in a query is left as is.
 */

/** One `key=value` pair as written; `value` is null when its percent-encoding is broken. */
export interface QueryParam {
  key: string
  value: string | null
}

// A surrogate half without its partner: encodeURIComponent throws on these, so they are replaced first.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The string with every lone surrogate replaced by U+FFFD, like ES2024's `String.prototype.toWellFormed`. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD')
}

// Sub-delimiters and `:@/?` are legal inside a query value (RFC 3986 §3.4) and read better unescaped. `&`, `=`,
// `+`, `#`, `%` and `;` (a separator to some old servers) stay escaped.
const READABLE = /%(2C|3A|40|2F|3F|24)/g

/** Encodes a query value (or key): always safe to put between `=` and `&`, whatever the text. */
export function encodeQueryComponent(text: string): string {
  return encodeURIComponent(toWellFormed(text))
    .replace(/%20/g, '+')
    .replace(READABLE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** Decodes a query component, reading `+` as a space (as forms do); null when the percent-encoding is broken. */
export function decodeQueryComponent(raw: string): string | null {
  try {
    return toWellFormed(decodeURIComponent(raw.replace(/\+/g, ' ')))
  } catch {
    return null
  }
}

/** Splits a search string (with or without its `?`) into its pairs, in order; empty pieces are skipped. */
export function parseQuery(search: string): QueryParam[] {
  const params: QueryParam[] = []
  for (const piece of search.replace(/^\?/, '').split('&')) {
    if (piece === '') continue
    const eq = piece.indexOf('=')
    const key = decodeQueryComponent(eq < 0 ? piece : piece.slice(0, eq))
    // A key we cannot decode cannot be one of ours; keep it so the caller can still see it was there.
    params.push({ key: key ?? piece, value: decodeQueryComponent(eq < 0 ? '' : piece.slice(eq + 1)) })
  }
  return params
}

// Chat apps and Markdown auto-linkers drop these from the end of a URL, cutting off the last character.
const TRAILING_PUNCTUATION = /[.,:;!?'()*~/@$]$/

/** Percent-encodes the last character of a link when auto-linkers would otherwise leave it out. */
export function protectLinkEnd(link: string): string {
  return link.replace(TRAILING_PUNCTUATION, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}
