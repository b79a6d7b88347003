import { test, expect } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { SEED_ID, openSeed } from './helpers.ts'

const LAYER_CLASSES = ['hl-speaker', 'hl-claim', 'hl-number', 'hl-source', 'hl-time']

/**
 * Text contrast on every combination of two layers (each inside the other), in each state a tint shows in:
 * plain, the outer mark focused, and filtered to a chosen speaker (slot 0 and slot 1). Marks are built in the
 * real page, so the real style sheets paint them; backgrounds are composited over the page as Chromium draws
 * them (each mark's background colour over its parent's).
 */
for (const scheme of ['light', 'dark'] as const) {
  test(`text on every combined background of two layers keeps 4.5:1 or more: ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await openSeed(page, '?speakers=wang-yi,yang-jin')
    const worst = await page.evaluate((layers) => {
      const parse = (c: string) => {
        const m = c.match(/[\d.]+/g)!.map(Number)
        return { r: m[0]!, g: m[1]!, b: m[2]!, a: m[3] ?? 1 }
      }
      const over = (top: ReturnType<typeof parse>, below: ReturnType<typeof parse>) => ({
        r: top.r * top.a + below.r * (1 - top.a),
        g: top.g * top.a + below.g * (1 - top.a),
        b: top.b * top.a + below.b * (1 - top.a),
        a: 1,
      })
      const lum = ({ r, g, b }: ReturnType<typeof parse>) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
      }
      const ratio = (x: ReturnType<typeof parse>, y: ReturnType<typeof parse>) => {
        const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p)
        return (a! + 0.05) / (b! + 0.05)
      }
      const article = document.querySelector('article.reader-article')!
      const results: { case: string; ratio: number }[] = []
      for (const state of ['plain', 'focused', 'slot0', 'slot1', 'faded']) {
        for (const outer of layers)
          for (const inner of layers) {
            const host = document.createElement('p')
            const a = document.createElement('mark')
            const b = document.createElement('mark')
            // by-0 / by-4: Wang Yi and Yang Jin in the article's speaker list (slot0 and slot1 of the filter);
            // by-1 is a speaker not chosen (faded claims).
            const by = state === 'slot1' ? 'by-4' : state === 'faded' ? 'by-1' : 'by-0'
            a.className = `hl ${outer} ${state === 'plain' || state === 'focused' ? 'by-none' : by}`
            if (state === 'focused') a.classList.add('is-focused')
            b.className = `hl ${inner}`
            b.textContent = 'text'
            a.append(b)
            host.append(a)
            if (state === 'plain' || state === 'focused') {
              // Outside the filter: a plain article root without filter classes.
              const plain = document.createElement('div')
              plain.className = 'reader-article'
              plain.append(host)
              document.body.append(plain)
            } else article.append(host)
            let bg = parse(getComputedStyle(document.documentElement).backgroundColor)
            const chain = [host.parentElement!, host, a, b]
            for (const el of chain) bg = over(parse(getComputedStyle(el).backgroundColor), bg)
            results.push({
              case: `${state} ${outer} > ${inner}`,
              ratio: ratio(parse(getComputedStyle(b).color), bg),
            })
            if (state === 'plain' || state === 'focused') host.parentElement!.remove()
            else host.remove()
          }
      }
      return results.sort((x, y) => x.ratio - y.ratio).slice(0, 5)
    }, LAYER_CLASSES)
    expect(worst[0]!.ratio, JSON.stringify(worst)).toBeGreaterThanOrEqual(4.5)
  })
}

test('axe finds no violations with a toast, a sheet and a docked popover, and a restored passage', async ({
  page,
}) => {
  // Six axe scans over two themes and three page states: on a loaded 2-core machine that is more than 60 s.
  test.setTimeout(150_000)
  const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 390, height: 844 })
    await openSeed(page)
    await page.getByRole('button', { name: /^Speakers/ }).click()
    await page
      .locator('.sidebar[data-open]')
      .getByRole('button', { name: /^Yang Jin/ })
      .click()
    await page.locator('.sidebar[data-open]').getByRole('button', { name: 'Next claim ›' }).click()
    await expect(page.locator('.sidebar[data-open] [role="dialog"]')).toBeVisible()
    expect((await axe()).violations.map((v) => `${scheme} sheet: ${v.id}: ${v.help}`)).toEqual([])

    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`/read/${SEED_ID}?quote=After+the+storm+comes+the+sunshine`)
    await expect(page.locator('.passage-label')).toBeVisible({ timeout: 20_000 })
    await page.keyboard.press('2')
    await page.keyboard.press('n')
    await expect(page.getByRole('status').filter({ hasText: /Choose a speaker/ })).toBeVisible()
    expect((await axe()).violations.map((v) => `${scheme} passage, toast: ${v.id}: ${v.help}`)).toEqual([])
  }
})
