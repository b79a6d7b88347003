// The large-input case (issue 12): the long bench article ×10 — annotations, events and speakers — opened in the
// reader. What a reader of a huge file waits for, and whether the page stays usable: no main-thread task over
// LARGE_TASK_BUDGET_MS once the first highlight has been painted.
import type { Browser } from '@playwright/test'
import type { AnnotatedArticle, Speaker } from '../../src/model/annotated-article.ts'
import { BASE_URL, newBenchContext, type JsonRoute } from './browser.ts'
import { assertValid, repeatArticle } from './long-article.ts'

export const LARGE_COPIES = 10
export const LARGE_TASK_BUDGET_MS = 200
const LOAD_TIMEOUT_MS = 180_000
/** The page counts as loaded once this long passes with no long task. */
const QUIET_MS = 3_000

/** `long` repeated `copies` times, each copy with speakers of its own, so speakers grow ×copies too. */
export function buildLargeArticle(
  long: AnnotatedArticle,
  id: string,
  copies = LARGE_COPIES,
): AnnotatedArticle {
  const doc = repeatArticle(long, copies, id)
  const speakerId = (sid: string, copy: number) => (copy === 0 ? sid : `${sid}-x${copy}`)
  const speakers: Speaker[] = []
  for (let copy = 0; copy < copies; copy++)
    for (const s of long.speakers)
      speakers.push({
        ...s,
        id: speakerId(s.id, copy),
        name: copy === 0 ? s.name : `${s.name} (${copy + 1})`,
      })
  // repeatArticle pushes each copy's annotations and events in the base's order; its "-rN" id suffixes can
  // collide with the long article's own, so ids are rewritten here with a suffix of their own.
  const n = long.annotations.length
  const m = long.events.length
  const idIn = (id: string, copy: number) => (copy === 0 ? id : `${id}-x${copy}`)
  doc.annotations = doc.annotations.map((a, i) => {
    const copy = Math.floor(i / n)
    const id = idIn(long.annotations[i % n]!.id, copy)
    if ((a.layer === 'claim' || a.layer === 'speaker') && a.speakerId !== null)
      return { ...a, id, speakerId: speakerId(a.speakerId, copy) }
    return { ...a, id }
  })
  doc.events = doc.events.map((e, j) => {
    const copy = Math.floor(j / m)
    const base = long.events[j % m]!
    return {
      ...e,
      id: idIn(base.id, copy),
      annotationIds: base.annotationIds.map((id) => idIn(id, copy)),
      speakerIds: e.speakerIds.map((sid) => speakerId(sid, copy)),
    }
  })
  doc.speakers = speakers
  return assertValid(doc)
}

export interface LargeInputResult {
  /** Navigation start -> first mark.hl, ms; null when none appeared in time. */
  firstMark: number | null
  /** Navigation start -> the end of the last long task before the page went quiet, ms. */
  settled: number
  marks: number
  /** Long tasks (> 50 ms) that started after the first highlight was painted. */
  tasksAfterFirstPaint: number
  longestAfterFirstPaint: number
  /** The longest task from navigation on, the first render included: how long the page was frozen. */
  longest: number
  /** One click on a layer switch, to the end of the next frame, ms. */
  layerSwitch: number
}

export interface TaskWindow {
  __benchTasks?: { start: number; duration: number }[]
  __benchFirstMark?: number
  __benchFirstMarkFrame?: number
}

export function watchLongTasks() {
  const w = window as TaskWindow
  w.__benchTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__benchTasks?.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
}

export async function measureLargeInput(
  browser: Browser,
  path: string,
  routes: readonly JsonRoute[],
): Promise<LargeInputResult> {
  const context = await newBenchContext(browser, routes)
  try {
    await context.addInitScript(watchLongTasks)
    const page = await context.newPage()
    await page.goto(BASE_URL + path, { waitUntil: 'commit' })
    await page.waitForFunction(() => (window as TaskWindow).__benchFirstMarkFrame !== undefined, null, {
      timeout: LOAD_TIMEOUT_MS,
    })
    // Quiet: no long task has ended within the last QUIET_MS.
    await page.waitForFunction(
      (quiet) => {
        const tasks = (window as TaskWindow).__benchTasks ?? []
        const lastEnd = Math.max(0, ...tasks.map((t) => t.start + t.duration))
        return performance.now() - lastEnd > quiet
      },
      QUIET_MS,
      { timeout: LOAD_TIMEOUT_MS, polling: 500 },
    )
    const loaded = await page.evaluate(() => {
      const w = window as TaskWindow
      const painted = w.__benchFirstMarkFrame ?? 0
      const tasks = w.__benchTasks ?? []
      const after = tasks.filter((t) => t.start >= painted)
      return {
        firstMark: w.__benchFirstMark ?? null,
        settled: Math.max(painted, ...tasks.map((t) => t.start + t.duration)),
        marks: document.querySelectorAll('mark.hl').length,
        tasksAfterFirstPaint: after.length,
        longestAfterFirstPaint: Math.max(0, ...after.map((t) => t.duration)),
        longest: Math.max(0, ...tasks.map((t) => t.duration)),
      }
    })
    const layerSwitch = await page.evaluate(async () => {
      const button = document.querySelector<HTMLElement>('[aria-label="Annotation layers"] [role="switch"]')
      if (!button) return Number.NaN
      const start = performance.now()
      button.click()
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      return performance.now() - start
    })
    return { ...loaded, layerSwitch }
  } finally {
    await context.close()
  }
}
