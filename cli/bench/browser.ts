// The reader in headless Chromium: a `vite preview` server for the built app, first-highlight timing, and
// toggle latency measured in the page from the input handler to the end of the next frame.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'
import { freePort } from '../free-port.ts'
import { installBenchTiming, type BenchTiming } from './page-timing.ts'

const VIEWPORT = { width: 1280, height: 900 }

/** Where the preview started by `startPreview` answers (a live binding: set once the server is up). */
export let BASE_URL = ''

/**
 * Starts `vite preview` on `outDir` on a free port (node started directly, so the child is the server itself) and
 * waits for it. Only this server is measured: a fixed port could be answered by a reader's own `npm run preview`.
 */
export async function startPreview(root: string, outDir: string): Promise<ChildProcess> {
  const PORT = await freePort()
  BASE_URL = `http://127.0.0.1:${PORT}`
  const vite = join(root, 'node_modules/vite/bin/vite.js')
  const args = [
    vite,
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
    '--outDir',
    outDir,
  ]
  const server = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`vite preview exited (${server.exitCode}): ${stderr.trim().slice(0, 300)}`)
    try {
      if ((await fetch(`${BASE_URL}/`)).ok) return server
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  server.kill('SIGTERM')
  throw new Error(`vite preview did not answer on ${BASE_URL} within 30 s`)
}

export async function stopPreview(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise((r) => server.once('exit', r))
  server.kill('SIGTERM')
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
}

export interface BenchWindow {
  __benchFirstMark?: number
  __benchFirstMarkFrame?: number
}

// tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)` calls; functions sent to the
// page carry those calls, so the page gets a no-op `__name`.
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn'

/** Records when the first highlight (`selector`) enters the DOM, and the end of the frame that first paints it. */
function watchFirstMark(selector: string) {
  const w = window as BenchWindow
  const observer = new MutationObserver(() => {
    if (w.__benchFirstMark !== undefined || !document.querySelector(selector)) return
    w.__benchFirstMark = performance.now()
    observer.disconnect()
    requestAnimationFrame(() => setTimeout(() => (w.__benchFirstMarkFrame = performance.now()), 0))
  })
  observer.observe(document, { childList: true, subtree: true })
}

export interface JsonRoute {
  /** A page.route glob for the JSON file's URL. */
  url: string
  body: string
}

/**
 * A fresh context (empty cache) with the bench's page scripts and JSON routes; the first element matching
 * `firstHighlight` is what "first render" waits for.
 */
export async function newBenchContext(
  browser: Browser,
  routes: readonly JsonRoute[],
  firstHighlight = 'mark.hl',
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  await context.addInitScript({ content: NAME_SHIM })
  await context.addInitScript(watchFirstMark, firstHighlight)
  await context.addInitScript(installBenchTiming)
  for (const route of routes)
    await context.route(route.url, (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: route.body }),
    )
  return context
}

export interface PageLoad {
  /** Navigation start -> first mark.hl in the DOM, ms. */
  firstMark: number
  /** Navigation start -> end of the frame after it, ms. */
  firstMarkFrame: number
  marks: number
}

/** Opens `path` in a fresh context (empty cache) and waits for the first highlight; null when none appears. */
async function loadUntilFirstMark(
  context: BrowserContext,
  path: string,
  timeout: number,
): Promise<{ load: PageLoad | null; page: Awaited<ReturnType<BrowserContext['newPage']>> }> {
  const page = await context.newPage()
  await page.goto(BASE_URL + path, { waitUntil: 'commit' })
  try {
    await page.waitForFunction(() => (window as BenchWindow).__benchFirstMarkFrame !== undefined, null, {
      timeout,
    })
  } catch {
    return { load: null, page }
  }
  const load = await page.evaluate(() => {
    const w = window as BenchWindow
    return {
      firstMark: w.__benchFirstMark ?? Number.NaN,
      firstMarkFrame: w.__benchFirstMarkFrame ?? Number.NaN,
      marks: document.querySelectorAll('mark.hl').length,
    }
  })
  return { load, page }
}

/** `warmups` untimed loads, then `loads` timed ones, each in a fresh context. */
export async function measureFirstHighlight(
  browser: Browser,
  path: string,
  routes: readonly JsonRoute[],
  loads: number,
  warmups: number,
): Promise<(PageLoad | null)[]> {
  const results: (PageLoad | null)[] = []
  for (let i = 0; i < warmups + loads; i++) {
    const context = await newBenchContext(browser, routes)
    try {
      const { load } = await loadUntilFirstMark(context, path, 15_000)
      if (i >= warmups) results.push(load)
    } finally {
      await context.close()
    }
  }
  return results
}

/** JS heap in use after a full garbage collection, in bytes (the same CDP calls for both sides). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN
  } finally {
    await cdp.detach()
  }
}

/**
 * The reader's JS heap after loading `path` (after a full GC, as the peer's is measured), once its highlights have
 * stopped arriving: the long article may render its rest in idle time after the first screen.
 */
export async function measureReaderHeap(
  browser: Browser,
  path: string,
  routes: readonly JsonRoute[],
): Promise<{ heapBytes: number; domNodes: number; marks: number }> {
  const context = await newBenchContext(browser, routes)
  try {
    const { load, page } = await loadUntilFirstMark(context, path, 90_000)
    if (!load) throw new Error(`no highlight appeared on ${path} within 90 s`)
    const count = () => page.evaluate(() => document.querySelectorAll('mark.hl').length)
    let marks = await count()
    for (let stable = 0, i = 0; stable < 2 && i < 120; i++) {
      await page.waitForTimeout(500)
      const now = await count()
      stable = now === marks ? stable + 1 : 0
      marks = now
    }
    const heapBytes = await heapAfterGc(page)
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length)
    return { heapBytes, domNodes, marks }
  } finally {
    await context.close()
  }
}

export interface ToggleSample {
  ms: number
  /** What was clicked: a layer name or a speaker's name. */
  target: string
  /** The switch/button changed state, so the click did what the sample claims to time. */
  changed: boolean
}

export interface ToggleRound {
  load: PageLoad
  layer: ToggleSample[]
  speakerOn: ToggleSample[]
  speakerOff: ToggleSample[]
  noop: number[]
}

/**
 * One round on a fresh page: open the article, let it settle, then per try click a layer switch (alternating
 * layers), a speaker (measure, then click it again to clear the filter, measured separately) and a detached
 * no-op button, the machine's floor. The page settles (frames until two idle periods in a row have ≥ 12 ms to
 * spare) before every click.
 * Each click is timed from just before `click()` to the end of the next
 * frame: `requestAnimationFrame` runs before that frame's style/layout/paint, the `setTimeout(0)` it queues
 * runs after them.
 */
export async function measureToggleRound(
  browser: Browser,
  path: string,
  routes: readonly JsonRoute[],
  warmups: number,
  tries: number,
): Promise<ToggleRound> {
  const context = await newBenchContext(browser, routes)
  try {
    const { load, page } = await loadUntilFirstMark(context, path, 90_000)
    if (!load) throw new Error(`no highlight appeared on ${path} within 90 s`)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    // A long article renders the rest of its text in idle slices after the first screen: toggles are timed on
    // the whole article, once no chunk is a placeholder any more.
    await page.waitForFunction(() => !document.querySelector('.article-chunk[data-pending]'), null, {
      timeout: 120_000,
      polling: 200,
    })
    await page.waitForTimeout(500)
    const samples = await page.evaluate(
      async ({ warmups, tries }) => {
        const LAYERS_SEL = 'section[aria-label="Annotation layers"] [role="switch"]'
        const SPEAKERS_SEL = 'section[aria-label="Filter by speaker"] button[aria-pressed]'
        const { frame, settle } = (window as unknown as { __bench: BenchTiming }).__bench
        const timeClick = async (el: HTMLElement) => {
          const t0 = performance.now()
          el.click()
          await frame()
          return performance.now() - t0
        }
        const all = (sel: string) => Array.from(document.querySelectorAll<HTMLElement>(sel))
        const noopButton = document.createElement('button')
        noopButton.addEventListener('click', () => undefined)
        const out = {
          layer: [] as ToggleSample[],
          speakerOn: [] as ToggleSample[],
          speakerOff: [] as ToggleSample[],
          noop: [] as number[],
        }
        if (all(LAYERS_SEL).length === 0) throw new Error('no layer switches found')

        // Elements are looked up before the page settles, so every click, the no-op's too, starts at the same
        // point of a quiet frame.
        for (let i = 0; i < warmups + tries; i++) {
          const keep = i >= warmups
          const switches = all(LAYERS_SEL)
          const sw = switches[i % switches.length]!
          const layer = sw.dataset.layer ?? String(i % switches.length)
          const checked = sw.getAttribute('aria-checked')
          await settle()
          const layerMs = await timeClick(sw)
          const layerChanged = all(LAYERS_SEL)[i % switches.length]?.getAttribute('aria-checked') !== checked
          if (keep) out.layer.push({ ms: layerMs, target: layer, changed: layerChanged })

          const speakers = all(SPEAKERS_SEL)
          if (speakers.length > 0) {
            const index = i % speakers.length
            const name = speakers[index]!.textContent?.trim().slice(0, 40) ?? String(index)
            await settle()
            const onMs = await timeClick(speakers[index]!)
            const on = all(SPEAKERS_SEL)[index]
            if (keep)
              out.speakerOn.push({
                ms: onMs,
                target: name,
                changed: on?.getAttribute('aria-pressed') === 'true',
              })
            if (on) {
              await settle()
              const offMs = await timeClick(on)
              const off = all(SPEAKERS_SEL)[index]
              if (keep)
                out.speakerOff.push({
                  ms: offMs,
                  target: name,
                  changed: off?.getAttribute('aria-pressed') === 'false',
                })
            }
          }

          await settle()
          const noopMs = await timeClick(noopButton)
          if (keep) out.noop.push(noopMs)
        }
        return out
      },
      { warmups, tries },
    )
    return { load, ...samples }
  } finally {
    await context.close()
  }
}
