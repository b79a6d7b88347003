import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { articleIndexQuery } from '../data/article-queries.ts'
import { formatPublished } from '../layout/format-date.ts'
import { Link } from './link.tsx'
import { ErrorPanel, Loading } from './status.tsx'
import { navigate } from './use-location.ts'
import { readPath } from '../state/routes.ts'

/** `/`: the list of articles; with a single article it opens that one straight away. */
export function HomePage() {
  const index = useQuery(articleIndexQuery())
  const only = index.data?.articles.length === 1 ? index.data.articles[0] : undefined
  useEffect(() => {
    if (only) navigate(readPath(only.id), { replace: true })
  }, [only])

  if (index.isPending) return <Loading what="articles" />
  if (index.isError) return <ErrorPanel error={index.error} onRetry={() => void index.refetch()} />
  if (only) return <Loading what="the article" />
  return (
    <main id="main" className="mx-auto max-w-[68ch] px-5 py-10">
      <h1 className="font-serif text-3xl font-bold text-ink">Articles</h1>
      {index.data.articles.length === 0 ? (
        <p className="mt-4 text-muted">There are no articles yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-rule">
          {index.data.articles.map((a) => (
            <li key={a.id} className="py-4">
              <Link
                href={readPath(a.id)}
                className="font-serif text-xl font-semibold text-ink hover:underline"
              >
                {a.headline}
              </Link>
              <p className="mt-1 text-sm text-muted">
                {a.outlet} · {formatPublished(a.published, null)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
