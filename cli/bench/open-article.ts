// Opening an article of one's own (issue 8): paste into the open form, press Annotate, and time until the reader
// paints the first highlight, with the longest main-thread task while the worker analyses and while the reader
// renders. Also the length of the link that carries the seed article in its fragment.
import type { Browser } from '@playwright/test'
import type { ArticleSource } from '../../src/model/article.ts'
import { encodeArticleFragment } from '../../src/share/article-link.ts'
import { readPath } from '../../src/state/routes.ts'
import { BASE_URL, newBenchContext } from './browser.ts'
import { watchLongTasks, type TaskWindow } from './large-input.ts'
import { spreadOf, type Spread } from './stats.ts'

/** Issue 8's budgets: Annotate -> first highlighted paint for 1,000 words, and no long task during analysis. */
export const OPEN_BUDGET = { thousandWordsMs: 1_000, analysisTaskMs: 50 }
/** Some apps (chat, mail) cut links longer than this; the reader offers "Save as file" above it. */
export const LINK_WARNING_LENGTH = 8_000

export interface OpenRun {
  /** Click on Annotate -> end of the frame that first paints a highlight, ms. */
  firstPaint: number
  /** Click -> the analysis result reached the page (user-timing mark), ms. */
  analysis: number
  /** Longest main-thread task between the click and the result: what the worker leaves on the page. */
  longestDuringAnalysis: number
  /** Longest task between the result and the first highlighted paint: the reader's first render. */
  longestDuringRender: number
  marks: number
}

interface OpenWindow extends TaskWindow {
  __benchClick?: number
}

const TIMEOUT_MS = 180_000

/** The seed's paragraphs repeated until the text has at least `words` words, as a reader would paste it. */
export function pastedText(seed: ArticleSource, words: number): string {
  const out: string[] = []
  let count = 0
  while (count < words)
    for (const p of seed.paragraphs) {
      out.push(p)
      count += p.split(/\s+/).filter(Boolean).length
      if (count >= words) break
    }
  return out.join('\n\n')
}

/** One paste -> Annotate -> first highlight, in a fresh context (no draft, no library, a cold worker). */
export async function measureOpen(browser: Browser, headline: string, text: string): Promise<OpenRun> {
  const context = await newBenchContext(browser, [])
  try {
    await context.addInitScript(watchLongTasks)
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/open`)
    // Filled through the DOM's value setter and one input event: typing 600 KB would time the test, not us.
    await page.getByRole('textbox', { name: 'Article text' }).evaluate((el, value) => {
      const area = el as HTMLTextAreaElement
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, value)
      area.dispatchEvent(new Event('input', { bubbles: true }))
    }, text)
    await page.getByRole('textbox', { name: 'Headline' }).fill(headline)
    await page.getByLabel('Published').fill('2022-01-11T01:15')
    const annotate = page.getByRole('button', { name: 'Annotate' })
    await annotate.evaluate((button) =>
      button.addEventListener('click', () => ((window as OpenWindow).__benchClick = performance.now()), {
        capture: true,
      }),
    )
    // The page is idle again after filling (the draft is saved on a timer); only what Annotate starts is timed.
    await page.waitForTimeout(500)
    await page.evaluate(() => ((window as OpenWindow).__benchTasks = []))
    await annotate.click()
    await page.waitForFunction(
      () => {
        const w = window as OpenWindow
        return w.__benchFirstMarkFrame !== undefined && w.__benchClick !== undefined
      },
      null,
      { timeout: TIMEOUT_MS, polling: 100 },
    )
    return await page.evaluate(() => {
      const w = window as OpenWindow
      const click = w.__benchClick ?? Number.NaN
      const result =
        performance.getEntriesByName('marginalia:analysis-result').at(-1)?.startTime ?? Number.NaN
      const painted = w.__benchFirstMarkFrame ?? Number.NaN
      const tasks = (w.__benchTasks ?? []).filter((t) => t.start + t.duration >= click)
      const longest = (from: number, to: number) =>
        Math.max(
          0,
          ...tasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration),
        )
      return {
        firstPaint: painted - click,
        analysis: result - click,
        longestDuringAnalysis: longest(click, result),
        longestDuringRender: longest(result, painted),
        marks: document.querySelectorAll('mark.hl').length,
      }
    })
  } finally {
    await context.close()
  }
}

export interface OpenSummary {
  words: number
  runs: OpenRun[]
  firstPaint: Spread
  analysis: Spread
  longestDuringAnalysis: number
  longestDuringRender: number
}

export function summarizeOpen(words: number, runs: OpenRun[]): OpenSummary {
  return {
    words,
    runs,
    firstPaint: spreadOf(runs.map((r) => r.firstPaint)),
    analysis: spreadOf(runs.map((r) => r.analysis)),
    longestDuringAnalysis: Math.max(...runs.map((r) => r.longestDuringAnalysis)),
    longestDuringRender: Math.max(...runs.map((r) => r.longestDuringRender)),
  }
}

/**
 * The link a reader copies for the seed article opened as their own (on the bench's origin, default view): its
 * length decides whether the reader is told that some apps cut it and offered "Save as file".
 */
export function seedLinkLength(seed: ArticleSource): number {
  return `${BASE_URL}${readPath(seed.meta.id)}#${encodeArticleFragment(seed)}`.length
}
