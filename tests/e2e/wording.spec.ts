import { test, expect } from '@playwright/test'
import { SEED_ID, openSeed, straightQuotes } from './helpers.ts'

test('the speakers switch counts mentions, beside the filter that counts speakers', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  const layers = page.getByRole('region', { name: 'Annotation layers' })
  await expect(layers.getByRole('switch', { name: /^Speakers \d+ mentions$/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Filter by speaker' })).toContainText(
    /\d+ claims by \d+ speakers/,
  )
})

test('group names start with a capital in the speaker list', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  const filter = page.getByRole('region', { name: 'Filter by speaker' })
  await expect(filter.getByRole('button', { name: /^Experts/ })).toBeVisible()
  await expect(filter.getByRole('button', { name: /^Observers/ })).toBeVisible()
})

test('a switched-off layer is not struck through', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page, '?layers=speaker')
  const off = page.getByRole('switch', { name: /^Claims/ })
  await expect(off).toHaveAttribute('aria-checked', 'false')
  const lines = await off.evaluate((el) =>
    [el, ...el.querySelectorAll('*')].map((e) => getComputedStyle(e).textDecorationLine),
  )
  expect(lines.every((line) => line === 'none')).toBe(true)
})

test('the caption of a photo not shown is labelled as one, not set as a pull quote', async ({ page }) => {
  await openSeed(page)
  const caption = page.locator('article figcaption')
  await expect(caption).toContainText(/^Photo caption/)
  const style = await caption.evaluate((el) => {
    const s = getComputedStyle(el)
    return { border: s.borderLeftWidth, italic: s.fontStyle }
  })
  expect(style).toEqual({ border: '0px', italic: 'normal' })
})

test('straight quotes show curled, one character for one, so the text keeps its offsets', async ({
  page,
}) => {
  await openSeed(page)
  const source = await page.evaluate(async (id) => {
    const article = (await (await fetch(`/articles/${id}.json`)).json()) as {
      text: string
      paragraphs: { start: number; end: number; kind: string }[]
    }
    return article.paragraphs.filter((p) => p.kind === 'body').map((p) => article.text.slice(p.start, p.end))
  }, SEED_ID)
  const shown = await page.locator('article .article-body p').allTextContents()
  expect(shown.length).toBe(source.length)
  // The seed prints straight quotes ("After the storm…," China's): none is left on the page.
  expect(source.join('')).toMatch(/["']/)
  expect(shown.join('')).not.toMatch(/["']/)
  expect(shown.join('')).toContain('“After the storm comes the rainbow.')
  expect(shown.join('')).toContain('China’s')
  for (const [i, text] of shown.entries()) {
    expect(text.length).toBe(source[i]!.length)
    expect(straightQuotes(text)).toBe(straightQuotes(source[i]!))
  }
})
