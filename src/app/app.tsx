import { ErrorBoundary } from '../reader/error-boundary.tsx'
import { HomePage } from '../reader/home-page.tsx'
import { ReaderPage } from '../reader/reader-page.tsx'
import { SiteHeader } from '../reader/site-header.tsx'
import { ErrorPanel } from '../reader/status.tsx'
import { useLocation } from '../reader/use-location.ts'
import { NotFoundError } from '../data/fetch-json.ts'
import { parseRoute } from '../state/routes.ts'

export function App() {
  const location = useLocation()
  const route = parseRoute(location)
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to article
      </a>
      <SiteHeader />
      {/* Keyed by the address: going elsewhere clears a failure. */}
      <ErrorBoundary what="this page" page key={location.split(/[?#]/)[0]}>
        {route.page === 'read' ? (
          <ReaderPage articleId={route.articleId} />
        ) : route.page === 'not-found' ? (
          <ErrorPanel heading="Page not found" error={new NotFoundError(route.problem)} />
        ) : (
          <HomePage />
        )}
      </ErrorBoundary>
    </>
  )
}
