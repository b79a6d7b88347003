import * as z from 'zod/mini'

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

const ArticleIdSchema = z.string().check(z.regex(ARTICLE_ID_PATTERN, ARTICLE_ID_MESSAGE))

/**
 * An article as we ship it in `content/articles/*.md`: front matter plus body paragraphs.
 * `published` is ISO 8601 with the outlet's own UTC offset, because relative dates
 * ("on Monday") are resolved in the article's time zone, not the reader's.
 */
export const ArticleMetaSchema = z.object({
  id: ArticleIdSchema,
  headline: z.string().check(z.minLength(1)),
  deck: z.nullable(z.string()),
  published: z
    .string()
    .check(
      z.regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/,
        'published must be ISO 8601 with an offset',
      ),
    ),
  outlet: z.string().check(z.minLength(1)),
  /** How the outlet names its time zone ("Beijing time"); null: show the UTC offset. */
  zone: z.nullable(z.string()),
  url: z.nullable(z.string()),
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
    }),
  ),
})
export type ArticleIndex = z.infer<typeof ArticleIndexSchema>
