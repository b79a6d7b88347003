import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderAppAt } from '../app/render-app.test-support.tsx'
import type { StoredSummary } from '../data/storage-plan.ts'

const stored: StoredSummary[] = []
const forget = vi.fn(async (ids: readonly string[] | 'all') => {
  const gone = ids === 'all' ? stored.map((s) => s.id) : ids
  stored.splice(0, stored.length, ...stored.filter((s) => !gone.includes(s.id)))
})
vi.mock('../data/local-articles.ts', async (original) => ({
  ...(await original<typeof import('../data/local-articles.ts')>()),
  listStoredArticles: async () => [...stored].sort((a, b) => b.openedAt - a.openedAt),
  forgetArticles: (ids: readonly string[] | 'all') => forget(ids),
}))

const summary = (id: string, headline: string, openedAt: number): StoredSummary => ({
  id,
  headline,
  outlet: 'The Example Times',
  published: '2015-03-18',
  claims: 4,
  speakers: 1,
  openedAt,
  size: 1000,
})
const shipped = {
  id: 'shipped-story',
  headline: 'A shipped story',
  deck: null,
  published: '2022-01-11T01:15:00+08:00',
  outlet: 'Global Times',
  claims: 35,
  speakers: 12,
}

/** The first render waits for a lazy chunk; on a busy machine that can take seconds. */
const SLOW = { timeout: 10_000 }

describe('LibraryPage', () => {
  // The page is a lazy chunk: transformed once here, so the tests' own timeouts measure the page, not Vite.
  beforeAll(() => import('./library-page.tsx'), 60_000)
  beforeEach(() => {
    stored.splice(
      0,
      stored.length,
      summary('local-a1', 'Older story', 1),
      summary('local-b2', 'Newer story', 2),
    )
    forget.mockClear()
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ articles: [shipped] }), {
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    )
  })
  afterEach(() => vi.unstubAllGlobals())

  it('lists opened articles newest first, with counts, beside the shipped ones', async () => {
    renderAppAt('/')
    const opened = await screen.findByRole('region', { name: 'Opened in this browser' }, SLOW)
    const links = within(opened).getAllByRole('link')
    expect(links.map((l) => l.textContent)).toEqual(['Newer story', 'Older story'])
    expect(links[0]).toHaveAttribute('href', '/read/local-b2')
    expect(
      within(opened).getAllByText(/The Example Times · Wednesday 18 March 2015 · 4 claims · 1 speaker/),
    ).toHaveLength(2)
    const fromUs = screen.getByRole('region', { name: 'From Marginalia' })
    expect(
      await within(fromUs).findByText(/Global Times · Tuesday 11 January 2022 · 35 claims · 12 speakers/),
    ).toBeInTheDocument()
  })

  it('deletes one article only after confirmation', async () => {
    const user = userEvent.setup()
    renderAppAt('/')
    await user.click(await screen.findByRole('button', { name: 'Delete “Older story”' }, SLOW))
    const dialog = screen.getByRole('dialog')
    expect(dialog).toHaveTextContent('Delete “Older story” from this browser? This cannot be undone.')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(forget).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Delete “Older story”' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }))
    expect(forget).toHaveBeenCalledWith(['local-a1'])
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Older story' })).not.toBeInTheDocument())
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Older story”.')
  })

  it('deletes all opened articles after confirmation, keeping the shipped ones', async () => {
    const user = userEvent.setup()
    renderAppAt('/')
    await user.click(await screen.findByRole('button', { name: 'Delete all' }, SLOW))
    expect(screen.getByRole('dialog')).toHaveTextContent('Delete all 2 articles opened in this browser?')
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }))
    expect(forget).toHaveBeenCalledWith('all')
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Opened in this browser' })).not.toBeInTheDocument(),
    )
    expect(screen.getByRole('link', { name: 'A shipped story' })).toBeInTheDocument()
  })
})
