import { useQuery } from '@tanstack/react-query'
import { openedArticleQuery, type OpenedArticle } from '../data/local-article-queries.ts'
import { ArticleReader } from '../reader/reader-page.tsx'
import { ErrorPanel, Loading } from '../reader/status.tsx'
import { StorageNotice } from './storage-notice.tsx'

/** `/read/local-<hash>`: an article opened in this browser, from the library (IndexedDB). */
export function OpenedArticlePage({ articleId }: { articleId: string }) {
  const query = useQuery(openedArticleQuery(articleId))
  if (query.isPending) return <Loading what="the article" />
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
  return <OpenedReader opened={query.data} />
}

function OpenedReader({ opened }: { opened: OpenedArticle }) {
  return <ArticleReader article={opened.article} notice={<StorageNotice keep={opened.keep} />} />
}
