import { emptyDraft, looksBinary, type ArticleDraft } from './article-draft.ts'
import { readHtml, type ParseHtml } from './read-html.ts'
import { readMarkdown } from './read-markdown.ts'
import { readPlainText } from './read-plain-text.ts'

/** A whole HTML document, not text that merely contains a tag (a pasted "<script>" stays text). */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i

/**
 * What a reader pastes (`name` is '') or drops (`name` is the file name) -> a draft for the open form.
 * HTML (a `.html`/`.htm` name or text that starts like a page) goes through Readability on the Document from
 * `parseHtml` (the browser's DOMParser, or linkedom in Node); `.md` and text starting with `---` are read with
 * our front matter; anything else as plain text. Never throws: what could not be read is in `problems`.
 */
export function readArticleInput(input: { name: string; text: string }, parseHtml?: ParseHtml): ArticleDraft {
  const text = input.text.replace(/^\ufeff/, '')
  if (looksBinary(text)) {
    const draft = emptyDraft()
    draft.problems.push(
      `${input.name ? `"${input.name}"` : 'This'} looks like a binary file, not text: choose a .txt, .md or .html file.`,
    )
    return draft
  }
  const name = input.name.toLowerCase()
  if (/\.html?$/.test(name) || HTML_START.test(text)) {
    if (parseHtml) return readHtml(text, parseHtml)
    const draft = readPlainText(text)
    draft.problems.push('This looks like a web page, but pages cannot be read here; it is shown as text.')
    return draft
  }
  if (/\.(?:md|markdown)$/.test(name) || text.startsWith('---')) return readMarkdown(text)
  return readPlainText(text)
}
