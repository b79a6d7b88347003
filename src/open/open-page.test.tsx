import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEvent, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderAppAt } from '../app/render-app.test-support.tsx'

/** The first render waits for a lazy chunk; on a busy machine that can take seconds. */
const SLOW = { timeout: 10_000 }

describe('OpenPage', () => {
  // The page is a lazy chunk: transformed once here, so the tests' own timeouts measure the page, not Vite.
  beforeAll(() => import('./open-page.tsx'), 60_000)
  beforeEach(() => {
    localStorage.clear()
    // The library behind the header link: an empty list is enough here.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"articles":[]}', { headers: { 'Content-Type': 'application/json' } })),
    )
  })
  afterEach(() => vi.unstubAllGlobals())

  it('has the named fields, the file input and the Annotate button', async () => {
    renderAppAt('/open')
    expect(await screen.findByRole('textbox', { name: 'Article text' }, SLOW)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Headline' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Published' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Outlet' })).toBeInTheDocument()
    expect(screen.getByLabelText('Choose a file')).toHaveAttribute('type', 'file')
    expect(screen.getByRole('button', { name: 'Annotate' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Open' })).toHaveAttribute('aria-current', 'page')
  })

  it('ties each problem to its field, and focuses the first one', async () => {
    const user = userEvent.setup()
    renderAppAt('/open')
    await user.type(await screen.findByRole('textbox', { name: 'Headline' }, SLOW), 'Only a headline')
    await user.type(screen.getByRole('textbox', { name: 'Published' }), '2015-13-45')
    await user.click(screen.getByRole('button', { name: 'Annotate' }))
    const text = screen.getByRole('textbox', { name: 'Article text' })
    expect(text).toHaveAttribute('aria-invalid', 'true')
    expect(text).toHaveAccessibleDescription(/There is only a headline: paste the article's text too\./)
    expect(text).toHaveFocus()
    const published = screen.getByRole('textbox', { name: 'Published' })
    expect(published).toHaveAttribute('aria-invalid', 'true')
    expect(published).toHaveAccessibleDescription(/2015-13-45/)
    expect(screen.getByRole('textbox', { name: 'Headline' })).not.toHaveAttribute('aria-invalid')
    // Correcting a field clears its error at once.
    await user.type(published, '{Backspace}')
    expect(published).not.toHaveAttribute('aria-invalid')
  })

  it('keeps the draft over a reload', async () => {
    const user = userEvent.setup()
    const first = renderAppAt('/open')
    await user.type(await screen.findByRole('textbox', { name: 'Outlet' }, SLOW), 'The <b>Example</b> Times')
    await waitFor(() => expect(localStorage.getItem('marginalia:open-draft')).toContain('Example'))
    first.unmount()
    renderAppAt('/open')
    expect(await screen.findByRole('textbox', { name: 'Outlet' }, SLOW)).toHaveValue(
      'The <b>Example</b> Times',
    )
  })

  it('fills the fields from a paste into the empty text box, and says what it picked up', async () => {
    renderAppAt('/open')
    const text = await screen.findByRole('textbox', { name: 'Article text' }, SLOW)
    const pasted = [
      'Minister says budget will grow',
      '',
      'Published: 2024-03-01',
      '',
      'The finance minister said on Monday that the budget would grow by 3 percent next year.',
      '',
      'According to the statistics office, inflation fell to 2.1 percent in February.',
    ].join('\n')
    const paste = createEvent.paste(text, { clipboardData: { getData: () => pasted } })
    fireEvent(text, paste)
    expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveValue('Minister says budget will grow')
    expect(screen.getByRole('textbox', { name: 'Published' })).toHaveValue('2024-03-01')
    expect((text as HTMLTextAreaElement).value).toMatch(/^The finance minister said/)
    expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveAccessibleDescription(
      /Picked up from the first line/,
    )
    expect(screen.getByText(/Read what you pasted: picked up the headline/)).toBeInTheDocument()
  })

  it('picks up the headline and date of typed text when Annotate is pressed with them empty', async () => {
    renderAppAt('/open')
    const text = await screen.findByRole('textbox', { name: 'Article text' }, SLOW)
    fireEvent.change(text, {
      target: {
        value:
          'Mayor backs new bridge\n\nPublished: 2024-03-05\n\nMayor Ana Ruiz said on Monday that the bridge would open.',
      },
    })
    fireEvent.change(screen.getByRole('textbox', { name: 'Outlet' }), { target: { value: 'Riverton Post' } })
    fireEvent.click(screen.getByRole('button', { name: 'Annotate' }))
    // While the worker runs the fields step aside (a long text box is costly to lay out), keeping their values.
    const field = (name: string) => screen.getByRole('textbox', { name, hidden: true })
    expect(field('Headline')).not.toBeVisible()
    expect(field('Headline')).toHaveValue('Mayor backs new bridge')
    expect(field('Published')).toHaveValue('2024-03-05')
    expect(field('Outlet')).toHaveValue('Riverton Post')
    expect(screen.queryByText('Give the article a headline.')).toBeNull()
  })
})
