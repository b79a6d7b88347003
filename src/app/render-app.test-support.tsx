import { render } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App } from './app.tsx'
import { flushHistory } from '../reader/ui/use-location.ts'

/** Renders the whole app at `path` with a fresh query client that does not retry (component tests only). */
export function renderAppAt(path: string) {
  flushHistory()
  window.history.replaceState(null, '', path)
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  )
}
