// The peer, measured like the reader: @recogito/text-annotator 4.1.1 on the same long article, in a bench-only page
// (cli/bench/peer/) built into a temp folder and served under /peer/ on the reader's own preview origin (routed by
// Playwright, so the app's dist never holds it). The same settle procedure before every click; the peer's change is
// timed to the end of the frame in which its highlight layer actually changed (it redraws after a ~10 ms debounce
// and a frame, so "the frame after the click" would often end before it drew anything).
import type { Browser, BrowserContext } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { build } from 'vite'
import { heapAfterGc, newBenchContext, type BenchWindow, type JsonRoute } from './browser.ts'
import type { BenchTiming } from './page-timing.ts'

export type PeerMode = 'ranges' | 'offsets'

const HIGHLIGHTS = '.r6o-span-highlight-layer'
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
}

/** Builds the peer page with Vite (no project config: nothing of the app's) into `outDir`, for `/peer/`. */
export async function buildPeer(root: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(root, 'cli/bench/peer'),
    base: '/peer/',
    logLevel: 'silent',
    publicDir: false,
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  })
}

interface PeerWindow extends BenchWindow {
  __peerLoaded?: number
}

async function peerContext(
  browser: Browser,
  outDir: string,
  routes: readonly JsonRoute[],
): Promise<BrowserContext> {
  const context = await newBenchContext(browser, routes, `${HIGHLIGHTS} > *`)
  await context.route('**/peer/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/peer\//, '') || 'index.html'
    return route.fulfill({
      status: 200,
      contentType: TYPES[extname(path)] ?? 'application/octet-stream',
      body: readFileSync(join(outDir, path)),
    })
  })
  return context
}

export interface PeerToggle {
  ms: number
  target: string
  /** Its highlight layer changed within a second of the click (else ms is to the end of the next frame). */
  changed: boolean
}

export interface PeerRound {
  mode: PeerMode
  /** Navigation start -> its first highlight box in the DOM, and the end of the frame that paints it, ms. */
  firstHighlight: number
  firstHighlightFrame: number
  /** Navigation start -> setAnnotations returned, ms. */
  loaded: number
  heapBytes: number
  domNodes: number
  highlightBoxes: number
  layer: PeerToggle[]
  noop: number[]
}

/** Opens the peer page in a fresh context, then (if `tries` > 0) times its layer switches like the reader's. */
export async function measurePeerRound(
  browser: Browser,
  baseUrl: string,
  outDir: string,
  routes: readonly JsonRoute[],
  mode: PeerMode,
  warmups: number,
  tries: number,
): Promise<PeerRound> {
  const context = await peerContext(browser, outDir, routes)
  try {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/peer/index.html?mode=${mode}`, { waitUntil: 'commit' })
    await page.waitForFunction(
      () => (window as PeerWindow).__benchFirstMarkFrame !== undefined && (window as PeerWindow).__peerLoaded,
      null,
      { timeout: 180_000 },
    )
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.waitForTimeout(500)
    const heapBytes = await heapAfterGc(page)
    const load = await page.evaluate((sel) => {
      const w = window as PeerWindow
      return {
        firstHighlight: w.__benchFirstMark ?? Number.NaN,
        firstHighlightFrame: w.__benchFirstMarkFrame ?? Number.NaN,
        loaded: w.__peerLoaded ?? Number.NaN,
        domNodes: document.getElementsByTagName('*').length,
        highlightBoxes: document.querySelector(sel)?.childElementCount ?? 0,
      }
    }, HIGHLIGHTS)
    const samples = await page.evaluate(
      async ({ warmups, tries, sel }) => {
        const { frame, settle } = (window as unknown as { __bench: BenchTiming }).__bench
        const layer = document.querySelector(sel)!
        /** Click -> end of the frame that paints the first change of the highlight layer. */
        const timeVisibleChange = (el: HTMLElement) =>
          new Promise<{ ms: number; changed: boolean }>((resolve) => {
            let t0 = 0
            const done = (changed: boolean) => {
              observer.disconnect()
              clearTimeout(timer)
              requestAnimationFrame(() =>
                setTimeout(() => resolve({ ms: performance.now() - t0, changed }), 0),
              )
            }
            const observer = new MutationObserver(() => done(true))
            observer.observe(layer, { childList: true, subtree: true, attributes: true })
            const timer = setTimeout(() => done(false), 1000)
            t0 = performance.now()
            el.click()
          })
        const switches = Array.from(document.querySelectorAll<HTMLElement>('[role="switch"]'))
        const noopButton = document.createElement('button')
        noopButton.addEventListener('click', () => undefined)
        const out = { layer: [] as { ms: number; target: string; changed: boolean }[], noop: [] as number[] }
        for (let i = 0; i < warmups + tries; i++) {
          const keep = i >= warmups
          const sw = switches[i % switches.length]!
          await settle()
          const sample = await timeVisibleChange(sw)
          if (keep) out.layer.push({ ...sample, target: sw.dataset.layer ?? '' })
          await settle()
          const t0 = performance.now()
          noopButton.click()
          await frame()
          if (keep) out.noop.push(performance.now() - t0)
        }
        return out
      },
      { warmups, tries, sel: HIGHLIGHTS },
    )
    return { mode, heapBytes, ...load, ...samples }
  } finally {
    await context.close()
  }
}
