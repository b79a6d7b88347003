import type { ReactNode } from 'react'
import { Link } from './link.tsx'

export function SiteHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="border-b border-rule bg-paper/95 backdrop-blur supports-[backdrop-filter]:bg-paper/80">
      <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2 sm:px-6">
        <Link href="/" className="brand font-serif text-lg font-semibold tracking-tight text-ink">
          <span aria-hidden="true" className="mr-1 text-accent">
            ¶
          </span>
          Marginalia
        </Link>
        {children}
      </div>
    </header>
  )
}
