// Screenshots of the built reader at phone and desktop widths, light and dark, into docs/screenshots/.
// Run: npm run build && npx tsx cli/screenshots.ts   (serves dist/ itself, on a free port)
// Env: BASE_URL (a server of your own to shoot instead), OUT_DIR (default docs/screenshots), CHROMIUM_PATH.
import { chromium, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { BASE_URL, startPreview, stopPreview } from './bench/browser.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts'
import { readPath } from '../src/state/routes.ts'

const root = resolve(import.meta.dirname, '..')
const preview = process.env.BASE_URL ? undefined : await startPreview(root, 'dist')
const BASE = process.env.BASE_URL ?? BASE_URL
const ARTICLE = readPath('global-times-2022-01-11-kazakhstan')
const out = process.env.OUT_DIR ?? 'docs/screenshots'
mkdirSync(out, { recursive: true })

async function ready(page: Page) {
  await page.locator('article mark.hl').first().waitFor()
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForTimeout(300)
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})
try {
  for (const [device, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 900],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme })
      await page.goto(BASE + ARTICLE)
      await ready(page)
      await page.screenshot({ path: `${out}/reader-${device}-${scheme}.png` })
      if (device === 'phone') {
        // The layer switches, folded behind "Layers" on a phone.
        await page.getByRole('button', { name: 'Layers' }).click()
        await page.screenshot({ path: `${out}/layers-${device}-${scheme}.png` })
        await page.keyboard.press('Escape')
        // The timeline's sheet: the proportional axis above the events.
        await page.getByRole('button', { name: 'Timeline', exact: true }).click()
        await page.locator('.axis-mark').first().waitFor()
        await page.screenshot({ path: `${out}/timeline-${device}-${scheme}.png` })
        await page.getByRole('button', { name: 'Close', exact: true }).click()
      }

      // A claim's details, as a reader hovering (or tapping) it sees them.
      const claim = page.locator('article mark[data-layer="claim"]').nth(2)
      await claim.evaluate((m) => m.scrollIntoView({ block: 'center' }))
      const box = await claim.evaluate((m) => {
        const r = m.getClientRects()[0]!
        return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 }
      })
      await page.mouse.click(box.x, box.y)
      await page.getByRole('dialog').waitFor()
      await page.screenshot({ path: `${out}/popover-${device}-${scheme}.png` })
      await page.close()

      // Filtered to one speaker; on a phone, with the timeline sheet open.
      const filtered = await browser.newPage({ viewport: { width, height }, colorScheme: scheme })
      await filtered.goto(`${BASE}${ARTICLE}?speakers=yang-jin`)
      await ready(filtered)
      if (device === 'phone') await filtered.getByRole('button', { name: 'Timeline' }).click()
      await filtered.screenshot({ path: `${out}/filtered-${device}-${scheme}.png` })
      await filtered.close()
    }
  }
} finally {
  await browser.close()
  if (preview) await stopPreview(preview)
}
process.stdout.write(`screenshots written to ${out}/\n`)
