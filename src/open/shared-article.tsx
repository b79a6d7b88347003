import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { InvalidDataError } from '../data/fetch-json.ts'
import { openedArticleQuery } from '../data/local-article-queries.ts'
import { readStoredArticle } from '../data/local-articles.ts'
import { articleIdOf } from '../import/draft-to-source.ts'
import { decodeArticleFragment, type DecodedArticle } from '../share/article-link.ts'
import { ErrorPanel } from '../reader/ui/status.tsx'
import { flushHistory } from '../reader/ui/use-location.ts'
import { AnalysisProgress } from './analysis-progress.tsx'
import { OpenedReader } from './opened-reader.tsx'
import { useAnnotate } from './use-annotate.ts'

/**
 * A link that carries its article: decode the fragment (capped, validated: a damaged or hostile one runs
 * nothing), check it is the article the address names, then open it from the library if this browser has it,
 * or analyse it in the worker and keep it. The view in the query is kept throughout.
 */
export function SharedArticle({ articleId, fragment }: { articleId: string; fragment: string }) {
  const client = useQueryClient()
  const query = useQuery({ ...openedArticleQuery(articleId), enabled: false })
  const { status, start, cancel } = useAnnotate()
  const checked = useMemo(() => checkSharedArticle(fragment, articleId), [fragment, articleId])

  useEffect(() => {
    if (!checked.ok) return
    let cancelled = false
    readStoredArticle(articleId).then(
      (entry) => {
        if (!cancelled) client.setQueryData(openedArticleQuery(articleId).queryKey, { ...entry, keep: null })
      },
      () => {
        if (!cancelled)
          void start({ source: checked.source }, { query: window.location.search, replace: true })
      },
    )
    return () => {
      cancelled = true
    }
  }, [articleId, checked, client, start])

  // Once the article is in the library, the address without its (long) fragment opens it in this browser.
  const kept = query.data?.keep?.kept === true
  useEffect(() => {
    if (!kept || !window.location.hash) return
    flushHistory()
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search)
  }, [kept])

  if (!checked.ok)
    return (
      <ErrorPanel
        heading="This link could not be opened"
        error={new InvalidDataError(`${checked.problem} Nothing from it was run or kept.`)}
      />
    )
  if (query.data) return <OpenedReader opened={query.data} />
  return (
    <main id="main" className="mx-auto max-w-[68ch] px-5 py-16">
      <h1 className="font-serif text-2xl font-semibold text-ink">Opening a shared article</h1>
      <p className="mt-2 font-serif text-xl text-ink">{checked.source.meta.headline}</p>
      <p className="mt-2 text-muted">The link carries the article; it is annotated here, in your browser.</p>
      <AnalysisProgress
        status={status}
        onCancel={cancel}
        afterStop="Nothing was kept; open the link again to annotate it."
      />
    </main>
  )
}

/**
 * Decodes the fragment (capped, validated) and checks the article is the one the address names: the id is a
 * hash of headline and text, so a link whose article does not hash to its address was altered, and must not
 * overwrite the article of that id in the library.
 */
function checkSharedArticle(fragment: string, articleId: string): DecodedArticle {
  const decoded = decodeArticleFragment(fragment)
  if (!decoded.ok) return decoded
  const { meta, paragraphs } = decoded.source
  if (meta.id !== articleId || articleIdOf(meta.headline, paragraphs) !== articleId)
    return {
      ok: false,
      problem: 'This link is damaged: the article it carries is not the one its address names.',
    }
  return decoded
}
