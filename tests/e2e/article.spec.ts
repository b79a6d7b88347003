import { test, expect } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { parseArticle } from '../../src/analysis/text/parse-article.ts'
import { straightQuotes } from './helpers.ts'

const SEED_ID = 'global-times-2022-01-11-kazakhstan'
const seed = parseArticle(readFileSync(`content/articles/${SEED_ID}.md`, 'utf8'))

test('the library opens the article, with headline, deck, date, caption and every paragraph', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page.getByRole('link', { name: seed.meta.headline }).click()
  await expect(page).toHaveURL(new RegExp(`/read/${SEED_ID}$`))
  await expect(page.getByRole('heading', { level: 1, name: seed.meta.headline })).toBeVisible()
  await expect(page.getByText(seed.meta.deck ?? '')).toBeVisible()
  await expect(page.locator('article time')).toHaveText('Tuesday 11 January 2022, 01:15 Beijing time')
  await expect(page.locator('figcaption')).toHaveCount(1)
  // The page shows the source's straight quotes curled (one for one): compared straightened.
  expect(straightQuotes((await page.locator('figcaption').textContent())!)).toContain(
    seed.meta.photo?.caption,
  )
  await expect(page.locator('figcaption')).toContainText('Photo: VCG')
  const paragraphs = page.locator('.article-body p')
  await expect(paragraphs).toHaveCount(seed.paragraphs.length)
  expect((await paragraphs.allTextContents()).map(straightQuotes)).toEqual(seed.paragraphs)
  await expect(page).toHaveTitle(`${seed.meta.headline} · Marginalia`)
})

test('an article id is matched whatever its case', async ({ page }) => {
  await page.goto(`/read/${SEED_ID.toUpperCase()}`)
  await expect(page.getByRole('heading', { level: 1, name: seed.meta.headline })).toBeVisible({
    timeout: 20_000,
  })
})

test('an unknown article id shows a clear not-found message with a way back', async ({ page }) => {
  await page.goto('/read/no-such-article')
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await alert.getByRole('link', { name: 'Back to all articles' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await expect(page.getByRole('link', { name: seed.meta.headline })).toBeVisible()
})

// The shipped article's page is pre-rendered with its data inline: the tests of a fetched file open an article that
// is not shipped, which the host answers with the app shell and the client fetches.
const FETCHED_ID = 'fetched-article'

test('a broken article file shows an error, not a blank page', async ({ page }) => {
  await page.route(`**/articles/${FETCHED_ID}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "text": ' }),
  )
  await page.goto(`/read/${FETCHED_ID}`)
  await expect(page.getByRole('alert')).toContainText('The article')
  await expect(page.getByRole('alert')).toContainText('damaged')
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
})

test('an article file that fails the schema names the problem', async ({ page }) => {
  await page.route(`**/articles/${FETCHED_ID}.json`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ schemaVersion: 1 }),
    }),
  )
  await page.goto(`/read/${FETCHED_ID}`)
  await expect(page.getByRole('alert')).toContainText('damaged')
})

test('a failed request names what failed and a retry recovers', async ({ page }) => {
  const file = (await (await page.request.get(`/articles/${SEED_ID}.json`)).json()) as {
    article: { id: string }
  }
  file.article.id = FETCHED_ID
  let failures = 0
  await page.route(`**/articles/${FETCHED_ID}.json`, async (route) => {
    if (failures < 3) {
      failures++
      await route.fulfill({ status: 503, body: 'unavailable' })
    } else await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(file) })
  })
  await page.goto(`/read/${FETCHED_ID}`)
  // Network failures are retried twice with react-query's backoff (1 s, then 2 s) before the message shows.
  await expect(page.getByRole('alert')).toContainText('the server answered 503', { timeout: 15_000 })
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1, name: seed.meta.headline })).toBeVisible()
})

test('an unknown path shows a message, and hostile text from the URL is shown as text', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (d) => {
    dialogs++
    void d.dismiss()
  })
  await page.goto('/read/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')
  await expect(page.getByRole('alert')).toContainText('<img src=x onerror=alert(1)>')
  expect(dialogs).toBe(0)
  expect(await page.locator('img').count()).toBe(0)
})
