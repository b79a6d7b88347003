import { test, expect } from '@playwright/test'
import {
  LAYER_NAMES,
  SEED_ID,
  TRANSPARENT,
  highlightStyles,
  isBare,
  openSeed,
  type LayerKey,
} from './helpers.ts'

const layers = Object.keys(LAYER_NAMES) as LayerKey[]

test('each layer switch removes every highlight of its layer and brings it back, keeping text and scroll', async ({
  page,
}) => {
  await openSeed(page)
  const toolbar = page.getByRole('region', { name: 'Annotation layers' })
  const text = await page.locator('article .article-body').textContent()
  await page.mouse.wheel(0, 600)
  await page.waitForTimeout(100)
  for (const layer of layers) {
    const selector = `article mark[data-layer="${layer}"]`
    const count = await page.locator(selector).count()
    expect(count, `${layer} marks`).toBeGreaterThan(0)
    const toggle = toolbar.getByRole('switch', { name: new RegExp(LAYER_NAMES[layer]) })
    await expect(toggle).toContainText(
      String(await page.locator(`${selector}:not([data-part="middle"]):not([data-part="last"])`).count()),
    )
    const scrollBefore = await page.evaluate(() => window.scrollY)

    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-checked', 'false')
    const off = await highlightStyles(page, selector)
    expect(
      off.filter((s) => !isBare(s)),
      `${layer} highlights left on`,
    ).toEqual([])
    expect(await page.evaluate(() => window.scrollY), `scroll after hiding ${layer}`).toBe(scrollBefore)
    expect(await page.locator('article .article-body').textContent()).toBe(text)

    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-checked', 'true')
    // Every layer draws a line (claims, quiet, only a line until hovered or focused).
    const on = await highlightStyles(page, selector)
    expect(
      on.filter((s) => s.image === 'none'),
      `${layer} highlights missing`,
    ).toEqual([])
  }
})

test('filtering by a speaker keeps only their claims highlighted, and clears in one click', async ({
  page,
}) => {
  await openSeed(page)
  const panel = page.getByRole('region', { name: 'Filter by speaker' })
  const name = (
    await panel.getByRole('button', { pressed: false }).first().locator('.font-medium').innerText()
  ).trim()
  const first = panel.getByRole('button', { name: new RegExp(`^${name}`) })
  await first.click()
  await expect(first).toHaveAttribute('aria-pressed', 'true')
  await expect(panel).toContainText(new RegExp(`\\d+ claims? by ${name}`))
  await expect(page).toHaveURL(/[?&]speakers=/)
  const speakerId = new URL(page.url()).searchParams.get('speakers')
  expect(speakerId).toBeTruthy()

  const styles = await highlightStyles(page, 'article mark[data-layer="claim"]')
  const mine = styles.filter((s) => s.speaker === speakerId)
  const others = styles.filter((s) => s.speaker !== speakerId)
  expect(mine.length).toBeGreaterThan(0)
  expect(mine.every((s) => s.background !== TRANSPARENT)).toBe(true)
  expect(others.every((s) => s.background === TRANSPARENT)).toBe(true)

  await panel.getByRole('button', { name: 'Next claim ›' }).click()
  const focused = page.locator('article mark.is-focused').first()
  await expect(focused).toHaveAttribute('data-speaker-id', speakerId!)
  await expect(focused).toBeInViewport()

  await panel.getByRole('button', { name: 'Clear filter' }).click()
  await expect(page).not.toHaveURL(/[?&]speakers=/)
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`[?&]speakers=${speakerId}(&|$)`))
})

test('two chosen speakers keep both their claims, and the timeline follows the filter', async ({ page }) => {
  await openSeed(page)
  const panel = page.getByRole('region', { name: 'Filter by speaker' })
  const timeline = page.getByRole('complementary', { name: 'Timeline' })
  const allEvents = await timeline.getByRole('button').count()
  const unchosen = panel.locator('button.speaker-option[aria-pressed="false"]')
  await unchosen.nth(0).click()
  await expect(page).toHaveURL(/[?&]speakers=[^&,]+(&|$)/)
  await unchosen.nth(0).click()
  await expect(page).toHaveURL(/[?&]speakers=[^&]+,[^&]+/)
  const chosen = new URL(page.url()).searchParams.get('speakers')!.split(',')
  expect(chosen).toHaveLength(2)

  const styles = await highlightStyles(page, 'article mark[data-layer="claim"]')
  for (const id of chosen) {
    const mine = styles.filter((s) => s.speaker === id)
    expect(mine.length, `claims by ${id}`).toBeGreaterThan(0)
    expect(mine.every((s) => s.background !== TRANSPARENT)).toBe(true)
  }
  expect(styles.filter((s) => !chosen.includes(s.speaker)).every((s) => s.background === TRANSPARENT)).toBe(
    true,
  )
  // The timeline is redrawn a moment after the highlights: it ends up with the chosen speakers' events only.
  await expect.poll(() => timeline.getByRole('button').count()).toBeLessThan(allEvents)
})

test('activating a timeline event scrolls its passage into view and marks it', async ({ page }) => {
  await openSeed(page)
  const timeline = page.getByRole('complementary', { name: 'Timeline' })
  const events = timeline.getByRole('button')
  expect(await events.count()).toBeGreaterThan(3)
  await expect(timeline.getByRole('heading', { name: 'Mon 10 Jan 2022' })).toBeVisible()
  const last = events.last()
  await last.click()
  await expect(page).toHaveURL(/[?&]focus=/)
  const focusId = new URL(page.url()).searchParams.get('focus')
  expect(focusId).toBeTruthy()
  const mark = page.locator(`article mark[data-annotation-id="${focusId}"]`).first()
  await expect(mark).toBeInViewport()
  await expect(mark).toHaveClass(/is-focused/)
  await expect(last).toHaveAttribute('aria-current', 'location')
})

test('a copied link reopens the same view in a fresh browser', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openSeed(page)
  const toolbar = page.getByRole('region', { name: 'Annotation layers' })
  await toolbar.getByRole('switch', { name: /Numbers/ }).click()
  await toolbar.getByRole('switch', { name: /Sources/ }).click()
  const panel = page.getByRole('region', { name: 'Filter by speaker' })
  await panel.getByRole('button', { pressed: false }).first().click()
  await panel.getByRole('button', { name: 'Next claim ›' }).click()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied')).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  await expect(page).toHaveURL(link)
  expect(link.length).toBeLessThan(300)

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const other = await fresh.newPage()
  await other.goto(link)
  const otherToolbar = other.getByRole('region', { name: 'Annotation layers' })
  await expect(otherToolbar.getByRole('switch', { name: /Numbers/ })).toHaveAttribute('aria-checked', 'false')
  await expect(otherToolbar.getByRole('switch', { name: /Sources/ })).toHaveAttribute('aria-checked', 'false')
  await expect(otherToolbar.getByRole('switch', { name: /Claims/ })).toHaveAttribute('aria-checked', 'true')
  await expect(
    other.getByRole('region', { name: 'Filter by speaker' }).getByRole('button', { pressed: true }),
  ).toHaveCount(1)
  const focus = new URL(link).searchParams.get('focus')
  await expect(other.locator(`article mark[data-annotation-id="${focus}"]`).first()).toBeInViewport()
  await expect(other.getByText('Part of this link could not be restored')).toHaveCount(0)
  await fresh.close()
})

test('a selected passage can be shared and reopens selected and in view', async ({ page, browser }) => {
  await openSeed(page)
  const paragraph = page.locator('article .article-body p').nth(20)
  await paragraph.scrollIntoViewIfNeeded()
  await paragraph.evaluate((p) => {
    const range = document.createRange()
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
    const first = walker.nextNode()!
    range.setStart(first, 0)
    range.setEnd(first, Math.min(40, first.textContent!.length))
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  })
  await page.getByRole('button', { name: 'Share this passage' }).click()
  await expect(page).toHaveURL(/[?&]quote=/)
  const link = page.url()

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(link)
  await expect(other.locator('article mark.hl').first()).toBeAttached()
  const found = await other.evaluate(() => {
    const h = CSS.highlights.get('passage')
    const range = h ? ([...h][0] as Range) : null
    if (!range) return null
    const rect = range.getBoundingClientRect()
    return { text: range.toString(), inView: rect.top >= 0 && rect.bottom <= window.innerHeight }
  })
  expect(found?.text.length).toBeGreaterThan(0)
  expect(found?.inView).toBe(true)
  await fresh.close()
})

test('the keyboard alone walks the highlights with j and k and opens their details', async ({ page }) => {
  await openSeed(page, '?layers=number')
  const order = await page
    .locator('article mark[data-layer="number"]')
    .evaluateAll((ms) => [...new Set(ms.map((m) => (m as HTMLElement).dataset.annotationId))])
  for (const expected of order.slice(0, 4)) {
    await page.keyboard.press('j')
    await expect(page.locator(':focus')).toHaveAttribute('data-annotation-id', expected!)
    await expect(page.getByRole('dialog', { name: 'Number' })).toBeVisible()
  }
  await page.keyboard.press('k')
  await expect(page.locator(':focus')).toHaveAttribute('data-annotation-id', order[2]!)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0)
  await page.keyboard.press('2')
  await expect(page.getByRole('switch', { name: /Claims/ })).toHaveAttribute('aria-checked', 'true')
})

test('a claim popover names the speaker and offers more from them', async ({ page }) => {
  await openSeed(page, '?layers=claim')
  const claim = page.locator('article mark[data-layer="claim"][data-speaker-id]').first()
  await claim.evaluate((m) => m.scrollIntoView({ block: 'center' }))
  const box = await claim.evaluate((m) => {
    const r = m.getClientRects()[0]!
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
  })
  await page.mouse.move(box.x, box.y)
  const dialog = page.getByRole('dialog', { name: /^Claim by / })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(/Direct quote|Reported speech/)
  await dialog.getByRole('button', { name: 'More from this speaker' }).click()
  await expect(page).toHaveURL(new RegExp(`[?&]speakers=${await claim.getAttribute('data-speaker-id')}(&|$)`))
})

test.describe('hostile or stale links open the article with a notice', () => {
  const cases: [string, string, RegExp | null][] = [
    [
      'an unknown layer and speaker',
      '?layers=claim,glitter&speakers=nobody-here',
      /Unknown layer|No speaker/,
    ],
    ['a focus that no longer exists', '?focus=cl-gone', /no longer in the article/],
    ['a passage no longer in the text', '?quote=words+that+are+not+there', /passage was not found/],
    ['broken percent-encoding', '?quote=%E0%A4%A&layers=%ZZ', null],
    [
      'script in the link',
      `?quote=%3Cscript%3Ealert(1)%3C%2Fscript%3E&speakers=%3Cimg%20src=x%20onerror=alert(1)%3E`,
      null,
    ],
  ]
  for (const [name, query, message] of cases) {
    test(name, async ({ page }) => {
      let dialogs = 0
      page.on('dialog', (d) => {
        dialogs++
        void d.dismiss()
      })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(`/read/${SEED_ID}${query}`)
      await expect(page.locator('article mark.hl').first()).toBeAttached()
      const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be restored' })
      await expect(notice).toBeVisible()
      if (message) await expect(notice).toContainText(message)
      await notice.getByRole('button', { name: 'Dismiss' }).click()
      await expect(notice).toHaveCount(0)
      expect(dialogs).toBe(0)
      expect(errors).toEqual([])
      expect(await page.locator('article img, article script').count()).toBe(0)
    })
  }

  test('100 KB of junk (too long for a server: it arrives through history, as from a client-side link)', async ({
    page,
  }) => {
    await openSeed(page)
    await page.evaluate(() => {
      const junk = 'x%'.repeat(25_000) + '&layers=' + 'a,'.repeat(20_000)
      history.pushState(null, '', `${location.pathname}?${junk}`)
      dispatchEvent(new PopStateEvent('popstate'))
    })
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByText('Part of this link could not be restored')).toBeVisible()
    expect(await page.locator('article mark.hl').count()).toBeGreaterThan(0)
  })
})

test('screen readers hear what a highlight is, and nothing for a layer that is off', async ({ page }) => {
  await openSeed(page)
  const paragraph = page
    .locator('article .article-body p')
    .filter({ has: page.locator('mark[data-layer="claim"]') })
    .first()
  expect(await paragraph.ariaSnapshot()).toMatch(/claim by [A-Z]/)
  await page.getByRole('switch', { name: /Claims/ }).click()
  expect(await paragraph.ariaSnapshot()).not.toMatch(/claim by/)
  await page.getByRole('switch', { name: /Claims/ }).click()
  expect(await paragraph.ariaSnapshot()).toMatch(/claim by [A-Z]/)
})

test('while reading, the timeline marks where you are and keeps it in view', async ({ page }) => {
  await openSeed(page)
  const timeline = page.getByRole('complementary', { name: 'Timeline' })
  // The paragraph of the last event in the timeline (the latest date) lies far down the article.
  await timeline.getByRole('button').last().click()
  await page.evaluate(() => window.scrollBy(0, 40))
  const current = timeline.locator('[aria-current="location"]').first()
  await expect(current).toBeAttached()
  await expect(current).toBeInViewport()
  await page.evaluate(() => window.scrollTo(0, 0))
  await expect(timeline.locator('[aria-current="location"]').first()).toBeInViewport()
})

test('a popover opened by hovering closes when the pointer leaves; a clicked one stays', async ({ page }) => {
  await openSeed(page, '?layers=number')
  const number = page.locator('article mark[data-layer="number"]').nth(3)
  await number.evaluate((m) => m.scrollIntoView({ block: 'center' }))
  const box = (await number.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await expect(page.getByRole('dialog', { name: 'Number' })).toBeVisible()
  await page.mouse.move(20, box.y + box.height / 2)
  await expect(page.getByRole('dialog', { name: 'Number' })).toHaveCount(0)
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await expect(page.getByRole('dialog', { name: 'Number' })).toBeVisible()
  await page.mouse.move(20, box.y + box.height / 2)
  await page.waitForTimeout(500)
  await expect(page.getByRole('dialog', { name: 'Number' })).toBeVisible()
})

test('a highlight shows a pointer while its layer is on, and not once it is off', async ({ page }) => {
  await openSeed(page)
  // A claim fragment with no highlight nested inside, so the pointer rests on the claim itself.
  const claim = page.locator('article mark[data-layer="claim"]:not(:has(mark))').first()
  await claim.evaluate((m) => m.scrollIntoView({ block: 'center' }))
  // A point inside the first line box of the claim (a multi-line claim's bounding box covers other text).
  const centre = () =>
    claim.evaluate((m) => {
      const r = m.getClientRects()[0]!
      return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 }
    })
  const cursorAt = async () => {
    const { x, y } = await centre()
    await page.mouse.move(0, 0)
    await page.mouse.move(x, y)
    return page.evaluate(({ x, y }) => getComputedStyle(document.elementFromPoint(x, y)!).cursor, { x, y })
  }
  expect(await cursorAt()).toBe('pointer')
  await page.keyboard.press('Escape')
  await page
    .getByRole('region', { name: 'Annotation layers' })
    .getByRole('switch', { name: /Claims/ })
    .click()
  expect(await cursorAt()).not.toBe('pointer')
})
