import * as z from 'zod/mini'
import { PublishedSchema } from './published-date.ts'

/** Text a reader can see: not empty, not only spaces or invisible characters (zero-width, BOM, bidi marks). */
const VISIBLE = /[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u
const visibleText = (what: string) =>
  z.string(`${what} must be text`).check(z.regex(VISIBLE, `${what} is empty or has no visible characters`))

/**
 * The original's address: an absolute http(s) URL with a host and no spaces, nothing else. `data:`,
 * `javascript:` and scheme-relative `//host/…` links would be written into the header's link otherwise.
 * (A pattern, not `new URL`: the model compiles without DOM or Node types.)
 */
const WEB_URL = /^https?:\/\/[^\s/?#@\\]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i
const WebUrlSchema = z.string().check(z.regex(WEB_URL, 'url must be an absolute http:// or https:// address'))

/**
 * The one pattern for an article id, wherever one is read: content files, `index.json`, the route, the store.
 * Lowercase letters, digits and dashes, starting with a letter or digit, at most 120 characters: safe in a path
 * and a file name as is (no dots, no slashes, nothing to escape). Opened articles use `local-<hash>`.
 */
export const ARTICLE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,119}$/
const ARTICLE_ID_MESSAGE = 'an article id is lowercase letters, digits and dashes (at most 120)'

/** True for a well-formed article id (whether such an article exists is for the caller to find out). */
export function isArticleId(id: string): boolean {
  return ARTICLE_ID_PATTERN.test(id)
}

/** Articles opened in the browser have ids `local-<hash of the source>`; shipped ones never start so. */
export const LOCAL_ID_PREFIX = 'local-'

export function isLocalArticleId(id: string): boolean {
  return id.startsWith(LOCAL_ID_PREFIX) && isArticleId(id)
}

const ArticleIdSchema = z.string().check(z.regex(ARTICLE_ID_PATTERN, ARTICLE_ID_MESSAGE))

/**
 * An article as we ship it in `content/articles/*.md`: front matter plus body paragraphs.
 * `published` is ISO 8601 (see published-date.ts): a day, or a time with the outlet's own UTC offset when known,
 * because relative dates ("on Monday") are resolved in the article's time zone, not the reader's.
 */
export const ArticleMetaSchema = z.object({
  id: ArticleIdSchema,
  headline: visibleText('headline'),
  deck: z.nullable(z.string()),
  published: PublishedSchema,
  outlet: visibleText('outlet'),
  /** How the outlet names its time zone ("Beijing time"); null: show the UTC offset. */
  zone: z.nullable(z.string()),
  url: z.nullable(WebUrlSchema),
  photo: z.nullable(
    z.object({
      caption: z.string(),
      credit: z.nullable(z.string()),
    }),
  ),
})
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>

export interface ArticleSource {
  meta: ArticleMeta
  /** Body paragraphs in order, without the caption. */
  paragraphs: string[]
}

export const ArticleIndexSchema = z.object({
  articles: z.array(
    z.object({
      id: ArticleIdSchema,
      headline: z.string(),
      deck: z.nullable(z.string()),
      published: z.string(),
      outlet: z.string(),
      /** How many claims and speakers the analysis found, for the library (absent in older builds). */
      claims: z.optional(z.int().check(z.nonnegative())),
      speakers: z.optional(z.int().check(z.nonnegative())),
    }),
  ),
})
export type ArticleIndex = z.infer<typeof ArticleIndexSchema>
