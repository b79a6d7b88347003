import { useMemo } from 'react'
import { type OpenedArticle } from '../data/local-article-queries.ts'
import { toSavedFile } from '../share/saved-file.ts'
import { encodeArticleFragment } from '../share/article-link.ts'
import { ArticleReader } from '../reader/reader-page.tsx'
import { downloadFile } from '../reader/toolbar/download-file.ts'
import { ArticleInLinkContext, type ArticleInLink } from '../reader/toolbar/share-button.tsx'
import { currentPath } from '../reader/ui/use-location.ts'
import { StorageNotice } from './storage-notice.tsx'

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
