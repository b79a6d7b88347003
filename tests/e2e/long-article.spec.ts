import { test, expect, type Page } from '@playwright/test'
import { repeatArticle } from '../../cli/bench/long-article.ts'
import type { AnnotatedArticle } from '../../src/model/annotated-article.ts'
import { SEED_ID, straightQuotes } from './helpers.ts'

// A long article renders its first screen first and the rest in idle slices (issue 11, item 5). These tests open
// the seed article repeated, served from a route as an article the app fetches (a long article is not
// pre-rendered), and check what a reader relies on while, and once, the rest arrives. No timings are asserted.

const LONG_ID = 'e2e-long'

async function serveLong(page: Page, copies: number): Promise<AnnotatedArticle> {
  const response = await page.request.get(`/articles/${SEED_ID}.json`)
  const long = repeatArticle((await response.json()) as AnnotatedArticle, copies, LONG_ID)
  await page.route(`**/articles/${LONG_ID}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(long) }),
  )
  return long
}

const inOrder = (article: AnnotatedArticle) =>
  [...article.annotations].sort((a, b) => a.start - b.start || b.end - a.end)

const arrived = (page: Page) =>
  expect(page.locator('.article-body .article-chunk[data-pending]')).toHaveCount(0, { timeout: 60_000 })

test('a link focusing a highlight deep in a long article lands on it, and it stays put as the rest arrives', async ({
  page,
}) => {
  const long = await serveLong(page, 30)
  const target = inOrder(long)[Math.floor(long.annotations.length * 0.8)]!
  await page.goto(`/read/${LONG_ID}?focus=${target.id}`)
  const mark = page.locator(`mark[data-annotation-id="${target.id}"]`).first()
  await expect(mark).toBeFocused({ timeout: 30_000 })
  await expect(mark).toBeInViewport()
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  // Let the scroll to the focus settle (it scrolls again two frames later and after the fonts).
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
  )
  const before = await mark.evaluate((m) => m.getBoundingClientRect().top)
  await arrived(page)
  const after = await mark.evaluate((m) => m.getBoundingClientRect().top)
  expect(Math.abs(after - before), 'the focused highlight did not move when the rest arrived').toBeLessThan(2)
  await expect(mark).toBeFocused()
})

test('j and k reach every highlight of a long article, those not yet rendered included', async ({ page }) => {
  const long = await serveLong(page, 4)
  const sources = inOrder(long).filter((a) => a.layer === 'source')
  expect(sources.length).toBeGreaterThan(6)
  await page.goto(`/read/${LONG_ID}?layers=source`)
  await expect(page.locator('article mark.hl').first()).toBeAttached({ timeout: 30_000 })
  const focusedId = () =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.annotationId ?? null)
  // k from nothing focused wraps to the last highlight, at the end of the article: rendered on demand.
  await page.locator('main').focus()
  await page.keyboard.press('k')
  await expect.poll(focusedId).toBe(sources.at(-1)!.id)
  for (const source of sources) {
    await page.keyboard.press('j')
    await expect.poll(focusedId).toBe(source.id)
    await expect(page.locator(`mark[data-annotation-id="${source.id}"]`).first()).toBeInViewport()
  }
})

test('once a long article has arrived, all its text and highlights are in the page for find-in-page', async ({
  page,
}) => {
  const long = await serveLong(page, 30)
  await page.goto(`/read/${LONG_ID}`)
  await expect(page.locator('article mark.hl').first()).toBeAttached({ timeout: 30_000 })
  const firstTop = await page
    .locator('.article-body p')
    .first()
    .evaluate((p) => p.getBoundingClientRect().top)
  await arrived(page)
  expect(
    await page
      .locator('.article-body p')
      .first()
      .evaluate((p) => p.getBoundingClientRect().top),
  ).toBe(firstTop)
  const body = long.paragraphs.filter((p) => p.kind === 'body')
  await expect(page.locator('.article-body p')).toHaveCount(body.length)
  const last = body.at(-1)!
  const lastText = long.text.slice(last.start, last.end)
  expect(straightQuotes((await page.locator('.article-body p').last().textContent()) ?? '')).toBe(
    straightQuotes(lastText),
  )
  // Chromium's window.find searches the page as find-in-page does, off-screen chunks included.
  const phrase = (await page.locator('.article-body p').last().textContent())?.slice(0, 40) ?? ''
  expect(
    await page.evaluate((text) => (window as unknown as { find(s: string): boolean }).find(text), phrase),
  ).toBe(true)
  const pieces = await page
    .locator('article mark[data-annotation-id]')
    .evaluateAll((marks) => new Set(marks.map((m) => (m as HTMLElement).dataset.annotationId)).size)
  expect(pieces).toBe(long.annotations.length)
})
