import type { ReactNode } from 'react'
import { formatRoute, type Route } from '../../state/routes.ts'
import { Link } from './link.tsx'

/** The bar on every page: the name, and links to the library and the open form (marked when current). */
export function SiteHeader({ page, children }: { page?: Route['page']; children?: ReactNode }) {
  const library = formatRoute({ page: 'library' })
  const current = (which: Route['page']) => (page === which ? 'page' : undefined)
  return (
    <header className="border-b border-rule bg-paper/95 backdrop-blur supports-[backdrop-filter]:bg-paper/80">
      <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2 sm:px-6">
        <Link href={library} className="brand font-serif text-lg font-semibold tracking-tight text-ink">
          <span aria-hidden="true" className="mr-1 text-accent">
            ¶
          </span>
          Marginalia
        </Link>
        <nav aria-label="Site" className="ml-auto flex items-center gap-4 text-sm">
          <Link href={library} className="site-link" aria-current={current('library')}>
            Library
          </Link>
          <Link href={formatRoute({ page: 'open' })} className="site-link" aria-current={current('open')}>
            Open
          </Link>
        </nav>
        {children}
      </div>
    </header>
  )
}
