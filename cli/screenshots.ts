// Takes screenshots of the built reader at phone and desktop widths, light and dark, into docs/screenshots/.
// Run: npm run build && npm run preview &  then  npx tsx cli/screenshots.ts [url-path]
import { chromium } from '@playwright/test'
import { mkdirSync } from 'node:fs'

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4173'
const path = process.argv[2] ?? '/'
const out = process.env.OUT_DIR ?? 'docs/screenshots'
mkdirSync(out, { recursive: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
for (const [name, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 900],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({
      viewport: { width, height },
      colorScheme: scheme,
      deviceScaleFactor: 1,
    })
    await page.goto(BASE + path)
    await page.locator('article h1').waitFor()
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: `${out}/reader-${name}-${scheme}.png` })
    await page.close()
  }
}
await browser.close()
process.stdout.write(`screenshots written to ${out}/\n`)
