import { parse as parseYaml } from 'yaml'
import { ArticleMetaSchema, type ArticleMeta, type ArticleSource } from '../../model/article.ts'
import { parsePublished } from '../../model/published-date.ts'
import { slugify } from './ids.ts'
import { listMarker } from './paragraph-marks.ts'

/** Thrown for input we cannot read as an article; `message` is one plain sentence for the user. */
export class ArticleInputError extends Error {
  override name = 'ArticleInputError'
}

export interface ParseOptions {
  /** Overrides or supplies the publication date, already checked by `parsePublished`. */
  published?: string | undefined
  /** Used for the id of a plain-text article. */
  fallbackId?: string | undefined
}

// A byte-order mark may precede the front matter (editors on Windows write one).
const FRONT_MATTER = /^\ufeff?---\r?\n([\s\S]*?)\r?\n---\r?\n?/

/**
 * Removes what copy-paste from web pages leaves behind: NBSPs, invisible break hints, runs of spaces — and
 * nothing a reader would see as a change. A zero-width space only offers a line break: inside a word
 * ("Kazakh\u200bstan") it goes, but between a lower-case letter and a capital it stood for the space between two
 * words ("Wang\u200bYi", from a CMS that swapped spaces for it) and becomes one, so words are never merged. The
 * zero-width joiner and non-joiner stay: they hold emoji sequences together ("👩‍👩‍👧‍👦" is one family, not four
 * people) and shape Arabic, Persian and Indic scripts.
 */
export function cleanParagraph(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/(\p{Ll})\u200b+(?=\p{Lu})/gu, '$1 ')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/**
 * Paragraphs are separated by a blank line; inside one, lines are joined with a space, except that a list item
 * ("- …", "* …", "• …", "1. …", see listMarker) starts a paragraph of its own, marker kept, as Markdown reads it and as an HTML
 * list item arrives from the import: each item is a block a reader (and the analysis) takes on its own.
 */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .flatMap(splitListItems)
    .map((p) => cleanParagraph(p.replace(/\n/g, ' ')))
    .filter((p) => p.length > 0)
}

/**
 * The lines of a block grouped into list items and the text around them. A numbered line starts an item only
 * after another item or when it is "1." (CommonMark's rule), so a hard-wrapped "… on March\n12. Then …" stays
 * one paragraph; a line without a marker after an item continues that item.
 */
function splitListItems(block: string): string[] {
  const parts: string[] = []
  let inList = false
  for (const line of block.split('\n')) {
    const marker = listMarker(line.replace(/^[ \t]{1,3}/, ''))
    const item: boolean = marker !== null && (marker.number === null || marker.number === 1 || inList)
    if (item || parts.length === 0) parts.push(line)
    else parts[parts.length - 1] += `\n${line}`
    inList ||= item
  }
  return parts
}

/**
 * Reads an article: Markdown with YAML front matter (the format of content/articles/), or plain text with
 * the headline on the first line, a blank line, then paragraphs separated by blank lines. A plain-text
 * article may carry its date on a line such as "Published: Jan 11, 2022 01:15 AM +08:00".
 */
export function parseArticle(input: string, options: ParseOptions = {}): ArticleSource {
  if (input.includes('\u0000')) throw new ArticleInputError('the file looks binary, not text')
  const fm = splitFrontMatter(input)
  return fm ? parseFrontMatter(fm.data, fm.body, options) : parsePlainText(input, options)
}

/**
 * Splits Markdown into its YAML front matter (as an object) and body; null when there is no front matter.
 * Throws ArticleInputError when the front matter is not valid YAML or not a mapping.
 */
export function splitFrontMatter(input: string): { data: Record<string, unknown>; body: string } | null {
  const fm = FRONT_MATTER.exec(input)
  if (!fm) return null
  let data: unknown
  try {
    data = parseYaml(fm[1] ?? '')
  } catch (e) {
    throw new ArticleInputError(`the front matter is not valid YAML (${(e as Error).message.split('\n')[0]})`)
  }
  if (typeof data !== 'object' || data === null) throw new ArticleInputError('the front matter is empty')
  return { data: data as Record<string, unknown>, body: input.slice(fm[0].length) }
}

function parseFrontMatter(raw: Record<string, unknown>, body: string, options: ParseOptions): ArticleSource {
  const published = options.published ?? frontMatterDate(raw.published)
  const candidate = {
    id: raw.id,
    headline: raw.headline,
    deck: raw.deck ?? null,
    published,
    outlet: raw.outlet ?? 'Unknown outlet',
    zone: raw.zone ?? null,
    url: raw.url ?? null,
    photo: raw.photo ?? null,
  }
  if (published === undefined)
    throw new ArticleInputError(
      'no publication date: add "published" to the front matter or pass --published',
    )
  const meta = ArticleMetaSchema.safeParse(candidate)
  if (!meta.success) {
    const issue = meta.error.issues[0]
    const field = issue?.path.join('.') || 'field'
    const message = issue?.code === 'invalid_type' && issue.input === undefined ? 'missing' : issue?.message
    throw new ArticleInputError(`the front matter is invalid: ${field}: ${message}`)
  }
  const paragraphs = splitParagraphs(body)
  if (paragraphs.length === 0) throw new ArticleInputError('the article has no body text')
  return { meta: cleanMeta(meta.data), paragraphs }
}

/** The front matter's `published`: YAML reads an unquoted timestamp as a Date, which keeps no offset. */
function frontMatterDate(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (value instanceof Date)
    throw new ArticleInputError(
      'the front matter is invalid: published: quote it ("2022-01-11T01:15:00+08:00") so its offset is kept',
    )
  const checked = parsePublished(String(value))
  if (!checked.ok) throw new ArticleInputError(`the front matter is invalid: published: ${checked.message}`)
  return checked.iso
}

function cleanMeta(meta: ArticleMeta): ArticleMeta {
  return {
    ...meta,
    headline: cleanParagraph(meta.headline),
    deck: meta.deck === null ? null : cleanParagraph(meta.deck),
    photo: meta.photo && { caption: cleanParagraph(meta.photo.caption), credit: meta.photo.credit },
  }
}

/** A plain-text line that carries the date: "Published: Jan 11, 2022 01:15 AM +08:00"; group 1 is the date. */
export const PUBLISHED_LINE = /^(?:published|updated|posted)(?: on)?:?\s+(.+)$/i

function parsePlainText(input: string, options: ParseOptions): ArticleSource {
  const blocks = splitParagraphs(input)
  const headline = blocks.shift()
  if (!headline || blocks.length === 0)
    throw new ArticleInputError('the article is empty: expected a headline, a blank line, then paragraphs')
  let published = options.published
  const rest: string[] = []
  for (const block of blocks) {
    const m = PUBLISHED_LINE.exec(block)
    if (m && published === undefined && rest.length < 3) {
      const checked = parsePublished(m[1] ?? '')
      if (!checked.ok) throw new ArticleInputError(`the "${block.slice(0, 40)}" line: ${checked.message}`)
      published = checked.iso
      continue
    }
    rest.push(block)
  }
  if (!published)
    throw new ArticleInputError(
      'no publication date: pass --published 2022-01-11 (or 2022-01-11T01:15:00+08:00)',
    )
  if (rest.length === 0) throw new ArticleInputError('the article has no body text')
  const meta = ArticleMetaSchema.safeParse({
    id: options.fallbackId ? slugify(options.fallbackId) : slugify(headline),
    headline,
    deck: null,
    published,
    outlet: 'Unknown outlet',
    zone: null,
    url: null,
    photo: null,
  })
  if (!meta.success) throw new ArticleInputError(`cannot use this article: ${meta.error.issues[0]?.message}`)
  return { meta: meta.data, paragraphs: rest }
}
