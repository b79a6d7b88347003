import { test, expect, type Page } from '@playwright/test'
import { SEED_ID, openSeed, straightQuotes } from './helpers.ts'

/** Selects characters [from, to) of the text of the `n`th body paragraph. */
async function select(page: Page, n: number, from: number, to: number | 'end-of-article') {
  const paragraph = page.locator('article .article-body p').nth(n)
  await paragraph.scrollIntoViewIfNeeded()
  await paragraph.evaluate(
    (p, { from, to }) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
      const start = walker.nextNode()!
      const range = document.createRange()
      range.setStart(start, from)
      if (to === 'end-of-article') {
        const body = p.closest('.article-body')!
        range.setEndAfter(body.lastElementChild!)
      } else range.setEnd(start, to)
      document.getSelection()!.removeAllRanges()
      document.getSelection()!.addRange(range)
    },
    { from, to },
  )
}

/** The article's text as the reader has it (paragraphs separated by blank lines). */
async function articleText(page: Page): Promise<string> {
  return page.evaluate(async (id) => {
    const article = (await (await fetch(`/articles/${id}.json`)).json()) as { text: string }
    return article.text
  }, SEED_ID)
}

test('defect 10: sharing a passage keeps whole words and confirms that the link was copied', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openSeed(page)
  const text = await page
    .locator('article .article-body p')
    .nth(3)
    .evaluate((p) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
      return walker.nextNode()!.textContent!
    })
  // From inside the second letter of a word to the middle of another.
  await select(page, 3, 1, Math.min(37, text.length - 1))
  await page.getByRole('button', { name: 'Share this passage' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link to this passage copied' })).toBeVisible()
  await expect(page).toHaveURL(/[?&]quote=/)
  const quote = new URL(page.url()).searchParams.get('quote')!
  // The link quotes the article's text; the page shows its straight quotes curled.
  const body = straightQuotes((await page.locator('article .article-body').textContent())!)
  const at = body.indexOf(quote)
  expect(at).toBeGreaterThanOrEqual(0)
  expect(body.slice(at - 1, at)).toMatch(/^$|[^\p{L}\p{N}]/u)
  expect(body.slice(at + quote.length, at + quote.length + 1)).toMatch(/^$|[^\p{L}\p{N}]/u)
  expect(quote).toMatch(/^[\p{L}\p{N}"“'‘]/u)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
})

test('defect 10: a passage longer than a link carries is offered cut at a word, with the limit said first', async ({
  page,
}) => {
  await openSeed(page)
  await select(page, 1, 0, 'end-of-article')
  const control = page.locator('.share-passage')
  await expect(control).toContainText(/A link carries 500 characters; this passage has [\d,]+/)
  const button = control.getByRole('button', { name: /^Share its first \d+ characters$/ })
  await expect(button).toBeVisible()
  await button.click()
  const quote = new URL(page.url()).searchParams.get('quote')!
  expect(quote.length).toBeLessThanOrEqual(500)
  expect(quote).toMatch(/[\p{L}\p{N}.,;:!?"”'’)]$/u)
  const text = await articleText(page)
  expect(text.indexOf(quote)).toBeGreaterThanOrEqual(0)
  const end = text.indexOf(quote) + quote.length
  expect(text.slice(end, end + 1)).toMatch(/[^\p{L}\p{N}]/u)
})

test('defect 10: a shared passage reopens as a lasting mark with a label, kept through clicks, until dismissed', async ({
  page,
}) => {
  await page.goto(`/read/${SEED_ID}?quote=After+the+storm+comes+the+rainbow`)
  await expect(page.locator('article mark.hl').first()).toBeAttached()
  const marked = () =>
    page.evaluate(() => {
      const h = CSS.highlights.get('passage')
      return h ? [...h].map((r) => (r as Range).toString()).join('') : null
    })
  await expect.poll(marked).toBe('After the storm comes the rainbow')
  const label = page.locator('.passage-label')
  await expect(label).toContainText('Shared passage')
  await expect(label).toBeInViewport()
  // A click in the text and a click on a highlight leave the passage marked.
  await page
    .locator('article .article-body p')
    .first()
    .click({ position: { x: 5, y: 5 } })
  await page.locator('article mark[data-layer="number"]').first().click()
  expect(await marked()).toBe('After the storm comes the rainbow')
  await expect(label).toBeVisible()
  await label.getByRole('button', { name: 'Dismiss the shared passage' }).click()
  await expect(label).toHaveCount(0)
  expect(await marked()).toBeNull()
  await expect(page).not.toHaveURL(/[?&]quote=/)
})

test('defect 10: a passage whose words changed a little since the link was made is still found', async ({
  page,
}) => {
  // The article says "rainbow": one edited word in the link's quote.
  await page.goto(`/read/${SEED_ID}?quote=After+the+storm+comes+the+sunshine.+We+are+convinced`)
  await expect(page.locator('article mark.hl').first()).toBeAttached()
  await expect(page.locator('.passage-label')).toContainText('changed a little')
  const marked = await page.evaluate(() => {
    const h = CSS.highlights.get('passage')
    return h ? [...h].map((r) => (r as Range).toString()).join('') : null
  })
  expect(marked).toBe('After the storm comes the rainbow. We are convinced')
  await expect(page.getByText('Part of this link could not be restored')).toHaveCount(0)
})
