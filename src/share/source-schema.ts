import * as z from 'zod/mini'
import { MAX_TEXT_LENGTH } from '../import/article-draft.ts'
import { ArticleMetaSchema, type ArticleSource } from '../model/article.ts'

/** An ArticleSource read from outside (a link, a saved file): the model's meta and at least one paragraph. */
export const ArticleSourceSchema = z.object({
  meta: ArticleMetaSchema,
  paragraphs: z.array(z.string().check(z.minLength(1, 'a paragraph is empty'))).check(
    z.minLength(1, 'there is no text'),
    z.refine(
      (ps) => ps.reduce((n, p) => n + p.length, 0) <= MAX_TEXT_LENGTH,
      `the text is longer than ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters`,
    ),
  ),
}) satisfies z.ZodMiniType<ArticleSource>

/** The first schema problem, as "meta.published: …" for a message. */
export function firstIssue(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[]
}): string {
  const issue = error.issues[0]
  if (!issue) return 'it is not valid'
  const path = issue.path.map(String).join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}
