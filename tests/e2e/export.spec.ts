import { test, expect, type Page } from '@playwright/test'
import ICAL from 'ical.js'
import jsonld from 'jsonld'
import Papa from 'papaparse'
import { readFileSync } from 'node:fs'
import { openSeed } from './helpers.ts'

// The reader's "Export" menu: a keyboard-operable menu button whose items each download a file that parses.

const ANNO_URL = 'http://www.w3.org/ns/anno.jsonld'
const ANNO_CONTEXT = JSON.parse(readFileSync('src/export/fixtures/anno.jsonld', 'utf8')) as object
/** Serves the Web Annotation context from the local copy; any other URL fails, so nothing goes online. */
const documentLoader = async (url: string) => {
  if (url !== ANNO_URL) throw new Error(`no network in tests: ${url}`)
  return { contextUrl: undefined, documentUrl: url, document: ANNO_CONTEXT }
}

async function download(page: Page, item: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click()
  const waiting = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: item }).click()
  const file = await waiting
  const path = await file.path()
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') }
}

test('every export downloads a file that its format’s own parser reads', async ({ page }) => {
  await openSeed(page)
  const ld = await download(page, 'Web Annotation (JSON-LD)')
  expect(ld.name).toMatch(/\.jsonld$/)
  // Safe mode: jsonld throws on any term it would drop; @types/jsonld predates the option.
  const expanded = (await jsonld.expand(JSON.parse(ld.text), {
    documentLoader,
    safe: true,
  } as never)) as unknown as unknown[]
  expect(expanded).toHaveLength(1)
  const marks = await page
    .locator('article mark[data-annotation-id]')
    .evaluateAll((all) => new Set(all.map((m) => (m as HTMLElement).dataset.annotationId)).size)
  expect((JSON.parse(ld.text) as { first: { items: unknown[] } }).first.items).toHaveLength(marks)

  const claims = await download(page, 'Claims (CSV)')
  const parsedClaims = Papa.parse<Record<string, string>>(claims.text.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
  })
  expect(parsedClaims.errors).toEqual([])
  expect(parsedClaims.data.length).toBe(
    await page
      .locator('article mark[data-layer="claim"]')
      .evaluateAll((all) => new Set(all.map((m) => (m as HTMLElement).dataset.annotationId)).size),
  )
  expect(parsedClaims.data.some((row) => Object.values(row).includes('Wang Yi'))).toBe(true)

  const timeline = await download(page, 'Timeline (CSV)')
  const parsedTimeline = Papa.parse(timeline.text.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
  })
  expect(parsedTimeline.errors).toEqual([])
  expect(parsedTimeline.data.length).toBeGreaterThan(0)

  const ics = await download(page, 'Timeline (iCalendar)')
  const calendar = new ICAL.Component(ICAL.parse(ics.text))
  expect(calendar.getAllSubcomponents('vevent').length).toBe(parsedTimeline.data.length)

  const json = await download(page, 'Annotated article (JSON)')
  expect((JSON.parse(json.text) as { article: { id: string } }).article.id).toBe(
    'global-times-2022-01-11-kazakhstan',
  )
})

test('the Export menu works from the keyboard: arrows, Escape back to the button', async ({ page }) => {
  await openSeed(page)
  const button = page.getByRole('button', { name: 'Export' })
  await button.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Web Annotation (JSON-LD)' })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(page.getByRole('menuitem', { name: 'Annotated article (JSON)' })).toBeFocused()
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Claims (CSV)' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toBeHidden()
  await expect(button).toBeFocused()
  await expect(button).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('ArrowDown')
  const waiting = page.waitForEvent('download')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  expect((await waiting).suggestedFilename()).toMatch(/\.csv$/)
})
