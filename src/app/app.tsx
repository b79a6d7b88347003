import { HomePage } from '../reader/home-page.tsx'
import { ReaderPage } from '../reader/reader-page.tsx'
import { SiteHeader } from '../reader/site-header.tsx'
import { ErrorPanel } from '../reader/status.tsx'
import { useLocation } from '../reader/use-location.ts'
import { NotFoundError } from '../data/fetch-json.ts'
import { parseRoute } from '../state/routes.ts'

export function App() {
  const route = parseRoute(useLocation())
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to article
      </a>
      <SiteHeader />
      {route.page === 'read' ? (
        <ReaderPage articleId={route.articleId} />
      ) : route.page === 'not-found' ? (
        <ErrorPanel heading="Page not found" error={new NotFoundError(route.problem)} />
      ) : (
        <HomePage />
      )}
    </>
  )
}
