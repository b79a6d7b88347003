import { parsePublished } from '../model/published-date.ts'
import type { ArticleMeta } from '../model/article.ts'

/** A field of the open form that a reader of the input may have filled. */
export type DraftField = 'headline' | 'outlet' | 'published' | 'author' | 'text'

/** What was picked up from the input, and from where, in words a reader understands. */
export interface PickedValue {
  field: DraftField
  value: string
  /** "the first line", "JSON-LD NewsArticle", "the page's article:published_time". */
  from: string
}

/** What an input carries beyond the form's fields (our front matter, a page's canonical link); kept as is. */
export type ArticleExtra = Partial<Pick<ArticleMeta, 'deck' | 'zone' | 'url' | 'photo'>>

/**
 * What the open form shows: prefilled from a paste or a dropped file, corrected by the reader, then checked by
 * `draftToSource`. Every field is plain text, never HTML.
 */
export interface ArticleDraft {
  headline: string
  outlet: string
  /** As the reader would type it: `2015-03-18`, `2015-03-18T09:30`, seconds and zone optional (see parsePublished). */
  published: string
  /** The body: paragraphs separated by one blank line. */
  text: string
  picked: PickedValue[]
  /** Plain-language notes about the input ("This looks like a binary file"). */
  problems: string[]
  extra?: ArticleExtra
}

export function emptyDraft(): ArticleDraft {
  return { headline: '', outlet: '', published: '', text: '', picked: [], problems: [] }
}

/**
 * The longest text we open, in UTF-16 code units (what `String.length` counts). 2,000,000 characters is about
 * 300,000 words: ten times the longest news features, so any article fits, while a 5 MB dump is refused before
 * it costs the reader a frozen tab (the analysis took 8 s and 422 MB for 5 MB in the CLI). It also bounds the
 * article in a link (see src/share/article-link.ts).
 */
export const MAX_TEXT_LENGTH = 2_000_000

/**
 * True when text decoded from a file is really binary data: any NUL, or more than 1 in 100 characters being
 * control characters (other than tab, newline, form feed, carriage return) or U+FFFD replacement characters.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text
  // Control characters are exactly what this looks for.
  // eslint-disable-next-line no-control-regex
  const odd = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\ufffd]/g)?.length ?? 0
  return odd > sample.length / 100
}

/** A date as a page, front matter or dateline writes it -> the form's value; undefined when it is no real date. */
export function publishedFromText(text: string): string | undefined {
  const checked = parsePublished(text)
  // "09:30:00.000+01:00" (common in page metadata) reads better, and means the same, without the zeros.
  return checked.ok ? checked.iso.replace(/\.0+(?=Z|[+-]|$)/, '') : undefined
}
