/**
 * The small part of RFC 5545 the timeline needs: TEXT escaping (§3.3.11), content lines folded at 75 octets
 * (§3.1) and CRLF line ends.
 */

/** Backslash, semicolon, comma and newlines escaped; other control characters (not allowed in TEXT) dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n?|\n/g, '\\n')
      // TEXT excludes control characters but HTAB (RFC 5545 §3.3.11).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  )
}

const MAX_OCTETS = 75

/**
 * Folds one content line into lines of at most 75 octets of UTF-8 (a continuation starts with one space, which
 * counts), never inside a character: a multi-byte character or a surrogate pair stays on one line.
 */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char)
    if (octets + size > MAX_OCTETS) {
      out.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  out.push(current)
  return out.join('\r\n')
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/** Content lines -> an iCalendar object's text: each folded, CRLF after every line. */
export function toContentLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('')
}
