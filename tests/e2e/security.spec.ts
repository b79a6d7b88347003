import { test, expect, type Page } from '@playwright/test'
import { SEED_ID, TRANSPARENT, highlightStyles, openSeed } from './helpers.ts'

/** Collects CSP violations (the DOM event) and console messages about the policy, from the first script on. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const consoleMessages: string[] = []
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) consoleMessages.push(m.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __violations: string[] }).__violations = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    )
  })
  return async () => [
    ...consoleMessages,
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
  ]
}

test('every page is served under a Content-Security-Policy that forbids inline script', async ({ page }) => {
  const response = await page.goto(`/read/${SEED_ID}`)
  const header = response?.headers()['content-security-policy'] ?? ''
  for (const directive of [
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ])
    expect(header).toContain(directive)
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toContain("script-src 'self'")
  expect(meta).toContain("style-src 'self'")
  // frame-ancestors is ignored in a <meta> (with a console warning): it belongs in the header only.
  expect(meta).not.toContain('frame-ancestors')
  const inlineScripts = await page.locator('script:not([src]):not([type="application/json"])').count()
  expect(inlineScripts).toBe(0)
})

test('under the policy the speaker filter, popovers and sharing work, and nothing is blocked', async ({
  page,
  context,
}) => {
  const violations = await watchPolicy(page)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openSeed(page)

  // The speaker filter's rules are a constructed stylesheet: an inline <style> would be dropped here.
  const panel = page.getByRole('region', { name: 'Filter by speaker' })
  const first = panel.locator('button.speaker-option').first()
  await first.click()
  await expect(page).toHaveURL(/[?&]speakers=/)
  const chosen = new URL(page.url()).searchParams.get('speakers')!
  const styles = await highlightStyles(page, 'article mark[data-layer="claim"]')
  expect(styles.filter((s) => s.speaker === chosen).every((s) => s.background !== TRANSPARENT)).toBe(true)
  expect(styles.filter((s) => s.speaker !== chosen).every((s) => s.background === TRANSPARENT)).toBe(true)

  // A popover.
  await page.keyboard.press('n')
  await expect(page.getByRole('dialog').first()).toBeVisible()
  await page.keyboard.press('Escape')

  // Copy link.
  await page
    .getByRole('button', { name: /Copy link/ })
    .first()
    .click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(`/read/${SEED_ID}`)

  expect(await violations()).toEqual([])
})
