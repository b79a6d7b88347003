import { test, expect } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { SEED_ID, openSeed } from './helpers.ts'

test('printed, the article has no toolbar or speaker list, its claims and sources as numbered notes and the timeline', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  const notes = page.getByRole('heading', { name: 'Notes' })
  // On screen the notes are not shown.
  await expect(notes).toBeHidden()
  const expected = await page.evaluate(async (id) => {
    const article = (await (await fetch(`/articles/${id}.json`)).json()) as {
      annotations: { layer: string }[]
    }
    return article.annotations.filter((a) => a.layer === 'claim' || a.layer === 'source').length
  }, SEED_ID)
  expect(expected).toBeGreaterThan(0)

  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.toolbar')).toBeHidden()
  await expect(page.getByRole('region', { name: 'Filter by speaker' })).toBeHidden()
  await expect(notes).toBeVisible()
  const list = page.getByRole('region', { name: 'Notes' }).getByRole('listitem')
  await expect(list).toHaveCount(expected)
  await expect(list.first()).toContainText(/^(Claim by|Unattributed claim|Source:)/)
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText(/Claim by Wang Yi, [^;]+; cue “/)
  // Each claim and source opens with its note's number, counted as the list is.
  const markers = await page
    .locator('article mark.hl-claim, article mark.hl-source')
    .evaluateAll((marks) =>
      marks.flatMap((m) => (getComputedStyle(m, '::before').content.startsWith('counter') ? [1] : [])),
    )
  expect(markers.length).toBe(expected)
  await expect(page.getByRole('complementary', { name: 'Timeline' })).toBeVisible()
})

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the print view: ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, media: 'print' })
    await openSeed(page)
    await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
  })
}
