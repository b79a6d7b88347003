import { test, expect } from '@playwright/test'
import { openSeed } from './helpers.ts'

const focusedId = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.annotationId ?? null)

test('defect 9: Tab reaches the highlight nearest the top of the screen, arrows move inside, Tab leaves', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  await page.evaluate(async () => {
    await document.fonts.ready
    window.scrollTo(0, 1600)
    // Chunks that come into view get their real height over a frame or two: let the page settle.
    for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r))
  })
  // The first highlight whose box ends below the toolbar: what Tab should reach.
  const expected = await page.evaluate(() => {
    const bar = document.querySelector('.toolbar')!.getBoundingClientRect().bottom
    const marks = [
      ...document.querySelectorAll<HTMLElement>(
        'article mark[data-annotation-id]:not([data-part="middle"]):not([data-part="last"])',
      ),
    ]
    return marks.find((m) => m.getBoundingClientRect().bottom > bar)?.dataset.annotationId
  })
  await page.keyboard.press('Tab')
  expect(await focusedId(page)).toBe(expected)
  await expect(page.locator(':focus')).toBeInViewport()
  await expect(page.getByRole('dialog')).toBeVisible()

  await page.keyboard.press('ArrowRight')
  const next = await focusedId(page)
  expect(next).not.toBeNull()
  expect(next).not.toBe(expected)
  await expect(page).toHaveURL(new RegExp(`[?&]focus=${next}`))

  // One tab stop: Tab leaves the article, Shift+Tab comes back to the same highlight.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => !!document.activeElement?.closest('article'))).toBe(false)
  await page.keyboard.press('Shift+Tab')
  expect(await focusedId(page)).toBe(next)
})

test('defect 9: the skip link puts the article’s first line in view and the next Tab stays in the article', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: /^Skip to/ })).toBeFocused()
  await page.keyboard.press('Enter')
  const firstLine = page.locator('article header p').first()
  await expect
    .poll(async () => {
      const bar = (await page.locator('.toolbar').boundingBox())!
      const line = (await firstLine.boundingBox())!
      return line.y >= bar.y + bar.height && line.y + line.height <= 900
    })
    .toBe(true)
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => !!document.activeElement?.closest('article'))).toBe(true)
})

test('defect 9: k at the first highlight says it wrapped to the last', async ({ page }) => {
  await openSeed(page, '?layers=number')
  await page.keyboard.press('j')
  await page.keyboard.press('k')
  await expect(page.getByRole('status').filter({ hasText: /Wrapped to the last/ })).toBeVisible()
  const last = await page
    .locator('article mark[data-layer="number"]')
    .evaluateAll((ms) => (ms.at(-1) as HTMLElement).dataset.annotationId)
  await expect(page).toHaveURL(new RegExp(`[?&]focus=${last}`))
})
