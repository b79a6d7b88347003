import { queryOptions } from '@tanstack/react-query'
import {
  listStoredArticles,
  readStoredArticle,
  type KeepResult,
  type StoredArticle,
} from './local-articles.ts'

/** An opened article as the reader gets it: what is stored, and what happened when it was kept. */
export interface OpenedArticle extends StoredArticle {
  /** null while the worker is still writing it to the library. */
  keep: KeepResult | null
}

export const storedArticlesQuery = () =>
  queryOptions({
    queryKey: ['local', 'list'],
    queryFn: () => listStoredArticles(),
    retry: false,
  })

/** An article opened in this browser, read from IndexedDB; freshly analysed ones are put in the cache directly. */
export const openedArticleQuery = (id: string) =>
  queryOptions({
    queryKey: ['local', 'article', id],
    queryFn: async (): Promise<OpenedArticle> => ({
      ...(await readStoredArticle(id)),
      keep: { kept: true, dropped: [] },
    }),
    staleTime: Infinity,
    retry: false,
  })
