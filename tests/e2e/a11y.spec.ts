import { test, expect } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { openSeed } from './helpers.ts'

for (const scheme of ['light', 'dark'] as const) {
  for (const [device, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ] as const) {
    test(`axe finds no WCAG A/AA violations: ${device}, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme: scheme })
      await openSeed(page)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    })
  }
}

test('on a phone the timeline is a bottom sheet that closes before showing the passage', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openSeed(page)
  await expect(page.getByRole('complementary', { name: 'Timeline' })).toBeHidden()
  await page.getByRole('button', { name: 'Timeline' }).click()
  const timeline = page.getByRole('complementary', { name: 'Timeline' })
  await expect(timeline).toBeVisible()
  await timeline.getByRole('button').nth(2).click()
  await expect(timeline).toBeHidden()
  await expect(page).toHaveURL(/[?&]focus=/)
  const focus = new URL(page.url()).searchParams.get('focus')
  await expect(page.locator(`article mark[data-annotation-id="${focus}"]`).first()).toBeInViewport()
})

test('axe finds no violations with a popover, the help dialog and the phone sheet open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await openSeed(page, '?speakers=yang-jin')
  const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  await page.getByRole('button', { name: /^Speakers/ }).click()
  await expect(page.getByRole('region', { name: 'Filter by speaker' })).toBeVisible()
  expect((await axe()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await page.getByRole('button', { name: 'Close' }).click()
  await page.keyboard.press('j')
  await expect(page.getByRole('dialog')).toBeVisible()
  expect((await axe()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await page.keyboard.press('Escape')
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  expect((await axe()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})
