import { describe, it, expect, vi, afterEach } from 'vitest'
import { render, screen, fireEvent } from '@testing-library/react'
import { useState } from 'react'
import { smallArticle } from '../../layout/fixtures/small-article.ts'
import type { Annotation } from '../../model/annotated-article.ts'
import { renderAppAt } from '../../app/render-app.test-support.tsx'
import { ErrorBoundary } from './error-boundary.tsx'

let explode = true
function Fragile() {
  if (explode) throw new Error('the events are not in order')
  return <p>Timeline back</p>
}

function Page() {
  const [count, setCount] = useState(0)
  return (
    <>
      <button type="button" onClick={() => setCount(count + 1)}>
        Still works {count}
      </button>
      <ErrorBoundary what="the timeline">
        <Fragile />
      </ErrorBoundary>
    </>
  )
}

describe('ErrorBoundary', () => {
  afterEach(() => vi.restoreAllMocks())

  it('keeps a failing region to itself: it says what failed, the rest of the page works, and it can retry', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    explode = true
    render(<Page />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Could not show the timeline')
    expect(alert).toHaveTextContent('the events are not in order')
    fireEvent.click(screen.getByRole('button', { name: 'Still works 0' }))
    expect(screen.getByRole('button', { name: 'Still works 1' })).toBeInTheDocument()
    explode = false
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Timeline back')).toBeInTheDocument()
  })
})

describe('A damaged article file (regression: 3,000 nested spans blanked the whole app)', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('is refused with a message naming the problem, under the site header', async () => {
    const n = 3_000
    const text = 'x'.repeat(2 * n)
    const nested: Annotation[] = Array.from({ length: n }, (_, i) => ({
      id: `nu-${i}`,
      layer: 'number',
      start: i,
      end: 2 * n - i,
      rule: 'test',
      value: 1,
      unit: null,
      hedge: null,
    }))
    const damaged = {
      ...smallArticle,
      text,
      paragraphs: [{ kind: 'body', start: 0, end: text.length }],
      photo: null,
      annotations: nested,
      events: [],
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(damaged), { headers: { 'Content-Type': 'application/json' } }),
      ),
    )
    renderAppAt(`/read/${smallArticle.article.id}`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('3000 annotations cover offset')
    expect(screen.getByRole('banner')).toBeInTheDocument()
  })
})
