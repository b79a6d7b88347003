import { Link } from './link.tsx'
import { NotFoundError } from '../../data/fetch-json.ts'
import { formatRoute } from '../../state/routes.ts'

export function Loading({ what }: { what: string }) {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-[68ch] px-5 py-16 text-muted">
      <span className="inline-block animate-pulse">Loading {what}…</span>
    </div>
  )
}

/** A failure the reader can act on: it names what failed, offers a retry when that can help, and a way home. */
export function ErrorPanel({
  error,
  onRetry,
  heading,
}: {
  error: Error
  onRetry?: (() => void) | undefined
  /** Overrides the heading chosen from the kind of error. */
  heading?: string
}) {
  const notFound = error instanceof NotFoundError
  return (
    <div role="alert" className="mx-auto max-w-[68ch] px-5 py-16">
      <h1 className="font-serif text-2xl font-semibold text-ink">
        {heading ?? (notFound ? 'Page not found' : 'Something went wrong')}
      </h1>
      {/* The message is plain text: React escapes it, so nothing from a URL or file can run. */}
      <p className="mt-3 text-ink">{error.message}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        {onRetry && !notFound && (
          <button type="button" onClick={onRetry} className="btn btn-primary">
            Try again
          </button>
        )}
        <Link href={formatRoute({ page: 'library' })} className="btn">
          Back to all articles
        </Link>
      </div>
    </div>
  )
}
