import { test, expect, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { openSeed } from './helpers.ts'

const timeline = (page: Page) => page.getByRole('complementary', { name: 'Timeline' })
const axis = (page: Page) => timeline(page).getByRole('toolbar', { name: 'Events in time' })
const marks = (page: Page) => axis(page).getByRole('button')

/** The boxes of the axis's labels, in page pixels, and whether any two of them touch. */
async function labelOverlaps(page: Page): Promise<string[]> {
  return page.locator('.timeline-axis').evaluate((el) => {
    const boxes = [...el.querySelectorAll('.axis-label, .axis-caption')].map((l) => ({
      text: l.textContent ?? '',
      r: l.getBoundingClientRect(),
    }))
    const out: string[] = []
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom)
          out.push(`${a.text} / ${b.text}`)
    return out
  })
}

async function centre(l: Locator) {
  const b = (await l.boundingBox())!
  return b.x + b.width / 2
}

test('the axis shows 1992 and January 2022 apart, with readable labels', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  const year = axis(page).getByRole('button', { name: 'c. 1992: Gaining independence' })
  const monday = axis(page).getByRole('button', { name: 'Monday 10 January 2022: 8 events' })
  const fifth = axis(page).getByRole('button', { name: /^Wednesday 5 January 2022: / })
  const seventh = axis(page).getByRole('button', { name: /^Friday 7 January 2022: / })
  for (const mark of [year, monday, fifth, seventh]) await expect(mark).toBeVisible()
  await expect(marks(page)).toHaveCount(5)
  // Days of the one week are told apart: each a dozen pixels or more from the next, in time order.
  const xs = [await centre(year), await centre(fifth), await centre(seventh), await centre(monday)]
  for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(12)
  const labels = page.locator('.timeline-axis')
  await expect(labels.getByText('1992', { exact: true })).toBeVisible()
  await expect(labels.getByText('January 2022', { exact: true })).toBeVisible()
  await expect(labels.getByText('⋯')).toBeVisible()
  expect(await labelOverlaps(page)).toEqual([])
  // The approximate year is drawn dashed, not only in another colour.
  expect(await year.locator('.axis-mark-shape').evaluate((s) => getComputedStyle(s).borderTopStyle)).toBe(
    'dashed',
  )
})

test('clicking a mark brings its passage into view, as the list does, and scrolls the list to it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  const item = timeline(page).getByRole('button', { name: /^Xi Jinping sent a verbal message/ })
  // Below the speaker list, out of the sidebar's view until the axis brings it in.
  await expect(item).not.toBeInViewport()
  await axis(page)
    .getByRole('button', { name: /^Friday 7 January 2022: / })
    .click()
  await expect(page).toHaveURL(/[?&]focus=ti1c68k7b(&|$)/)
  await expect(page.locator('article mark[data-annotation-id="ti1c68k7b"]').first()).toBeInViewport()
  await expect(item).toBeInViewport()
  await expect(item).toHaveAttribute('aria-current', 'location')
  // The mark of the passage on screen is ringed.
  await expect(axis(page).getByRole('button', { name: /^Friday 7 January 2022: / })).toHaveAttribute(
    'data-current',
    'true',
  )
})

test('the marks are one tab stop; arrow keys move between them and Enter activates one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  const tabbable = axis(page).locator('button[tabindex="0"]')
  await expect(tabbable).toHaveCount(1)
  await tabbable.focus()
  await expect(page.locator(':focus')).toHaveAccessibleName('c. 1992: Gaining independence')
  await page.keyboard.press('ArrowRight')
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^Monday 3 January 2022 – Sunday 9 January 2022: /,
  )
  await page.keyboard.press('End')
  await expect(page.locator(':focus')).toHaveAccessibleName('Monday 10 January 2022: 8 events')
  await page.keyboard.press('ArrowLeft')
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Friday 7 January 2022: /)
  await expect(axis(page).locator('button[tabindex="0"]')).toHaveCount(1)
  // Shift+Tab leaves the axis in one step, Tab comes back to the mark last reached.
  await page.keyboard.press('Shift+Tab')
  await expect(page.locator(':focus')).not.toHaveAttribute('class', /axis-mark/)
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Friday 7 January 2022: /)
  await page.keyboard.press('Home')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/[?&]focus=tianz05p(&|$)/)
  await expect(page.locator('article mark[data-annotation-id="tianz05p"]').first()).toBeInViewport()
})

test('the speaker filter thins the axis without moving what stays', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  const monday = axis(page).getByRole('button', { name: /^Monday 10 January 2022: / })
  const before = await centre(monday)
  await page.goto('/read/global-times-2022-01-11-kazakhstan?speakers=wang-yi')
  await expect(marks(page)).toHaveCount(1)
  await expect(marks(page)).toHaveAccessibleName('Monday 10 January 2022: 2 events')
  expect(Math.abs((await centre(marks(page))) - before)).toBeLessThan(10)
  // The scale is the article's: 1992 is still on the axis, as a label, with no mark.
  await expect(page.locator('.timeline-axis').getByText('1992', { exact: true })).toBeVisible()
})

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the axis: desktop and the phone's sheet, ${scheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 1280, height: 900 })
    await openSeed(page)
    await expect(marks(page).first()).toBeVisible()
    const include = async () =>
      (
        await new AxeBuilder({ page })
          .include('.sidebar')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze()
      ).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)
    expect(await include()).toEqual([])
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole('button', { name: 'Timeline', exact: true }).click()
    await expect(marks(page).first()).toBeVisible()
    expect(await include()).toEqual([])
  })
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the marks and the line stand out from the page at 3:1 or more: ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 1280, height: 900 })
    await openSeed(page)
    await expect(marks(page).first()).toBeVisible()
    const ratios = await page.locator('.timeline-axis').evaluate((el) => {
      const lum = (c: string) => {
        const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
          const s = Number(v) / 255
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
      }
      const ratio = (a: string, b: string) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
        return (hi! + 0.05) / (lo! + 0.05)
      }
      const paper = getComputedStyle(document.documentElement).backgroundColor
      const style = (sel: string) => getComputedStyle(el.querySelector(sel)!)
      const count = style('.axis-point .axis-mark-shape:not(:empty)')
      return {
        point: ratio(style('.axis-point .axis-mark-shape').backgroundColor, paper),
        bar: ratio(style('.axis-bar:not(.is-approximate) .axis-mark-shape').backgroundColor, paper),
        approximate: ratio(style('.axis-bar.is-approximate .axis-mark-shape').borderTopColor, paper),
        line: ratio(style('.axis-line').backgroundColor, paper),
        count: ratio(count.color, count.backgroundColor),
      }
    })
    const { count, ...shapes } = ratios
    for (const [what, r] of Object.entries(shapes)) expect(r, what).toBeGreaterThanOrEqual(3)
    // A cluster's count is text: 4.5:1.
    expect(count).toBeGreaterThanOrEqual(4.5)
  })
}

test('at 390 px the axis fits the sheet, with no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openSeed(page)
  await page.getByRole('button', { name: 'Timeline', exact: true }).click()
  await expect(marks(page)).toHaveCount(5)
  const sheet = page.locator('.sidebar[data-open]')
  const fits = await sheet.evaluate((s) => {
    const box = s.getBoundingClientRect()
    const inside = [...s.querySelectorAll('.timeline-axis *')].every((el) => {
      const r = el.getBoundingClientRect()
      return r.width === 0 || (r.left >= box.left && r.right <= box.right)
    })
    return {
      inside,
      sheet: s.scrollWidth <= s.clientWidth,
      page: document.documentElement.scrollWidth <= 390,
    }
  })
  expect(fits).toEqual({ inside: true, sheet: true, page: true })
  expect(await labelOverlaps(page)).toEqual([])
})

test('Yang Jin is in no dated event, so the filtered timeline says so; another speaker shows theirs', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openSeed(page, '?speakers=yang-jin')
  // The data: none of the seed's events lists Yang Jin among its speakers (none of his claims holds a date).
  const involved = await page.evaluate(async () => {
    const a = (await (await fetch('/articles/global-times-2022-01-11-kazakhstan.json')).json()) as {
      events: { speakerIds: string[] }[]
    }
    return a.events.filter((e) => e.speakerIds.includes('yang-jin')).length
  })
  expect(involved).toBe(0)
  const sheetButton = (name: string) => page.getByRole('button', { name, exact: true })
  await sheetButton('Timeline').click()
  await expect(timeline(page).getByText('No dated events involve the chosen speakers.')).toBeVisible()
  // No empty axis above the message.
  await expect(page.locator('.timeline-axis')).toHaveCount(0)
  // Not a stale list: in the same page, the timeline sheet follows a change of speaker made in the speakers sheet.
  await sheetButton('Speakers 1 chosen').click()
  await page.locator('button.speaker-option[data-speaker-id="yang-jin"]').click()
  await page.locator('button.speaker-option[data-speaker-id="wang-yi"]').click()
  await expect(page).toHaveURL(/[?&]speakers=wang-yi(&|$)/)
  await sheetButton('Speakers 1 chosen').click()
  await sheetButton('Timeline').click()
  await expect(timeline(page).getByText('No dated events involve the chosen speakers.')).toBeHidden()
  await expect(timeline(page).getByRole('button', { name: /^Wang Yi pledged/ })).toBeVisible()
  await expect(marks(page)).toHaveCount(1)
})

test('printed, the axis is drawn across the page with its labels apart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openSeed(page)
  await expect(marks(page).first()).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.timeline-axis')).toBeVisible()
  const width = (await page.locator('.timeline-axis').boundingBox())!.width
  expect(width).toBeGreaterThan(400)
  expect(await labelOverlaps(page)).toEqual([])
})
