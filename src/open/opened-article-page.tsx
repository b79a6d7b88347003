import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { openedArticleQuery, type OpenedArticle } from '../data/local-article-queries.ts'
import { toSavedFile } from '../share/saved-file.ts'
import { encodeArticleFragment } from '../share/article-link.ts'
import { ArticleReader } from '../reader/reader-page.tsx'
import { downloadFile } from '../reader/download-file.ts'
import { ArticleInLinkContext, type ArticleInLink } from '../reader/share-button.tsx'
import { ErrorPanel, Loading } from '../reader/status.tsx'
import { currentPath } from '../reader/use-location.ts'
import { SharedArticle } from './shared-article.tsx'
import { StorageNotice } from './storage-notice.tsx'

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

/** The reader for an opened article: its links carry the article, and it can be saved as a file. */
export function OpenedReader({ opened }: { opened: OpenedArticle }) {
  const inLink = useMemo<ArticleInLink>(() => {
    let fragment: string | undefined
    return {
      // Compressing a long article takes a moment: done on the first link, then kept.
      fragment: () => (fragment ??= encodeArticleFragment(opened.source)),
      saveFile: () => {
        const search = currentPath().split('?')[1]
        downloadFile(toSavedFile(opened.source, opened.article, search ? `?${search}` : ''))
      },
    }
  }, [opened.source, opened.article])
  return (
    <ArticleInLinkContext value={inLink}>
      <ArticleReader
        article={opened.article}
        notice={<StorageNotice keep={opened.keep} />}
        toolbar={
          <button type="button" className="btn btn-small whitespace-nowrap" onClick={inLink.saveFile}>
            Save as file
          </button>
        }
      />
    </ArticleInLinkContext>
  )
}
