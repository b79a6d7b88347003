import { describe, it, expect, vi, afterEach, beforeEach } from 'vitest'
import { screen } from '@testing-library/react'
import raw from '../../content/articles/global-times-2022-01-11-kazakhstan.md?raw'
import { parseArticle } from '../analysis/text/parse-article.ts'
import { annotateArticle } from '../analysis/annotate.ts'
import { renderAppAt as renderAt } from './render-app.test-support.tsx'

const article = annotateArticle(parseArticle(raw))
const index = { articles: [{ ...article.article, deck: article.article.deck }] }

function respond(routes: Record<string, () => Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const handler = routes[new URL(url, 'http://x').pathname]
      return handler ? handler() : new Response('missing', { status: 404 })
    }),
  )
}
const json = (body: unknown) => () =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })

describe('App', () => {
  beforeEach(() =>
    respond({ '/articles/index.json': json(index), [`/articles/${article.article.id}.json`]: json(article) }),
  )
  afterEach(() => vi.unstubAllGlobals())

  it('shows the library at the root, with the article, its counts and a way to open your own', async () => {
    renderAt('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument()
    const link = await screen.findByRole('link', { name: article.article.headline })
    expect(link).toHaveAttribute('href', `/read/${article.article.id}`)
    expect(screen.getByText(/Global Times · Tuesday 11 January 2022/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Open an article' })).toHaveAttribute('href', '/open')
    expect(screen.getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page')
  })

  it('opens an article from the library, and the header leads back to it', async () => {
    renderAt('/')
    ;(await screen.findByRole('link', { name: article.article.headline })).click()
    expect(
      await screen.findByRole('heading', { level: 1, name: article.article.headline }),
    ).toBeInTheDocument()
    expect(screen.getByText('Tuesday 11 January 2022, 01:15 Beijing time')).toBeInTheDocument()
    screen.getByRole('link', { name: 'Library' }).click()
    expect(await screen.findByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument()
  })

  it('lists articles by headline when there are several', async () => {
    const second = { ...index.articles[0]!, id: 'another-story', headline: 'Another story' }
    respond({ '/articles/index.json': json({ articles: [index.articles[0], second] }) })
    renderAt('/')
    expect(await screen.findByRole('link', { name: 'Another story' })).toHaveAttribute(
      'href',
      '/read/another-story',
    )
    expect(screen.getByRole('link', { name: article.article.headline })).toBeInTheDocument()
  })

  it('says an unknown article is not found and links back home', async () => {
    renderAt('/read/nothing-here')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(/not found/)
    expect(screen.getByRole('link', { name: 'Back to all articles' })).toHaveAttribute('href', '/')
  })

  it('says a path with more after the article id is not a page, instead of showing the article', async () => {
    renderAt(`/read/${article.article.id}/anything?focus=x`)
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(
      `There is no page at "/read/${article.article.id}/anything".`,
    )
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
  })

  it('refuses a list of articles with an id that climbs out of the folder, and links nowhere', async () => {
    respond({
      '/articles/index.json': json({ articles: [{ ...index.articles[0], id: '../../../etc/passwd' }] }),
    })
    renderAt('/')
    expect(await screen.findByRole('alert')).toHaveTextContent(/articles\.0\.id: an article id is lowercase/)
    expect(document.querySelector('a[href*=".."]')).toBeNull()
  })

  it('says a damaged article file is damaged and offers a retry', async () => {
    respond({ [`/articles/${article.article.id}.json`]: () => new Response('{oops', { status: 200 }) })
    renderAt(`/read/${article.article.id}`)
    expect(await screen.findByRole('alert')).toHaveTextContent(/damaged: it is not valid JSON/)
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('reports a failed request by name after retrying', { timeout: 10_000 }, async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    )
    renderAt(`/read/${article.article.id}`)
    // Network failures are retried twice (1 s, then 2 s) before the error shows.
    expect(await screen.findByRole('alert', {}, { timeout: 6000 })).toHaveTextContent(
      /network request failed/,
    )
  })
})
