import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import './fonts/fonts.css'
import './index.css'
import { App } from './app.tsx'
import { readPrerenderedData } from './prerendered-data.ts'
import { parseRoute } from '../state/routes.ts'
import { setPrerenderedPath } from '../reader/ui/use-location.ts'

const client = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } })
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const app = (
  <StrictMode>
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>
  </StrictMode>
)

// A pre-rendered page (cli/prerender.ts) carries its data: hydrate it with that data in the cache, as the page it was
// rendered for. A static host may serve the same file for another page (the library's for /open): render that
// one from scratch instead of hydrating markup that is not its own.
const prerendered = readPrerenderedData(document)
const samePage = (a: string, b: string) => JSON.stringify(parseRoute(a)) === JSON.stringify(parseRoute(b))
if (prerendered && samePage(prerendered.path, window.location.pathname)) {
  for (const { key, data } of prerendered.queries) client.setQueryData(key, data)
  setPrerenderedPath(prerendered.path)
  hydrateRoot(root, app)
} else {
  root.replaceChildren()
  createRoot(root).render(app)
}
