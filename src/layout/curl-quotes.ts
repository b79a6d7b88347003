/**
 * Typographic quotes for display: every straight `"` and `'` becomes its curly form, chosen from the characters
 * around it; everything else, the source's own curly quotes included, stays as printed. One UTF-16 unit is
 * replaced by one, so the result has the length of the input and every offset into the article's text
 * (spans, paragraphs, shared passages) points at the same character in both: the reader renders the curled
 * text while anchoring, copying a quote into a link and exporting keep the source's.
 */
export function curlQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '"') out += opensHere(text, i) ? '“' : '”'
    else if (c === "'") out += curlSingle(text, i)
    else out += c
  }
  return out
}

/** Characters after which a quote mark opens rather than closes. */
const OPENERS = /[\s([{<“‘—–\-/]/

/** A quote opens at the start, after a space or an opening bracket or dash, unless a space follows it. */
function opensHere(text: string, i: number): boolean {
  const before = text[i - 1]
  const after = text[i + 1]
  if (after === undefined || /\s/.test(after)) return false
  return before === undefined || OPENERS.test(before) || (before === '"' && opensHere(text, i - 1))
}

/**
 * An apostrophe (China's, don't, the '90s) or a closing single quote is ’; a single quote opening a quotation
 * (after a space, before a letter) is ‘. An elided year (’90s) keeps the apostrophe.
 */
function curlSingle(text: string, i: number): string {
  if (/^'\d\ds?\b/.test(text.slice(i, i + 5))) return '’'
  return opensHere(text, i) ? '‘' : '’'
}
