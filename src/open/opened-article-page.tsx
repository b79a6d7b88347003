import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { openedArticleQuery } from '../data/local-article-queries.ts'
import { ErrorPanel, Loading } from '../reader/ui/status.tsx'
import { SharedArticle } from './shared-article.tsx'
import { OpenedReader } from './opened-reader.tsx'

/**
 * `/read/local-<hash>`: an article opened in this browser. With a fragment (`#…`), the link carries the article
 * itself: it is decoded, analysed and kept (SharedArticle); without, it is read from the library (IndexedDB).
 */
export function OpenedArticlePage({ articleId }: { articleId: string }) {
  // Read once: the address bar's fragment is dropped when the view changes, the article is then in the library.
  const [fragment] = useState(() => window.location.hash.slice(1))
  if (fragment) return <SharedArticle articleId={articleId} fragment={fragment} />
  return <StoredArticle articleId={articleId} />
}

function StoredArticle({ articleId }: { articleId: string }) {
  const query = useQuery(openedArticleQuery(articleId))
  if (query.isPending) return <Loading what="the article" />
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
  return <OpenedReader opened={query.data} />
}
