// The first render of the long bench article (issue 11, item 5): what the reader sees first is rendered first and
// the rest of the article arrives in idle slices. Per fresh page: navigation start to the end of the frame that
// paints the first highlight, to the frame in which every chunk of the article is in the DOM (no placeholder left),
// and the main-thread tasks over 50 ms (Long Tasks API) from navigation start until then.
import type { Browser } from '@playwright/test'
import { BASE_URL, newBenchContext, type JsonRoute } from './browser.ts'
import { watchLongTasks, type TaskWindow } from './large-input.ts'

export const FIRST_PAINT_BUDGET_MS = 300
export const TASK_BUDGET_MS = 50
const LOAD_TIMEOUT_MS = 120_000

export interface LongLoad {
  /** Navigation start -> end of the frame that paints the first highlight, ms. */
  firstPaint: number
  /** Navigation start -> the frame in which no chunk of the article is still a placeholder, ms. */
  complete: number
  /** Tasks over 50 ms from navigation start to `complete`: how many, and the longest (0 when none). */
  longTasks: number
  longestTask: number
  marks: number
  /** The focused highlight is in the DOM and has the keyboard focus (deep links only). */
  focused: boolean | null
}

interface CompleteWindow {
  __benchComplete?: number
}

/** Records the first frame in which the article body has chunks and none is a placeholder. */
function watchComplete() {
  const check = () => {
    const body = document.querySelector('.article-body')
    if (body && body.childElementCount > 0 && !body.querySelector('[data-pending]'))
      (window as CompleteWindow).__benchComplete = performance.now()
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/** One load of `path` in a fresh context; `focus` is the id a deep link focuses, if any. */
export async function measureLongLoad(
  browser: Browser,
  path: string,
  routes: readonly JsonRoute[],
  focus: string | null = null,
): Promise<LongLoad> {
  const context = await newBenchContext(browser, routes)
  try {
    await context.addInitScript(watchLongTasks)
    await context.addInitScript(watchComplete)
    const page = await context.newPage()
    await page.goto(BASE_URL + path, { waitUntil: 'commit' })
    await page.waitForFunction(
      () => (window as TaskWindow & CompleteWindow).__benchComplete !== undefined,
      null,
      { timeout: LOAD_TIMEOUT_MS, polling: 100 },
    )
    await page.waitForFunction(() => (window as TaskWindow).__benchFirstMarkFrame !== undefined)
    return await page.evaluate((focusId) => {
      const w = window as TaskWindow & CompleteWindow
      const complete = w.__benchComplete ?? Number.NaN
      const tasks = (w.__benchTasks ?? []).filter((t) => t.start < complete)
      const active = document.activeElement
      return {
        firstPaint: w.__benchFirstMarkFrame ?? Number.NaN,
        complete,
        longTasks: tasks.length,
        longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
        marks: document.querySelectorAll('mark.hl').length,
        focused:
          focusId === null ? null : active instanceof HTMLElement && active.dataset.annotationId === focusId,
      }
    }, focus)
  } finally {
    await context.close()
  }
}
