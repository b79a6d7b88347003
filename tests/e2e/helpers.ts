import { expect, type Page } from '@playwright/test'

export const SEED_ID = 'global-times-2022-01-11-kazakhstan'
export const LAYER_NAMES = {
  speaker: 'Speakers',
  claim: 'Claims',
  number: 'Numbers',
  source: 'Sources',
  time: 'Dates',
} as const
export type LayerKey = keyof typeof LAYER_NAMES

export async function openSeed(page: Page, query = '') {
  await page.goto(`/read/${SEED_ID}${query}`)
  // The machine running the tests may be busy: the first render is given longer than a step's 5 s.
  await expect(page.locator('article mark.hl').first()).toBeAttached({ timeout: 20_000 })
}

/** Every visual trace a highlight can leave, read from computed styles in the page. */
export async function highlightStyles(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((marks) =>
    marks.map((m) => {
      const s = getComputedStyle(m)
      return {
        id: (m as HTMLElement).dataset.annotationId ?? '',
        speaker: (m as HTMLElement).dataset.speakerId ?? '',
        background: s.backgroundColor,
        image: s.backgroundImage,
        shadow: s.boxShadow,
        border:
          s.borderBottomStyle === 'none' || s.borderBottomWidth === '0px' ? 'none' : s.borderBottomStyle,
        outline: s.outlineStyle,
        decoration: s.textDecorationLine,
      }
    }),
  )
}

/**
 * Text with its quote marks straightened: the reader shows straight quotes curled (src/layout/curl-quotes.ts,
 * one character for one), so the page's text equals the article's text once both are straightened.
 */
export function straightQuotes(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'")
}

export const TRANSPARENT = 'rgba(0, 0, 0, 0)'

export function isBare(style: Awaited<ReturnType<typeof highlightStyles>>[number]): boolean {
  return (
    style.background === TRANSPARENT &&
    style.image === 'none' &&
    style.shadow === 'none' &&
    style.border === 'none' &&
    style.outline === 'none' &&
    style.decoration === 'none'
  )
}
