import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { articleIndexQuery } from '../data/article-queries.ts'
import { storedArticlesQuery } from '../data/local-article-queries.ts'
import { forgetArticles } from '../data/local-articles.ts'
import type { StoredSummary } from '../data/storage-plan.ts'
import { Link } from '../reader/ui/link.tsx'
import { ErrorPanel, Loading } from '../reader/ui/status.tsx'
import { formatRoute } from '../state/routes.ts'
import { ArticleList } from './article-list.tsx'
import { ConfirmDialog } from './confirm-dialog.tsx'

const OPENED_DATE = { day: 'numeric', month: 'long', year: 'numeric' } as const

type Deleting = { what: 'one'; entry: StoredSummary } | { what: 'all'; count: number } | null

/** `/`: the articles we ship and the ones this browser has opened, newest first, and "Open an article". */
export function LibraryPage() {
  const shipped = useQuery(articleIndexQuery())
  const opened = useQuery(storedArticlesQuery())
  const client = useQueryClient()
  const [deleting, setDeleting] = useState<Deleting>(null)
  const [message, setMessage] = useState('')
  useEffect(() => {
    document.title = 'Library · Marginalia'
  }, [])

  const confirmDelete = async () => {
    if (!deleting) return
    const ids = deleting.what === 'all' ? 'all' : [deleting.entry.id]
    setDeleting(null)
    try {
      await forgetArticles(ids)
      setMessage(
        deleting.what === 'all' ? 'Deleted every opened article.' : `Deleted “${deleting.entry.headline}”.`,
      )
    } catch {
      setMessage('Could not delete: this browser’s storage did not answer. Try again.')
    }
    client.removeQueries({ queryKey: ['local', 'article'] })
    await client.invalidateQueries({ queryKey: storedArticlesQuery().queryKey })
  }

  const list = opened.data ?? []
  return (
    <main id="main" className="mx-auto max-w-[72ch] px-5 py-10">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold text-ink">Library</h1>
        <Link href={formatRoute({ page: 'open' })} className="btn btn-primary">
          Open an article
        </Link>
      </div>
      <p className="mt-3 text-muted">
        Paste a news story or drop a saved page: Marginalia annotates it here, in your browser. Nothing you
        open leaves this device unless you share its link.
      </p>
      <p role="status" aria-live="polite" className="mt-2 min-h-6 text-sm text-ink">
        {message}
      </p>

      {opened.isError ? (
        <div role="alert" className="notice mt-4">
          <p className="flex-1">{opened.error.message}</p>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setDeleting({ what: 'all', count: 0 })}
          >
            Delete all
          </button>
        </div>
      ) : (
        list.length > 0 && (
          <section aria-labelledby="opened-heading" className="mt-6">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="opened-heading" className="panel-title">
                Opened in this browser
              </h2>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => setDeleting({ what: 'all', count: list.length })}
              >
                Delete all
              </button>
            </div>
            <ArticleList
              entries={list}
              detail={(e) => `opened ${new Date(e.openedAt).toLocaleDateString('en-GB', OPENED_DATE)}`}
              actions={(e) => (
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`Delete “${e.headline}”`}
                  onClick={() => setDeleting({ what: 'one', entry: e })}
                >
                  Delete
                </button>
              )}
            />
          </section>
        )
      )}

      <section aria-labelledby="shipped-heading" className="mt-8">
        <h2 id="shipped-heading" className="panel-title">
          From Marginalia
        </h2>
        {shipped.isPending ? (
          <Loading what="articles" />
        ) : shipped.isError ? (
          <ErrorPanel error={shipped.error} onRetry={() => void shipped.refetch()} />
        ) : shipped.data.articles.length === 0 ? (
          <p className="mt-3 text-muted">There are no articles yet.</p>
        ) : (
          <ArticleList entries={shipped.data.articles} />
        )}
      </section>

      <ConfirmDialog
        question={
          deleting === null
            ? null
            : deleting.what === 'all'
              ? `Delete ${deleting.count === 0 ? 'every' : `all ${deleting.count}`} article${deleting.count === 1 ? '' : 's'} opened in this browser? This cannot be undone.`
              : `Delete “${deleting.entry.headline}” from this browser? This cannot be undone.`
        }
        confirm="Delete"
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      />
    </main>
  )
}
