import { Readability } from '@mozilla/readability'
import { emptyDraft, publishedFromText, type ArticleDraft } from './article-draft.ts'
import { paragraphsOf } from './html-paragraphs.ts'
import { readPageMetadata, type PageMetadata } from './page-metadata.ts'

const MIN_PARAGRAPH_WORDS = 8

/** Turns HTML into a Document that is never attached to a live page: DOMParser in a browser, linkedom in Node. */
export type ParseHtml = (html: string) => Document

/**
 * A saved web page -> a draft: the article's paragraphs as plain text (Readability finds the article and drops
 * navigation, ads and comments), the headline, date, outlet and author from the page's metadata.
 */
export function readHtml(html: string, parseHtml: ParseHtml): ArticleDraft {
  const draft = emptyDraft()
  let doc: Document
  try {
    doc = parseHtml(html)
  } catch {
    draft.problems.push('This page could not be read as HTML.')
    return draft
  }
  // Metadata first: Readability rewrites the document it reads (it removes scripts, the JSON-LD among them).
  let meta: PageMetadata = {}
  try {
    meta = readPageMetadata(doc)
  } catch {
    draft.problems.push("The page's details (headline, date) could not be read: type them in.")
  }
  let article: ReturnType<Readability<Node>['parse']> = null
  try {
    // The serializer hands back the element itself, so the text is read from nodes and never from HTML.
    article = new Readability<Node>(doc, { serializer: (node) => node }).parse()
  } catch {
    article = null
  }
  const paragraphs = article?.content ? paragraphsOf(article.content) : []
  // Readability returns its best guess even for a sign-in form; prose has at least one sentence-sized paragraph.
  if (!paragraphs.some((p) => p.split(' ').length >= MIN_PARAGRAPH_WORDS)) {
    draft.problems.push('No article found in this page: paste its text instead.')
  } else {
    draft.text = paragraphs.join('\n\n')
    draft.picked.push({
      field: 'text',
      value: `${paragraphs.length} paragraphs`,
      from: 'the article in the page',
    })
  }
  const pick = (
    field: 'headline' | 'outlet' | 'author',
    fallback: string | null | undefined,
    from: string,
  ) => {
    const value = fallback
      ?.replace(/\s+/g, ' ')
      .replace(/^by\s+/i, '')
      .trim()
    const first = meta[field]?.[0] ?? (value ? { value, from } : undefined)
    if (!first || first.value === '') return
    if (field !== 'author') draft[field] = first.value
    draft.picked.push({ field, ...first })
  }
  pick('headline', article?.title, "the page's title")
  pick('outlet', article?.siteName, "the page's site name")
  pick('author', article?.byline, "the article's byline")
  for (const candidate of meta.published ?? []) {
    const published = publishedFromText(candidate.value)
    if (published === undefined) continue
    draft.published = published
    draft.picked.push({ field: 'published', value: published, from: candidate.from })
    break
  }
  if (draft.published === '' && meta.published?.[0])
    draft.problems.push(`The page's date "${meta.published[0].value}" could not be read: type it in.`)
  const url = meta.url?.find((u) => /^https?:\/\/\S+$/i.test(u.value))
  if (url) draft.extra = { url: url.value }
  return draft
}
