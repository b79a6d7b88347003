// Reads one article file and annotates it: the work of one file in the annotate CLI, in the main thread or a
// worker. Never throws for bad input: it returns the one-line problem instead.
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { parseHTML } from 'linkedom'
import { annotateArticle } from '../../src/analysis/annotate.ts'
import { slugify } from '../../src/analysis/text/ids.ts'
import { ArticleInputError, parseArticle } from '../../src/analysis/text/parse-article.ts'
import { EXPORT_FORMATS, type ExportFormat } from '../../src/export/formats.ts'
import { draftToSource } from '../../src/import/draft-to-source.ts'
import { readArticleInput } from '../../src/import/read-article-input.ts'
import type { ArticleSource } from '../../src/model/article.ts'

/** Files larger than this are refused unread: far beyond any article, and the analysis holds it all in memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

export interface AnnotateOptions {
  /** Already checked by parsePublished. */
  published?: string | undefined
  format: ExportFormat['key']
}

export interface ArticleSummary {
  id: string
  headline: string
  published: string
  outlet: string
  speakers: number
  claims: number
  annotations: number
  events: number
}

export type FileResult =
  { ok: true; content: string; summary: ArticleSummary } | { ok: false; problem: string; internal?: true }

/** linkedom's Document implements what Readability and the metadata reader use; its own types differ. */
const parseHtml = (html: string) => parseHTML(html).document as unknown as Document

export function annotateFile(path: string, options: AnnotateOptions): FileResult {
  const input = readText(path)
  if (typeof input !== 'string') return input
  let source: ArticleSource
  try {
    source = /\.html?$/i.test(path)
      ? readHtmlSource(path, input, options)
      : readTextSource(path, input, options)
  } catch (e) {
    if (e instanceof ArticleInputError) return { ok: false, problem: e.message }
    throw e
  }
  const article = annotateArticle(source)
  const format = EXPORT_FORMATS.find((f) => f.key === options.format) ?? EXPORT_FORMATS[0]!
  const { meta } = source
  return {
    ok: true,
    content: format.write(article).content,
    summary: {
      id: meta.id,
      headline: meta.headline,
      published: meta.published,
      outlet: meta.outlet,
      speakers: article.speakers.length,
      claims: article.annotations.filter((a) => a.layer === 'claim').length,
      annotations: article.annotations.length,
      events: article.events.length,
    },
  }
}

function readText(path: string): string | FileResult {
  let buffer: Buffer
  try {
    buffer = readFileSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return { ok: false, problem: code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? 'error'})` }
  }
  if (buffer.length > MAX_FILE_BYTES)
    return { ok: false, problem: `larger than ${MAX_FILE_BYTES / 2 ** 20} MB` }
  if (buffer.includes(0)) return { ok: false, problem: 'looks binary, not text' }
  let text: string
  try {
    // Fatal decoding rejects invalid UTF-8 without mistaking a genuine U+FFFD in the text for it; the decoder
    // also drops a byte-order mark, which would otherwise hide the front matter's opening "---".
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    return { ok: false, problem: 'not valid UTF-8 text' }
  }
  if (text.trim() === '') return { ok: false, problem: 'is empty' }
  return text
}

function fileId(path: string): string {
  return slugify(basename(path, extname(path)))
}

function readTextSource(path: string, input: string, options: AnnotateOptions): ArticleSource {
  return parseArticle(input, { published: options.published, fallbackId: fileId(path) })
}

/** A saved page, read exactly as the browser's open form reads it (Readability, page metadata). */
function readHtmlSource(path: string, input: string, options: AnnotateOptions): ArticleSource {
  const draft = readArticleInput({ name: basename(path), text: input }, parseHtml)
  if (draft.text === '' && draft.problems[0]) throw new ArticleInputError(draft.problems[0])
  if (options.published !== undefined) draft.published = options.published
  const checked = draftToSource(draft)
  if (!checked.ok) {
    const problem = checked.problems[0]
    const hint =
      problem?.field === 'published' && draft.published === '' ? ' (pass --published 2022-01-11)' : ''
    throw new ArticleInputError(`${problem?.message ?? 'cannot read this page'}${hint}`)
  }
  // Like a plain-text file, the page's article is named after its file.
  return { ...checked.source, meta: { ...checked.source.meta, id: fileId(path) } }
}
