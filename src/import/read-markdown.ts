import {
  ArticleInputError,
  cleanParagraph,
  splitFrontMatter,
  splitParagraphs,
} from '../analysis/text/parse-article.ts'
import { emptyDraft, publishedFromText, type ArticleDraft, type ArticleExtra } from './article-draft.ts'
import { readPlainText } from './read-plain-text.ts'

const FROM = 'the front matter'

/**
 * Markdown with our YAML front matter (see README "Adding an article") -> a draft; Markdown without front matter
 * reads as plain text ("# Headline" on the first line is the headline).
 */
export function readMarkdown(input: string): ArticleDraft {
  let fm: ReturnType<typeof splitFrontMatter>
  try {
    fm = splitFrontMatter(input.replace(/^\ufeff/, ''))
  } catch (e) {
    if (!(e instanceof ArticleInputError)) throw e
    const draft = readPlainText(input)
    draft.problems.push(`The front matter could not be read: ${e.message}. It is left in the text.`)
    return draft
  }
  if (!fm) return readPlainText(input)
  const draft = emptyDraft()
  const { data } = fm
  const text = (key: string) => (typeof data[key] === 'string' ? cleanParagraph(data[key]) : '')
  draft.headline = text('headline')
  draft.outlet = text('outlet')
  const rawDate = data.published instanceof Date ? data.published.toISOString() : text('published')
  const published = rawDate === '' ? undefined : publishedFromText(rawDate)
  if (published !== undefined) draft.published = published
  else if (rawDate !== '') draft.problems.push(`The front matter's date "${rawDate}" could not be read.`)
  for (const field of ['headline', 'outlet', 'published'] as const)
    if (draft[field] !== '') draft.picked.push({ field, value: draft[field], from: FROM })
  draft.text = splitParagraphs(fm.body).join('\n\n')
  const extra = readExtra(data)
  if (Object.keys(extra).length > 0) draft.extra = extra
  return draft
}

function readExtra(data: Record<string, unknown>): ArticleExtra {
  const extra: ArticleExtra = {}
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? cleanParagraph(v) : undefined)
  const deck = str(data.deck)
  if (deck !== undefined) extra.deck = deck
  const zone = str(data.zone)
  if (zone !== undefined) extra.zone = zone
  const url = str(data.url)
  if (url !== undefined) extra.url = url
  const photo = data.photo as { caption?: unknown; credit?: unknown } | null | undefined
  const caption = str(photo?.caption)
  if (caption !== undefined) extra.photo = { caption, credit: str(photo?.credit) ?? null }
  return extra
}
