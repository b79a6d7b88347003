import { test, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { deflateSync } from 'fflate'
import { readFileSync } from 'node:fs'

// Opening an article of your own: paste or drop, annotate in the worker, share with the article in the link.

const STORY = [
  'Minister says budget will grow next year',
  '',
  'Published: 2024-03-01',
  '',
  'The finance minister, Jane Doe, said on Monday that the budget would grow by 3 percent next year. "We are confident," she told reporters in the capital.',
  '',
  'According to the statistics office, inflation fell to 2.1 percent in February, the lowest since 2021.',
  '',
  'Opposition leader Tom Reyes said the plan "ignores the poorest families", according to a statement.',
].join('\n')

/** A failure from a script in the page, or a dialog it opened: any of these means hostile text ran. */
function watchForScripts(page: Page): string[] {
  const ran: string[] = []
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => ran.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') ran.push(`console error: ${message.text()}`)
  })
  return ran
}

/** What a paste from the clipboard delivers to the text box. */
async function paste(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Article text' }).evaluate((box, pasted) => {
    const data = new DataTransfer()
    data.setData('text/plain', pasted)
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, text)
}

test('paste, annotate, copy link: a fresh browser opens the same article, highlights and view', async ({
  page,
  browser,
  context,
}) => {
  const ran = watchForScripts(page)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/open')
  await paste(page, STORY)
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Minister says budget will grow next year',
  )
  await expect(page.getByRole('textbox', { name: 'Published' })).toHaveValue('2024-03-01')
  await page.getByRole('button', { name: 'Annotate' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Minister says budget will grow next year' }),
  ).toBeVisible()
  const marks = await page
    .locator('article mark[data-layer]')
    .evaluateAll((all) => all.map((m) => `${(m as HTMLElement).dataset.layer}:${m.textContent}`))
  expect(marks).toContain('speaker:Jane Doe')
  await page.getByRole('switch', { name: /Numbers/ }).click()
  await expect(page).toHaveURL(/\?layers=speaker,claim,source,time$/)
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toContainText('characters')
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/\/read\/local-[a-z0-9-]+\?layers=speaker,claim,source,time#[A-Za-z0-9_-]+$/)

  // Someone else: a new context has no IndexedDB entry and no cache.
  const other = await browser.newContext()
  const fresh = await other.newPage()
  const ranThere = watchForScripts(fresh)
  await fresh.goto(link)
  // A cold worker: its script is fetched and compiled first.
  await expect(
    fresh.getByRole('heading', { level: 1, name: 'Minister says budget will grow next year' }),
  ).toBeVisible({ timeout: 20_000 })
  await expect(fresh.getByRole('switch', { name: /Numbers/ })).toHaveAttribute('aria-checked', 'false')
  expect(
    await fresh
      .locator('article mark[data-layer]')
      .evaluateAll((all) => all.map((m) => `${(m as HTMLElement).dataset.layer}:${m.textContent}`)),
  ).toEqual(marks)
  // Kept in that browser's library, and the long fragment left the address bar.
  await expect(fresh).toHaveURL(/\?layers=speaker,claim,source,time$/)
  await fresh.getByRole('link', { name: 'Library' }).click()
  await expect(
    fresh.getByRole('region', { name: 'Opened in this browser' }).getByRole('link', {
      name: 'Minister says budget will grow next year',
    }),
  ).toBeVisible()
  await other.close()
  expect([...ran, ...ranThere]).toEqual([])
})

test('a saved web page opens without its navigation, ads and comments, and its script never runs', async ({
  page,
}) => {
  const ran = watchForScripts(page)
  await page.goto('/open')
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'harbour.html',
    mimeType: 'text/html',
    buffer: readFileSync('src/import/fixtures/news-page.html'),
  })
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/sea wall/)
  await expect(page.getByRole('textbox', { name: 'Published' })).toHaveValue('2024-03-01T09:30:00+01:00')
  await expect(page.getByText(/Read “harbour.html”: picked up/)).toBeVisible()
  await page.getByRole('button', { name: 'Annotate' }).click()
  const body = page.locator('.article-body')
  await expect(body).toContainText('We cannot wait for the next storm')
  for (const junk of ['Sign in', 'Buy one boat', 'Related stories', 'First!', 'Privacy'])
    await expect(body).not.toContainText(junk)
  expect(ran).toEqual([])
})

test('a draft survives a reload, and the form says what is missing', async ({ page }) => {
  await page.goto('/open')
  await page.getByRole('textbox', { name: 'Headline' }).fill('A headline only')
  await page.getByRole('textbox', { name: 'Outlet' }).fill('The Example Times')
  await page.waitForTimeout(600)
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('A headline only')
  await expect(page.getByRole('textbox', { name: 'Outlet' })).toHaveValue('The Example Times')
  await page.getByRole('button', { name: 'Annotate' }).click()
  const text = page.getByRole('textbox', { name: 'Article text' })
  await expect(text).toHaveAttribute('aria-invalid', 'true')
  await expect(text).toBeFocused()
  await expect(page.getByRole('textbox', { name: 'Published' })).toHaveAttribute('aria-invalid', 'true')
})

test('a long analysis shows progress and can be cancelled, losing nothing', async ({ page }) => {
  const seed = readFileSync('content/articles/global-times-2022-01-11-kazakhstan.md', 'utf8')
  const body = seed.slice(seed.indexOf('\n---', 4) + 4).trim()
  const long = `A very long article\n\nPublished: 2022-01-11\n\n${Array(90).fill(body).join('\n\n')}`
  await page.goto('/open')
  await paste(page, long)
  await page.getByRole('button', { name: 'Annotate' }).click()
  await expect(page.getByRole('progressbar', { name: 'Analysis progress' })).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('Cancelled. Nothing was lost')).toBeVisible()
  await expect(page).toHaveURL(/\/open$/)
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('A very long article')
  await expect(page.getByRole('button', { name: 'Annotate' })).toBeEnabled()
})

test('hostile text in the headline, outlet, text and file name is shown as text, never run', async ({
  page,
}) => {
  const ran = watchForScripts(page)
  await page.goto('/open')
  await page.getByLabel('Choose a file').setInputFiles({
    name: '<img src=x onerror=alert(1)>.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      '<script>alert(1)</script> minister resigns\n\nPublished: 2024-03-01\n\n' +
        'The minister said "<img src=x onerror=alert(2)>" on Monday. See javascript:alert(3) and <a href="javascript:alert(4)">this</a>.',
    ),
  })
  await page.getByRole('textbox', { name: 'Outlet' }).fill('"><svg onload=alert(5)>')
  await page.getByRole('button', { name: 'Annotate' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '<script>alert(1)</script> minister resigns',
  )
  await expect(page.locator('article')).toContainText('"><svg onload=alert(5)>')
  await expect(
    page.locator('article img, article svg, article script, article a[href^="javascript"]'),
  ).toHaveCount(0)
  expect(ran).toEqual([])
})

const SHARED = '/read/local-aaaa-bbbb'
for (const [name, fragment, problem] of [
  ['a damaged fragment', 'not%base64!', /damaged/],
  ['a truncated fragment', 'q1YqSUxXslIqS8wpTVWqBQA', /damaged|cut short|incomplete/],
  [
    'a decompression bomb',
    Buffer.from(deflateSync(new Uint8Array(64 * 1024 * 1024))).toString('base64url'),
    /would unpack to more than 8 MB/,
  ],
] as const)
  test(`${name} in a link opens with a clear notice and runs nothing`, async ({ page }) => {
    const ran = watchForScripts(page)
    await page.goto(`${SHARED}#${fragment}`)
    const alert = page.getByRole('alert')
    await expect(alert.getByRole('heading', { name: 'This link could not be opened' })).toBeVisible()
    await expect(alert).toContainText(problem)
    await expect(alert).toContainText('Nothing from it was run or kept.')
    await expect(page.locator('mark')).toHaveCount(0)
    expect(ran).toEqual([])
  })

for (const scheme of ['light', 'dark'] as const)
  for (const [page_, path, ready] of [
    ['the library', '/', 'Library'],
    ['the open form', '/open', 'Open an article'],
  ] as const)
    test(`axe finds no WCAG A/AA violations on ${page_}, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name: ready })).toBeVisible()
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    })
