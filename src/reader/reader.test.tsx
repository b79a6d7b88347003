import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest'
import { screen, fireEvent, within, act, waitFor } from '@testing-library/react'
import { smallArticle } from '../layout/fixtures/small-article.ts'
import { renderAppAt as renderAt } from '../app/render-app.test-support.tsx'

const ID = smallArticle.article.id

async function openReader(path = `/read/${ID}`) {
  const view = renderAt(path)
  await screen.findByRole('heading', { level: 1, name: smallArticle.article.headline })
  return view
}

const article = () => document.querySelector('article.reader-article') as HTMLElement

describe('Reader', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(smallArticle), { headers: { 'Content-Type': 'application/json' } }),
      ),
    )
  })
  afterEach(() => vi.unstubAllGlobals())

  it('renders every annotation as a mark with its layer, id and speaker', async () => {
    await openReader()
    for (const a of smallArticle.annotations) {
      const mark = article().querySelector(`mark[data-annotation-id="${a.id}"]`)
      expect(mark, a.id).not.toBeNull()
      expect(mark).toHaveAttribute('data-layer', a.layer)
    }
    expect(article().querySelector('mark[data-annotation-id="cl-ready"]')).toHaveAttribute(
      'data-speaker-id',
      'tom-ode',
    )
    // A number nested in a claim stays its own mark.
    expect(
      article().querySelector('mark[data-annotation-id="cl-bridges"] mark[data-annotation-id="nu-12"]'),
    ).not.toBeNull()
  })

  it('shows a switch per layer with a live count, and switching one off writes the URL without re-rendering marks', async () => {
    await openReader()
    const layers = screen.getByRole('region', { name: 'Annotation layers' })
    const claims = within(layers).getByRole('switch', { name: /Claims\s*3/ })
    expect(claims).toHaveAttribute('aria-checked', 'true')
    const markBefore = article().querySelector('mark[data-annotation-id="cl-ready"]')
    fireEvent.click(claims)
    expect(claims).toHaveAttribute('aria-checked', 'false')
    expect(article()).toHaveClass('hide-claim')
    await waitFor(() => expect(window.location.search).toBe('?layers=speaker,number,source,time'))
    expect(article().querySelector('mark[data-annotation-id="cl-ready"]')).toBe(markBefore)
  })

  it('toggles layers with the number keys', async () => {
    await openReader()
    fireEvent.keyDown(document, { key: '3' })
    expect(article()).toHaveClass('hide-number')
    fireEvent.keyDown(document, { key: '3' })
    expect(article()).not.toHaveClass('hide-number')
  })

  it('filters by speaker: counts, URL, and next/previous through their claims', async () => {
    await openReader()
    const panel = screen.getByRole('region', { name: 'Filter by speaker' })
    fireEvent.click(within(panel).getByRole('button', { name: /Tom Ode/ }))
    expect(within(panel).getByText('2 claims by Tom Ode')).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toBe('?speakers=tom-ode'))
    // The root keeps Tom Ode's claims: their speaker class matches the root's keep class, the others' does not.
    const keep = [...article().classList].filter((c) => c.startsWith('keep-'))
    expect(article()).toHaveClass('filtering')
    expect(keep).toHaveLength(1)
    const by = keep[0]!.replace('keep-', 'by-')
    expect(article().querySelector('mark[data-annotation-id="cl-ready"]')).toHaveClass(by)
    expect(article().querySelector('mark[data-annotation-id="cl-bridges"]')).not.toHaveClass(by)
    expect(document.querySelector('style')?.textContent).toContain(
      `.filtering:not(.${keep[0]}) mark.hl-claim.${by}`,
    )
    fireEvent.click(within(panel).getByRole('button', { name: 'Next claim ›' }))
    await waitFor(() => expect(window.location.search).toBe('?speakers=tom-ode&focus=cl-ready'))
    fireEvent.click(within(panel).getByRole('button', { name: 'Next claim ›' }))
    await waitFor(() => expect(window.location.search).toBe('?speakers=tom-ode&focus=cl-approved'))
    fireEvent.click(within(panel).getByRole('button', { name: 'Clear filter' }))
    await waitFor(() => expect(window.location.search).toBe(''))
    expect(article()).not.toHaveClass('filtering')
    expect([...article().classList].some((c) => c.startsWith('keep-'))).toBe(false)
  })

  it('filters to a speaker when their name is clicked in the text', async () => {
    await openReader()
    fireEvent.click(article().querySelector('mark[data-annotation-id="sp-ode"]')!)
    await waitFor(() => expect(window.location.search).toBe('?speakers=tom-ode'))
  })

  it('lists timeline events by day and filters them with the speaker filter', async () => {
    await openReader()
    const timeline = screen.getByRole('complementary', { name: 'Timeline' })
    expect(within(timeline).getByText('Sun 3 Mar 2024')).toBeInTheDocument()
    expect(within(timeline).getByText('Mon 4 Mar 2024')).toBeInTheDocument()
    fireEvent.click(within(timeline).getByRole('button', { name: /^Ana Ruiz says bridges will reopen/ }))
    await waitFor(() => expect(window.location.search).toBe('?focus=ti-monday'))
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Filter by speaker' })).getByRole('button', {
        name: /Tom Ode/,
      }),
    )
    expect(
      await within(timeline).findByText('No dated events involve the chosen speakers.'),
    ).toBeInTheDocument()
  })

  it('opens details for a highlight on focus and closes them with Escape', async () => {
    await openReader()
    const mark = article().querySelector<HTMLElement>('mark[data-annotation-id="nu-12"]')!
    mark.tabIndex = -1
    act(() => mark.focus())
    // The number sits inside a claim: one dialog lists both, innermost first.
    const dialog = await screen.findByRole('dialog', { name: 'Number and Claim' })
    expect(within(dialog).getByText('bridges')).toBeInTheDocument()
    fireEvent.keyDown(document, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('keeps a clicked popover open when a hover that began before the click would have opened it', async () => {
    await openReader()
    const mark = article().querySelector<HTMLElement>('mark[data-annotation-id="nu-12"]')!
    const wait = (ms: number) => act(() => new Promise((resolve) => window.setTimeout(resolve, ms)))
    fireEvent.mouseOver(mark)
    fireEvent.click(mark)
    expect(await screen.findByRole('dialog', { name: 'Number and Claim' })).toBeInTheDocument()
    await wait(400) // past the hover's opening delay
    fireEvent.mouseOut(mark, { relatedTarget: document.body })
    await wait(400) // past the closing delay of a passing popover
    expect(screen.getByRole('dialog', { name: 'Number and Claim' })).toBeInTheDocument()
  })

  it('walks highlights with j and k in document order', async () => {
    await openReader(`/read/${ID}?layers=number,time`)
    fireEvent.keyDown(document, { key: 'j' })
    await waitFor(() => expect(window.location.search).toContain('focus=ti-march'))
    fireEvent.keyDown(document, { key: 'j' })
    await waitFor(() => expect(window.location.search).toContain('focus=ti-monday'))
    fireEvent.keyDown(document, { key: 'k' })
    await waitFor(() => expect(window.location.search).toContain('focus=ti-march'))
  })

  it('restores what it can from a link and says what it could not', async () => {
    await openReader(`/read/${ID}?layers=claim,bogus&speakers=nobody,tom-ode&focus=gone`)
    expect(screen.getByText('Part of this link could not be restored')).toBeInTheDocument()
    expect(screen.getByText(/Unknown layer "bogus"/)).toBeInTheDocument()
    expect(screen.getByText(/No speaker “nobody”/)).toBeInTheDocument()
    expect(article()).toHaveClass('hide-number')
    expect(article()).not.toHaveClass('hide-claim')
    expect(screen.getByText('2 claims by Tom Ode')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText('Part of this link could not be restored')).toBeNull()
  })

  it('opens the shortcut help with ?', async () => {
    await openReader()
    fireEvent.keyDown(document, { key: '?' })
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts', hidden: true })).toBeInTheDocument()
  })
})
