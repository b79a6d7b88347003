import { queryOptions } from '@tanstack/react-query'
import {
  AnnotatedArticleSchema,
  findConsistencyProblems,
  type AnnotatedArticle,
} from '../model/annotated-article.ts'
import { ArticleIndexSchema, isArticleId, type ArticleIndex } from '../model/article.ts'
import { fetchJson, InvalidDataError, NetworkError, NotFoundError } from './fetch-json.ts'

const BASE = `${import.meta.env.BASE_URL}articles/`

function describeIssue(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[]
}): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.map(String).join('.') || 'file'}: ${issue.message}` : 'unknown problem'
}

export function parseIndex(data: unknown): ArticleIndex {
  const parsed = ArticleIndexSchema.safeParse(data)
  if (!parsed.success)
    throw new InvalidDataError(`The list of articles is damaged (${describeIssue(parsed.error)}).`)
  return parsed.data
}

/** Validates an article file at the edge, so components only ever see a sound AnnotatedArticle. */
export function parseAnnotatedArticle(data: unknown): AnnotatedArticle {
  const parsed = AnnotatedArticleSchema.safeParse(data)
  if (!parsed.success)
    throw new InvalidDataError(`The article file is damaged (${describeIssue(parsed.error)}).`)
  const problems = findConsistencyProblems(parsed.data)
  if (problems.length > 0) throw new InvalidDataError(`The article file is damaged (${problems[0]}).`)
  return parsed.data
}

/** Only network trouble is worth retrying; a missing or damaged file stays so. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  return error instanceof NetworkError && failureCount < 2
}

export const articleIndexQuery = () =>
  queryOptions({
    queryKey: ['articles', 'index'],
    queryFn: async () => parseIndex(await fetchJson(`${BASE}index.json`, 'The list of articles')),
    staleTime: Infinity,
    retry: shouldRetry,
  })

export const articleQuery = (id: string) =>
  queryOptions({
    queryKey: ['articles', id],
    queryFn: async () => {
      if (!isArticleId(id)) throw new NotFoundError(`There is no article “${id.slice(0, 80)}”.`)
      const article = parseAnnotatedArticle(await fetchJson(`${BASE}${id}.json`, `The article “${id}”`))
      if (article.article.id !== id)
        throw new InvalidDataError(`The article file for “${id}” holds another article.`)
      return article
    },
    staleTime: Infinity,
    retry: shouldRetry,
  })
