import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Link } from './link.tsx'
import { formatRoute } from '../../state/routes.ts'

interface Props {
  /** What failed, as a reader would name it: "the article", "the timeline". */
  what: string
  children: ReactNode
  /** A whole page (a heading and a way back to the library) rather than a panel inside the reader. */
  page?: boolean
}

interface State {
  error: Error | null
}

/**
 * Keeps a failure in one region from blanking the page: the region says what failed and offers to try again,
 * while the header, the article or the other panels stay usable. React needs a class for this.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept for whoever opens the console; the reader sees the message below.
    console.error(`Marginalia could not show ${this.props.what}`, error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    const { what, page } = this.props
    return (
      <div role="alert" className={page ? 'mx-auto max-w-[68ch] px-5 py-16' : 'region-error'}>
        {page ? (
          <h1 className="font-serif text-2xl font-semibold text-ink">Something went wrong</h1>
        ) : (
          <h2 className="text-base font-semibold text-ink">Could not show {what}</h2>
        )}
        {/* Plain text: React escapes it, so nothing from a file or a link can run. */}
        <p className="mt-2 text-ink">
          {page ? `Could not show ${what}: ` : ''}
          {error.message}
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="button" className="btn btn-small" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <Link href={formatRoute({ page: 'library' })} className="btn btn-small">
            Back to all articles
          </Link>
        </div>
      </div>
    )
  }
}
