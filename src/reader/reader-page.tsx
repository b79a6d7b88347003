import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { articleQuery } from '../data/article-queries.ts'
import { buildReaderModel } from '../layout/reader-model.ts'
import { ErrorPanel, Loading } from './status.tsx'
import { Reader } from './reader.tsx'

export function ReaderPage({ articleId }: { articleId: string }) {
  const query = useQuery(articleQuery(articleId))
  const headline = query.data?.article.headline
  useEffect(() => {
    document.title = headline ? `${headline} · Marginalia` : 'Marginalia'
  }, [headline])
  const model = useMemo(() => (query.data ? buildReaderModel(query.data) : null), [query.data])

  if (query.isPending) return <Loading what="the article" />
  if (query.isError || !model)
    return <ErrorPanel error={query.error ?? new Error('No article')} onRetry={() => void query.refetch()} />
  return <Reader key={model.article.article.id} model={model} />
}
