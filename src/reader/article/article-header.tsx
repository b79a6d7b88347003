import type { ArticleMeta } from '../../model/article.ts'
import { formatPublished } from '../../layout/format-date.ts'
import { curlQuotes } from '../../layout/curl-quotes.ts'

export function ArticleHeader({ meta }: { meta: ArticleMeta }) {
  return (
    <header className="mb-8">
      <p className="font-sans text-sm font-semibold uppercase tracking-[0.12em] text-accent">
        {meta.url ? (
          <a href={meta.url} rel="noreferrer noopener">
            {meta.outlet}
          </a>
        ) : (
          meta.outlet
        )}
      </p>
      <h1 className="mt-3 font-serif text-[2rem] leading-tight font-bold text-balance text-ink sm:text-[2.6rem]">
        {curlQuotes(meta.headline)}
      </h1>
      {meta.deck && (
        <p className="mt-3 font-serif text-xl leading-snug text-pretty text-muted">{curlQuotes(meta.deck)}</p>
      )}
      <p className="mt-4 font-sans text-sm text-muted">
        <time dateTime={meta.published}>{formatPublished(meta.published, meta.zone)}</time>
      </p>
    </header>
  )
}
