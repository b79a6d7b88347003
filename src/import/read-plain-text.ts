import { cleanParagraph, PUBLISHED_LINE, splitParagraphs } from '../analysis/text/parse-article.ts'
import { emptyDraft, publishedFromText, type ArticleDraft } from './article-draft.ts'

/** How many blocks after the headline may still be a dateline or byline: they sit at the top. */
const HEAD_BLOCKS = 3

/**
 * Plain text -> a draft: the first non-empty line is the headline when it looks like one, a "Published:" line or
 * a line that is only a date near the top is the date, a "By …" line the author; the rest are paragraphs.
 * Paragraphs are separated by blank lines; text with no blank line at all (a copy from a web page) has one
 * paragraph per line.
 */
export function readPlainText(input: string): ArticleDraft {
  const draft = emptyDraft()
  const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')
  const lines = text.split('\n')
  const first = lines.findIndex((l) => l.trim() !== '')
  if (first < 0) return draft
  let body = text
  const firstLine = cleanParagraph((lines[first] ?? '').replace(/^#{1,6}\s+/, ''))
  const rest = lines.slice(first + 1).join('\n')
  if (looksLikeHeadline(firstLine) && rest.trim() !== '') {
    draft.headline = firstLine
    draft.picked.push({ field: 'headline', value: firstLine, from: 'the first line' })
    body = rest
  }
  const blocks = /\n[ \t\u00a0]*\n/.test(body.trim()) ? splitParagraphs(body) : splitLines(body)
  const paragraphs: string[] = []
  blocks.forEach((block, i) => {
    if (i < HEAD_BLOCKS && paragraphs.length === 0 && readHeadLine(block, draft)) return
    paragraphs.push(block)
  })
  draft.text = paragraphs.join('\n\n')
  return draft
}

function splitLines(body: string): string[] {
  return body
    .split('\n')
    .map(cleanParagraph)
    .filter((l) => l !== '')
}

/** Short, a line of its own, and not ending like a sentence or a clause. */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).length
  return line.length > 0 && line.length <= 200 && words <= 30 && !/[.,;:]$/.test(line)
}

const BYLINE = /^(?:By|BY|by)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,5})$/u

/** Takes a dateline or byline off the top of the text into the draft; false when the block is body text. */
function readHeadLine(block: string, draft: ArticleDraft): boolean {
  const labelled = PUBLISHED_LINE.exec(block)
  // parsePublished refuses anything after the date, so a sentence that starts with one stays text.
  const dateText = labelled ? labelled[1] : block.length <= 60 ? block : undefined
  const published = dateText === undefined ? undefined : publishedFromText(dateText)
  if (published !== undefined && draft.published === '') {
    draft.published = published
    const from = labelled ? `the "${block.split(/\s/)[0]}" line` : 'the dateline under the headline'
    draft.picked.push({ field: 'published', value: published, from })
    return true
  }
  const byline = BYLINE.exec(block)
  if (byline?.[1] && !draft.picked.some((p) => p.field === 'author')) {
    draft.picked.push({ field: 'author', value: byline[1], from: 'the "By" line' })
    return true
  }
  return false
}
