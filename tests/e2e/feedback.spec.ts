import { test, expect } from '@playwright/test'
import { openSeed } from './helpers.ts'

const toast = (page: import('@playwright/test').Page, text: RegExp | string) =>
  page.getByRole('status').filter({ hasText: text })

test('defect 5: choosing a speaker while claims are off switches claims on and says so', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page, '?layers=number')
  const claims = page.getByRole('switch', { name: /Claims/ })
  await expect(claims).toHaveAttribute('aria-checked', 'false')
  await page
    .getByRole('region', { name: 'Filter by speaker' })
    .getByRole('button', { name: /^Wang Yi/ })
    .click()
  await expect(claims).toHaveAttribute('aria-checked', 'true')
  await expect(toast(page, /Claims switched on/)).toBeVisible()
  await page.getByRole('button', { name: 'Next claim ›' }).click()
  await expect(page.getByRole('dialog', { name: /^Claim by Wang Yi/ })).toBeVisible()
})

test('defect 5: j with every layer off and n without a filter say what happened', async ({ page }) => {
  await openSeed(page, '?layers=none')
  await page.keyboard.press('j')
  await expect(toast(page, /Every layer is off/)).toBeVisible()
  await expect(page).not.toHaveURL(/[?&]focus=/)
  await page.keyboard.press('2')
  await page.keyboard.press('n')
  await expect(toast(page, /Choose a speaker first/)).toBeVisible()
})

test('defect 6: on a phone, Copy link confirms in a toast that never widens or moves the page', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.setViewportSize({ width: 390, height: 844 })
  await openSeed(page)
  const toolbar = page.locator('.toolbar')
  const before = await toolbar.boundingBox()
  // On a phone, sharing folds behind "Share".
  await page.getByRole('button', { name: 'Share' }).click()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(toast(page, 'Link copied')).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  expect(await toolbar.boundingBox()).toEqual(before)
})
