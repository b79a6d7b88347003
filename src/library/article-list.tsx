import type { ReactNode } from 'react'
import { formatDate } from '../layout/format-date.ts'
import { Link } from '../reader/ui/link.tsx'
import { readPath } from '../state/routes.ts'

export interface LibraryEntry {
  id: string
  headline: string
  outlet: string
  published: string
  claims?: number | undefined
  speakers?: number | undefined
}

/** One list of articles: headline (a link to the reader), outlet, day, counts; `actions` adds per-item buttons. */
export function ArticleList<Entry extends LibraryEntry>({
  entries,
  actions,
  detail,
}: {
  entries: readonly Entry[]
  actions?: (entry: Entry) => ReactNode
  detail?: (entry: Entry) => string
}) {
  return (
    <ul className="mt-3 divide-y divide-rule border-y border-rule">
      {entries.map((entry) => (
        <li key={entry.id} className="flex items-start gap-3 py-4">
          <div className="min-w-0 flex-1">
            <Link
              href={readPath(entry.id)}
              className="font-serif text-xl leading-snug font-semibold break-words text-ink hover:underline"
            >
              {entry.headline}
            </Link>
            <p className="mt-1 text-sm break-words text-muted">{describe(entry, detail?.(entry))}</p>
          </div>
          {actions?.(entry)}
        </li>
      ))}
    </ul>
  )
}

function describe(entry: LibraryEntry, detail: string | undefined): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(entry.published)?.[0]
  const parts = [entry.outlet, day ? formatDate(day) : entry.published]
  if (entry.claims !== undefined) parts.push(count(entry.claims, 'claim'))
  if (entry.speakers !== undefined) parts.push(count(entry.speakers, 'speaker'))
  if (detail) parts.push(detail)
  return parts.filter(Boolean).join(' · ')
}

const count = (n: number, noun: string) => `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`
