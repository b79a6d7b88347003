import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { articleQuery } from '../data/article-queries.ts'
import { ArticleBody, PhotoCaption } from './article-body.tsx'
import { ArticleHeader } from './article-header.tsx'
import { ErrorPanel, Loading } from './status.tsx'

export function ReaderPage({ articleId }: { articleId: string }) {
  const query = useQuery(articleQuery(articleId))
  const headline = query.data?.article.headline
  useEffect(() => {
    document.title = headline ? `${headline} · Marginalia` : 'Marginalia'
  }, [headline])

  if (query.isPending) return <Loading what="the article" />
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
  const article = query.data
  return (
    <div className="reader-grid mx-auto max-w-7xl px-5 sm:px-6">
      <main id="main" className="min-w-0 py-8 sm:py-12">
        <article className="mx-auto max-w-[68ch]" lang="en">
          <ArticleHeader meta={article.article} />
          <PhotoCaption article={article} />
          <ArticleBody article={article} />
        </article>
      </main>
    </div>
  )
}
