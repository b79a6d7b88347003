import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react'
import { articleQuery } from '../data/article-queries.ts'
import { buildReaderModel } from '../layout/reader-model.ts'
import type { AnnotatedArticle } from '../model/annotated-article.ts'
import { isLocalArticleId } from '../model/article.ts'
import { ErrorPanel, Loading } from './ui/status.tsx'
import { Reader } from './reader.tsx'

// An article opened in this browser (store, shared link, share and save controls) loads its own chunk.
const OpenedArticlePage = lazy(() =>
  import('../open/opened-article-page.tsx').then((m) => ({ default: m.OpenedArticlePage })),
)

// The export menu and its writers load after the article shows.
const ExportMenu = lazy(() => import('./toolbar/export-menu.tsx').then((m) => ({ default: m.ExportMenu })))

/** `/read/<id>`: a shipped article from its JSON file, or one opened in this browser. */
export function ReaderPage({ articleId }: { articleId: string }) {
  return isLocalArticleId(articleId) ? (
    <OpenedArticlePage key={articleId} articleId={articleId} />
  ) : (
    <ShippedArticlePage articleId={articleId} />
  )
}

function ShippedArticlePage({ articleId }: { articleId: string }) {
  const query = useQuery(articleQuery(articleId))
  if (query.isPending) return <Loading what="the article" />
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
  return <ArticleReader article={query.data} />
}

/** The reader for a loaded article, with the page title; `toolbar` adds controls to the reader's toolbar. */
export function ArticleReader({
  article,
  notice,
  toolbar,
}: {
  article: AnnotatedArticle
  notice?: ReactNode
  toolbar?: ReactNode
}) {
  const headline = article.article.headline
  useEffect(() => {
    document.title = `${headline} · Marginalia`
    return () => {
      document.title = 'Marginalia'
    }
  }, [headline])
  const model = useMemo(() => buildReaderModel(article), [article])
  return (
    <Reader
      key={model.article.article.id}
      model={model}
      notice={notice}
      toolbar={
        <>
          {toolbar}
          <Suspense fallback={null}>
            <ExportMenu article={article} />
          </Suspense>
        </>
      }
    />
  )
}
