import { test, expect, type Page } from '@playwright/test'
import { openSeed } from './helpers.ts'

/** The middle of a mark's first line box (a multi-line mark's bounding box covers other text). */
async function clickMark(page: Page, selector: string) {
  const mark = page.locator(selector).first()
  await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }))
  const at = await mark.evaluate((m) => {
    const r = m.getClientRects()[0]!
    return { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2 }
  })
  await page.mouse.click(at.x, at.y)
}

test('defect 1: Back and Forward bring back the popover of the highlight focused then, and no other', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page, '?speakers=wang-yi')
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toHaveAccessibleName(/^Claim by Wang Yi/)
  await page.getByRole('complementary', { name: 'Timeline' }).getByRole('button').first().click()
  await expect(dialog).toHaveCount(1)
  await expect(dialog).toHaveAccessibleName(/Date/)
  await page.goBack()
  await expect(dialog).toHaveCount(1)
  await expect(dialog).toHaveAccessibleName(/^Claim by Wang Yi/)
  await page.goForward()
  await expect(dialog).toHaveCount(1)
  await expect(dialog).toHaveAccessibleName(/Date/)
})

test('defect 1: closing a popover takes the focus out of the link, and hiding its layer closes it', async ({
  page,
}) => {
  await openSeed(page, '?layers=number')
  const dialog = page.getByRole('dialog', { name: 'Number' })
  await page.keyboard.press('j')
  await expect(dialog).toBeVisible()
  await expect(page).toHaveURL(/[?&]focus=/)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page).not.toHaveURL(/[?&]focus=/)

  await page.keyboard.press('j')
  await dialog.getByRole('button', { name: 'Close details' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page).not.toHaveURL(/[?&]focus=/)

  await page.keyboard.press('j')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('3')
  await expect(dialog).toHaveCount(0)
  await expect(page).not.toHaveURL(/[?&]focus=/)
})

test('defect 2: one popover lists every annotation at a spot, innermost first, by pointer and by keyboard', async ({
  page,
}) => {
  await openSeed(page)
  // "30 years" (a number) inside "30 years ago" (a date).
  const nested = 'article mark[data-layer="time"] mark[data-layer="number"]'
  await clickMark(page, nested)
  const dialog = page.getByRole('dialog')
  await expect(dialog).toHaveAccessibleName('Number and Date')
  await expect(dialog.locator('section p.font-semibold')).toHaveText(['Number', 'Date'])

  // A source that is also a speaker's mention: both, with the way to filter to the speaker.
  await page.keyboard.press('Escape')
  await clickMark(page, 'article mark[data-layer="source"] mark[data-layer="speaker"]')
  await expect(dialog).toHaveAccessibleName('Speaker and Source')
  await expect(dialog).toContainText('Source:')
  await expect(dialog.getByRole('button', { name: 'More from this speaker' })).toBeVisible()

  // The keyboard reaches the same spot with j and sees the same list.
  await page.keyboard.press('Escape')
  const id = await page.locator(nested).first().getAttribute('data-annotation-id')
  await openSeed(page, '?layers=number,time')
  const activeId = () =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.annotationId ?? null)
  let current: string | null = null
  for (let i = 0; i < 40 && current !== id; i++) {
    await page.keyboard.press('j')
    await expect.poll(activeId).not.toBe(current)
    current = await activeId()
  }
  await expect(page.locator(':focus')).toHaveAttribute('data-annotation-id', id!)
  await expect(dialog).toHaveAccessibleName('Number and Date')
})

test('defect 4: clicking a name in the text filters to that speaker and shows their claims, no popover over them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  await clickMark(page, 'article mark[data-layer="speaker"][data-speaker-id="national-security-committee"]')
  await expect(page).toHaveURL(/[?&]speakers=national-security-committee(&|$)/)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(
    page.getByRole('status').filter({ hasText: /claims? by National Security Committee/ }),
  ).toBeVisible()
  // The chosen row, far down the list, is scrolled into sight in the sidebar.
  const row = page.getByRole('button', { name: /^National Security Committee/, pressed: true })
  await expect(row).toBeInViewport()
})
