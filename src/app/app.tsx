import { HomePage } from '../reader/home-page.tsx'
import { ReaderPage } from '../reader/reader-page.tsx'
import { SiteHeader } from '../reader/site-header.tsx'
import { ErrorPanel } from '../reader/status.tsx'
import { useLocation } from '../reader/use-location.ts'
import { NotFoundError } from '../data/fetch-json.ts'

const READ = /^\/read\/([^/?#]*)/

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

export function App() {
  const location = useLocation()
  const path = location.split('?')[0] ?? '/'
  const read = READ.exec(path)
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to article
      </a>
      <SiteHeader />
      {path === '/' || path === '' ? (
        <HomePage />
      ) : read ? (
        <ReaderPage articleId={safeDecode(read[1] ?? '')} />
      ) : (
        <ErrorPanel error={new NotFoundError(`There is no page at ${path.slice(0, 200)}.`)} />
      )}
    </>
  )
}
