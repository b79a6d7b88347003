import { test, expect } from '@playwright/test'
import { parseHTML } from 'linkedom'
import { SEED_ID, highlightStyles, straightQuotes } from './helpers.ts'

interface ArticleFile {
  text: string
  article: { headline: string }
  paragraphs: { start: number; end: number; kind: string }[]
}

const normalize = (s: string) => straightQuotes(s).replace(/\s+/g, ' ').trim()

test('the pre-rendered page holds the headline and every paragraph before any script runs', async ({
  request,
}) => {
  const article = (await (await request.get(`/articles/${SEED_ID}.json`)).json()) as ArticleFile
  const response = await request.get(`/read/${SEED_ID}`)
  expect(response.status()).toBe(200)
  const { document } = parseHTML(await response.text())
  expect(normalize(document.querySelector('h1')?.textContent ?? '')).toBe(article.article.headline)
  expect(document.title).toContain(article.article.headline)
  const body = normalize(document.querySelector('main')?.textContent ?? '')
  const paragraphs = article.paragraphs.map((p) => normalize(article.text.slice(p.start, p.end)))
  let from = 0
  for (const text of paragraphs) {
    const at = body.indexOf(text, from)
    expect(at, `paragraph "${text.slice(0, 60)}…" in order`).toBeGreaterThanOrEqual(from)
    from = at + text.length
  }
  expect(document.querySelectorAll('article mark.hl[data-layer]').length).toBeGreaterThan(50)
  // The data the page needs is in it: no request has to wait for another before the article renders.
  const data = document.getElementById('prerendered-data')
  expect(data?.getAttribute('type')).toBe('application/json')
  expect(data?.textContent ?? '').toContain(article.article.headline)
})

test('the library at / is pre-rendered too', async ({ request }) => {
  const { document } = parseHTML(await (await request.get('/')).text())
  expect(document.querySelector('main')).not.toBeNull()
  expect(document.querySelector(`main a[href="/read/${SEED_ID}"]`)).not.toBeNull()
})

test('the app hydrates the pre-rendered article: no warning, no replaced node, and it responds', async ({
  page,
}) => {
  const messages: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`))
  // Counts article elements removed from the page: a hydration that gave up would render the tree again.
  await page.addInitScript(() => {
    const w = window as unknown as { __removed: number }
    w.__removed = 0
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.removedNodes)
          if (n instanceof Element && (n.matches('p, mark, h1') || n.querySelector('p, mark, h1')))
            w.__removed++
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(`/read/${SEED_ID}`)
  const claims = page.getByRole('switch', { name: /Claims/ })
  await expect(claims).toHaveAttribute('aria-checked', 'true')
  // An event handler only works once hydrated.
  await expect(async () => {
    await claims.click()
    await expect(claims).toHaveAttribute('aria-checked', 'false', { timeout: 500 })
  }).toPass()
  expect(await page.evaluate(() => (window as unknown as { __removed: number }).__removed)).toBe(0)
  expect(messages).toEqual([])
})

test('a view in the address bar is applied after hydration', async ({ page }) => {
  const messages: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') messages.push(m.text())
  })
  await page.goto(`/read/${SEED_ID}?layers=speaker,number`)
  await expect(page.getByRole('switch', { name: /Claims/ })).toHaveAttribute('aria-checked', 'false')
  await expect(page.getByRole('switch', { name: /Speakers/ })).toHaveAttribute('aria-checked', 'true')
  expect(messages).toEqual([])
})

test('with JavaScript off the article is readable, its highlights drawn by the default styles', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`/read/${SEED_ID}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('article p').first()).toBeVisible()
  const claims = await highlightStyles(page, 'article mark.hl-claim')
  expect(claims.length).toBeGreaterThan(0)
  // Claims are a quiet line under the text (tinted only on hover, focus or for chosen speakers).
  for (const style of claims) expect(style.image).not.toBe('none')
  await context.close()
})
