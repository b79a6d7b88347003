/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV file (RFC 4180): CRLF line ends, a field quoted when it holds a quote, comma, CR or LF, quotes doubled.
 * A text cell that starts like a formula gets a leading `'`, so "=HYPERLINK(…)" quoted in an article stays text
 * in Excel, LibreOffice and Sheets. Numbers are written as they are. Starts with a UTF-8 byte-order mark, which
 * Excel needs to read the file as UTF-8 (CSV parsers skip it).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','))
  return `\ufeff${lines.join('\r\n')}\r\n`
}

function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
