import { lazy, Suspense } from 'react'
import { ErrorBoundary } from '../reader/ui/error-boundary.tsx'
import { ReaderPage } from '../reader/reader-page.tsx'
import { SiteHeader } from '../reader/ui/site-header.tsx'
import { ErrorPanel, Loading } from '../reader/ui/status.tsx'
import { useLocation } from '../reader/ui/use-location.ts'
import { NotFoundError } from '../data/fetch-json.ts'
import { parseRoute } from '../state/routes.ts'

// The reader is the first load; the library and the open form come in their own chunks when visited.
const LibraryPage = lazy(() =>
  import('../library/library-page.tsx').then((m) => ({ default: m.LibraryPage })),
)
const OpenPage = lazy(() => import('../open/open-page.tsx').then((m) => ({ default: m.OpenPage })))

export function App() {
  const location = useLocation()
  const route = parseRoute(location)
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader page={route.page} />
      {/* Keyed by the address: going elsewhere clears a failure. */}
      <ErrorBoundary what="this page" page key={location.split(/[?#]/)[0]}>
        <Suspense fallback={<Loading what="the page" />}>
          {route.page === 'read' ? (
            <ReaderPage articleId={route.articleId} />
          ) : route.page === 'not-found' ? (
            <ErrorPanel heading="Page not found" error={new NotFoundError(route.problem)} />
          ) : route.page === 'open' ? (
            <OpenPage />
          ) : (
            <LibraryPage />
          )}
        </Suspense>
      </ErrorBoundary>
    </>
  )
}
