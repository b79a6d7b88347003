import { createStore, delMany, get, set, update, type UseStore } from 'idb-keyval'
import * as z from 'zod/mini'
import { SCHEMA_VERSION, type AnnotatedArticle } from '../model/annotated-article.ts'
import type { ArticleSource } from '../model/article.ts'
import { InvalidDataError, NotFoundError } from './fetch-json.ts'
import { planStorage, type StoredSummary } from './storage-plan.ts'

/**
 * The articles this browser has opened, kept in IndexedDB (idb-keyval): one entry per article (its source, so a
 * link can be made again, and its annotations, so it opens without analysing again) and one list of summaries
 * for the library. Works on the main thread and in the analysis worker, which stores what it has analysed.
 */
export interface StoredArticle {
  source: ArticleSource
  article: AnnotatedArticle
}

/** What happened to an article we tried to keep: kept (maybe dropping older ones), or why it was not. */
export type KeepResult = { kept: true; dropped: StoredSummary[] } | { kept: false; reason: string }

/** The subset of idb-keyval the library uses; tests pass an in-memory one. */
export interface KeyValue {
  get: (key: string) => Promise<unknown>
  set: (key: string, value: unknown) => Promise<void>
  update: (key: string, fn: (old: unknown) => unknown) => Promise<void>
  delMany: (keys: string[]) => Promise<void>
}

const LIST = 'library'
const articleKey = (id: string) => `article:${id}`
let idbStore: UseStore | undefined

/** The IndexedDB database "marginalia", object store "articles" — opened on first use, not at import. */
export function indexedDbStore(): KeyValue {
  idbStore ??= createStore('marginalia', 'articles')
  const store = idbStore
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    update: (key, fn) => update(key, fn, store),
    delMany: (keys) => delMany(keys, store),
  }
}

const SummarySchema = z.object({
  id: z.string(),
  headline: z.string(),
  outlet: z.string(),
  published: z.string(),
  claims: z.number(),
  speakers: z.number(),
  openedAt: z.number(),
  size: z.number(),
})
const ListSchema = z.array(SummarySchema)

/** The summary the library lists; `size` is the entry's length as JSON (measure it off the main thread). */
export function summarize(entry: StoredArticle, openedAt: number, size: number): StoredSummary {
  const { article } = entry
  return {
    id: article.article.id,
    headline: article.article.headline,
    outlet: article.article.outlet,
    published: article.article.published,
    claims: article.annotations.filter((a) => a.layer === 'claim').length,
    speakers: article.speakers.length,
    openedAt,
    size,
  }
}

/** The opened articles, newest first. */
export async function listStoredArticles(kv?: KeyValue): Promise<StoredSummary[]> {
  // No IndexedDB at all (an old browser, a test environment): nothing was ever kept.
  if (!kv && typeof indexedDB === 'undefined') return []
  const parsed = ListSchema.safeParse((await (kv ?? indexedDbStore()).get(LIST)) ?? [])
  if (!parsed.success)
    throw new InvalidDataError(
      'The list of articles opened in this browser is damaged; delete them all to reset it.',
    )
  return [...parsed.data].sort((a, b) => b.openedAt - a.openedAt)
}

/**
 * Keeps an article. The entry is written before anything is dropped, so a full disk loses nothing that was
 * there; only then are the oldest articles over the cap (storage-plan.ts) removed, and named in the result.
 */
export async function keepArticle(
  summary: StoredSummary,
  entry: StoredArticle,
  kv: KeyValue = indexedDbStore(),
): Promise<KeepResult> {
  try {
    const first = planStorage(await listStoredArticles(kv), summary)
    if (!first.fits) return { kept: false, reason: first.reason }
    await kv.set(articleKey(summary.id), entry)
    let dropped: StoredSummary[] = []
    // Planned again inside the transaction, so another tab keeping an article at the same time is not lost.
    await kv.update(LIST, (old) => {
      const parsed = ListSchema.safeParse(old ?? [])
      const plan = planStorage(parsed.success ? parsed.data : [], summary)
      if (!plan.fits) return old
      dropped = plan.drop
      return plan.keep
    })
    if (dropped.length > 0) await kv.delMany(dropped.map((s) => articleKey(s.id)))
    return { kept: true, dropped }
  } catch (e) {
    return { kept: false, reason: explainStorageError(e) }
  }
}

/** A stored article, checked cheaply (it was validated before it was written, by this app). */
export async function readStoredArticle(id: string, kv: KeyValue = indexedDbStore()): Promise<StoredArticle> {
  let value: unknown
  try {
    value = await kv.get(articleKey(id))
  } catch (e) {
    throw new InvalidDataError(
      `Could not read the article from this browser’s storage: ${explainStorageError(e)}`,
    )
  }
  if (value === undefined)
    throw new NotFoundError(
      'This article is not in this browser’s library: it was opened in another browser, or deleted here. A link made with “Copy link” carries the article itself.',
    )
  const entry = value as Partial<StoredArticle>
  if (entry.article?.schemaVersion !== SCHEMA_VERSION || entry.article.article.id !== id || !entry.source)
    throw new InvalidDataError(
      'This stored article was written by another version of Marginalia; open it again.',
    )
  return entry as StoredArticle
}

/** Deletes one opened article, or all of them. */
export async function forgetArticles(
  ids: readonly string[] | 'all',
  kv: KeyValue = indexedDbStore(),
): Promise<void> {
  const list = await listStoredArticles(kv).catch(() => [])
  const gone = ids === 'all' ? list.map((s) => s.id) : [...ids]
  await kv.update(LIST, (old) => {
    const parsed = ListSchema.safeParse(old ?? [])
    return ids === 'all' || !parsed.success ? [] : parsed.data.filter((s) => !gone.includes(s.id))
  })
  await kv.delMany(gone.map(articleKey))
}

/** A sentence for why the browser would not store something. */
export function explainStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  if (name === 'QuotaExceededError')
    return 'This browser has no room left to keep it (its storage quota is full). Delete articles from the library, or save this one as a file.'
  return `This browser would not keep it (${name || 'storage unavailable'}, as in some private windows). Save it as a file to keep it.`
}
