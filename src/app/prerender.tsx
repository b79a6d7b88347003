// The server-side entry: renders a page of the app to HTML at build time (cli/prerender.ts), with the data it needs
// already in the query cache, so the article is in the HTML and the client hydrates it without fetching first.
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App } from './app.tsx'
import { setPrerenderedPath } from '../reader/ui/use-location.ts'
import type { PrerenderedData } from './prerendered-data.ts'
import {
  articleIndexQuery,
  articleQuery,
  parseAnnotatedArticle,
  parseIndex,
} from '../data/article-queries.ts'

/**
 * The data a page is rendered with: the article list, and for a reader page its article, each checked exactly as
 * the client checks a fetched file, so the cache holds the same values either way.
 */
export function pageData(path: string, index: unknown, article?: unknown): PrerenderedData {
  const queries: PrerenderedData['queries'] = [{ key: articleIndexQuery().queryKey, data: parseIndex(index) }]
  if (article !== undefined) {
    const parsed = parseAnnotatedArticle(article)
    queries.push({ key: articleQuery(parsed.article.id).queryKey, data: parsed })
  }
  return { path, queries }
}

/** The HTML inside #root for `data.path`, every lazy part and Suspense boundary resolved. */
export async function renderPage(data: PrerenderedData): Promise<string> {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } })
  for (const { key, data: value } of data.queries) client.setQueryData(key, value)
  setPrerenderedPath(data.path)
  const errors: unknown[] = []
  const { prelude } = await prerender(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
    {
      // React would leave a failing part to the client; a build must not ship a page that renders only there.
      onError: (error) => void errors.push(error),
      // Every Suspense boundary in place (`<!--$-->…`), never moved to the end of the page with an inline script
      // to put it back: the page's CSP runs no inline script, and without JavaScript the text must be where it is
      // read. The boundaries (one per chunk of the article) only let the client hydrate the chunks apart.
      progressiveChunkSize: Number.MAX_SAFE_INTEGER,
    },
  )
  if (errors.length > 0) throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]))
  const chunks: string[] = []
  const decoder = new TextDecoder()
  for await (const chunk of prelude as unknown as AsyncIterable<Uint8Array>)
    chunks.push(decoder.decode(chunk, { stream: true }))
  return chunks.join('') + decoder.decode()
}
