import { test, expect } from '@playwright/test'
import { openSeed } from './helpers.ts'

test('defect 3: on a phone, Next claim shows the claim above the open sheet and docks its details in the sheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openSeed(page)
  await page.getByRole('button', { name: /^Speakers/ }).click()
  const sheet = page.locator('.sidebar[data-open]')
  await sheet.getByRole('button', { name: /^Yang Jin/ }).click()
  await sheet.getByRole('button', { name: 'Next claim ›' }).click()
  const focused = page.locator('article mark.is-focused').first()
  await expect(focused).toBeVisible()
  // Scrolling settles over a couple of frames: poll until the claim sits between the toolbar and the sheet.
  await expect
    .poll(async () => {
      const mark = (await focused.boundingBox())!
      const top = (await sheet.boundingBox())!.y
      const bar = (await page.locator('.toolbar').boundingBox())!
      return mark.y >= bar.y + bar.height && mark.y + Math.min(mark.height, 30) <= top
    })
    .toBe(true)
  const dialog = page.getByRole('dialog', { name: /^Claim by Yang Jin/ })
  await expect(dialog).toBeVisible()
  await expect(sheet.getByRole('dialog')).toHaveCount(1)
  await expect(sheet.getByRole('button', { name: /^Yang Jin/ })).toBeVisible()
})

test('defect 7: on load nothing in the sidebar has scrolled, and it is one scroll region with every group', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForTimeout(500)
  const scrolled = () =>
    page.locator('.sidebar, .sidebar *').evaluateAll((els) => els.filter((el) => el.scrollTop > 0).length)
  expect(await scrolled(), 'boxes in the sidebar scrolled by themselves').toBe(0)
  // No box inside the sidebar scrolls on its own: every group is reached by scrolling the sidebar itself.
  const clipped = await page.locator('.sidebar *').evaluateAll(
    (els) =>
      els.filter((el) => {
        const overflow = getComputedStyle(el).overflowY
        return (overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight + 1
      }).length,
  )
  expect(clipped, 'inner scroll boxes').toBe(0)
  const panel = page.getByRole('region', { name: 'Filter by speaker' })
  for (const group of ['People', 'Institutions', 'Groups']) {
    const heading = panel.getByRole('heading', { name: group })
    await heading.scrollIntoViewIfNeeded()
    await expect(heading).toBeInViewport()
  }
  // The reader scrolls the article: now the timeline follows, to the events on screen.
  await page.locator('.sidebar').evaluate((s) => s.scrollTo(0, 0))
  await page.mouse.wheel(0, 2500)
  await expect(
    page.getByRole('complementary', { name: 'Timeline' }).locator('[aria-current="location"]').first(),
  ).toBeInViewport()
})

test('defect 8: the page keeps its height while the reader scrolls to the end', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const heights: number[] = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    await frame()
    const seen = [document.documentElement.scrollHeight]
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await frame()
      seen.push(document.documentElement.scrollHeight)
    }
    return seen
  })
  const spread = (Math.max(...heights) - Math.min(...heights)) / Math.max(...heights)
  expect(spread, `heights while scrolling: ${heights.join(', ')}`).toBeLessThan(0.04)
})
