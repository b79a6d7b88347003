import * as z from 'zod/mini'
import { downloadName, type DownloadFile } from '../export/download-file.ts'
import type { ArticleSource } from '../model/article.ts'
import {
  AnnotatedArticleSchema,
  findConsistencyProblems,
  type AnnotatedArticle,
} from '../model/annotated-article.ts'
import { ArticleSourceSchema, firstIssue } from './source-schema.ts'

/** A `.marginalia.json` file: the article, its annotations and the view, to open again by drop or choose. */
export interface SavedFile {
  format: 'marginalia'
  version: 1
  source: ArticleSource
  article: AnnotatedArticle
  /** The view as the address bar's query string ("?layers=claim&speaker=wang-yi"), or ''. */
  view: string
}

/**
 * The largest saved file we read, in characters: an article at the text limit with its annotations (about 5×
 * the text in JSON, from the 5 MB measurement of issue 12) stays well under it.
 */
export const MAX_SAVED_FILE_LENGTH = 64 * 1024 * 1024
const MAX_VIEW_LENGTH = 8192

const SavedFileSchema = z.object({
  format: z.literal('marginalia'),
  version: z.literal(1),
  source: ArticleSourceSchema,
  article: AnnotatedArticleSchema,
  view: z.string().check(z.maxLength(MAX_VIEW_LENGTH, 'the view is too long')),
})

export const SAVED_FILE_SUFFIX = 'marginalia.json'

export function toSavedFile(source: ArticleSource, article: AnnotatedArticle, view: string): DownloadFile {
  const file: SavedFile = { format: 'marginalia', version: 1, source, article, view }
  return {
    filename: downloadName(source.meta, SAVED_FILE_SUFFIX),
    mime: 'application/json',
    content: JSON.stringify(file),
  }
}

export type ReadSavedFile = { ok: true; file: SavedFile } | { ok: false; problem: string }

/** Reads a saved file's text. Never throws: anything else gives one plain sentence saying what is wrong. */
export function readSavedFile(text: string): ReadSavedFile {
  if (text.length > MAX_SAVED_FILE_LENGTH)
    return fail(
      `This file is larger than ${MAX_SAVED_FILE_LENGTH / 1024 / 1024} MB, more than a saved article.`,
    )
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch {
    return fail('This file is not a saved Marginalia article: it is not JSON, or it is cut short.')
  }
  const head = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
  if (head.format !== 'marginalia') return fail('This JSON file is not a saved Marginalia article.')
  if (typeof head.version === 'number' && head.version > 1)
    return fail('This file was saved by a newer version of Marginalia; reload the page to update it.')
  const parsed = SavedFileSchema.safeParse(data)
  if (!parsed.success) return fail(`This saved article is damaged (${firstIssue(parsed.error)}).`)
  const { source, article } = parsed.data
  if (article.article.id !== source.meta.id)
    return fail('This saved article is damaged (its annotations belong to another article).')
  const problems = findConsistencyProblems(article)
  if (problems.length > 0) return fail(`This saved article is damaged (${problems[0]}).`)
  return { ok: true, file: parsed.data as SavedFile }
}

function fail(problem: string): ReadSavedFile {
  return { ok: false, problem }
}
