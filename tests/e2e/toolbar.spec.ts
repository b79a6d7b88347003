import { test, expect, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { LAYER_NAMES, openSeed } from './helpers.ts'

const PHONE = { width: 390, height: 844 }

/** The accessible names of the visible buttons in the toolbar, from the accessibility tree. */
async function buttonNames(toolbar: Locator): Promise<string[]> {
  const snapshot = await toolbar.ariaSnapshot()
  return [...snapshot.matchAll(/- button "([^"]*)"/g)].map((m) => m[1]!)
}

const layersPanel = (page: Page) => page.getByRole('region', { name: 'Annotation layers' })

test('on a 390 px phone the toolbar is one row no taller than 56 px, every action reachable, no name twice', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  // Two chosen speakers: the Speakers button carries their count, the widest the row gets.
  await openSeed(page, '?speakers=wang-yi,yang-jin')
  const toolbar = page.locator('.toolbar')
  expect((await toolbar.boundingBox())!.height).toBeLessThanOrEqual(56)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
  const names = await buttonNames(toolbar)
  expect(names).toEqual(['Layers', 'Speakers 2 chosen', 'Timeline', 'Share', 'Keyboard shortcuts'])
  expect(new Set(names).size).toBe(names.length)
  // Each button of the row is whole on screen, in the one row.
  const tops = new Set<number>()
  for (const name of names) {
    const box = (await toolbar.getByRole('button', { name, exact: true }).boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
    tops.add(Math.round(box.y))
  }
  expect(tops.size).toBe(1)
  await expect(layersPanel(page)).toBeHidden()

  await toolbar.getByRole('button', { name: 'Share' }).click()
  await expect(toolbar.getByRole('button', { name: 'Copy link' })).toBeVisible()
  await expect(toolbar.getByRole('button', { name: 'Export' })).toBeVisible()
  await toolbar.getByRole('button', { name: 'Export' }).click()
  await expect(page.getByRole('menuitem').first()).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menuitem')).toHaveCount(0)
  await expect(toolbar.getByRole('button', { name: 'Export' })).toBeFocused()
  expect(new Set(await buttonNames(toolbar)).size).toBe((await buttonNames(toolbar)).length)
})

test('on a phone the Layers menu works by keyboard: open, step, switch, close back to its button', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  await openSeed(page)
  const button = page.getByRole('button', { name: 'Layers' })
  await expect(button).toHaveAttribute('aria-expanded', 'false')
  await button.focus()
  await page.keyboard.press('Enter')
  await expect(button).toHaveAttribute('aria-expanded', 'true')
  const panel = layersPanel(page)
  await expect(panel.getByRole('switch')).toHaveCount(5)
  await expect(panel.getByRole('switch', { name: new RegExp(`^${LAYER_NAMES.speaker}`) })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  const claims = panel.getByRole('switch', { name: new RegExp(`^${LAYER_NAMES.claim}`) })
  await expect(claims).toBeFocused()
  await page.keyboard.press('Space')
  await expect(claims).toHaveAttribute('aria-checked', 'false')
  await expect(page).toHaveURL(/[?&]layers=/)
  // Each switch shows its count.
  await expect(claims).toContainText('35')
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(button).toBeFocused()
  await expect(button).toHaveAttribute('aria-expanded', 'false')
})

test('on a touch phone the Layers menu opens with a tap, switches a layer and closes on a tap outside', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
  const page = await context.newPage()
  await openSeed(page)
  await page.getByRole('button', { name: 'Layers' }).tap()
  const dates = layersPanel(page).getByRole('switch', { name: new RegExp(`^${LAYER_NAMES.time}`) })
  await dates.tap()
  await expect(dates).toHaveAttribute('aria-checked', 'false')
  await expect(page.locator('article.hide-time')).toHaveCount(1)
  // Below the panel, on the article's text.
  await page.touchscreen.tap(200, 760)
  await expect(layersPanel(page)).toBeHidden()
  await context.close()
})

test('at desktop widths the switches stay in view in the region "Annotation layers", with no Layers button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  await expect(layersPanel(page).getByRole('switch')).toHaveCount(5)
  for (const name of Object.values(LAYER_NAMES))
    await expect(layersPanel(page).getByRole('switch', { name: new RegExp(`^${name}`) })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Layers' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()
  const names = await buttonNames(page.locator('.toolbar'))
  expect(new Set(names).size).toBe(names.length)
  expect((await page.locator('.toolbar').boundingBox())!.height).toBeLessThanOrEqual(56)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the phone's Layers menu open: ${scheme}`, async ({ page }) => {
    await page.setViewportSize(PHONE)
    await page.emulateMedia({ colorScheme: scheme })
    await openSeed(page, '?speakers=wang-yi')
    await page.getByRole('button', { name: 'Layers' }).click()
    await expect(layersPanel(page)).toBeVisible()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
  })
}
