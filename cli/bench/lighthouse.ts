// Lighthouse 12.2.3 against the built reader (a `vite preview` the bench started), mobile and desktop, interleaved
// run by run so a busy neighbour costs both alike. Debian's Chromium, launched here with a DevTools port and the
// flags of cli/chromium.ts (Lighthouse's own launcher would look for Chrome elsewhere); Lighthouse talks to it
// over that port. Every run starts from a fresh profile state: Lighthouse clears the cache and storage itself.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'
import { freePort } from '../free-port.ts'
import { fixed, spreadOf, verdict, type Spread } from './stats.ts'

export const LIGHTHOUSE_RUNS = 5
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const METRICS = {
  lcp: 'largest-contentful-paint',
  fcp: 'first-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const
type Metric = keyof typeof METRICS
type Category = (typeof CATEGORIES)[number]
type FormFactor = 'mobile' | 'desktop'

/** The issue's budgets: LCP's applies to mobile (simulated slow 4G and a 4× slower CPU), the others to both. */
export const LIGHTHOUSE_BUDGETS = {
  performance: 0.98,
  lcpMobileMs: 1800,
  tbtMs: 100,
  cls: 0.02,
  accessibility: 1,
  'best-practices': 1,
  seo: 1,
}

export interface LighthouseRun {
  scores: Record<Category, number>
  /** ms, except CLS (unitless). */
  metrics: Record<Metric, number>
  /** Audits that cost a point in a category other than performance, for the report. */
  failed: string[]
}

export interface LighthouseSide {
  formFactor: FormFactor
  runs: LighthouseRun[]
  scores: Record<Category, Spread>
  metrics: Record<Metric, Spread>
  checks: { what: string; value: number; limit: string; pass: boolean }[]
}

async function launch(profile: string): Promise<{ chrome: ChildProcess; port: number }> {
  const port = await freePort()
  const chrome = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  )
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (chrome.exitCode !== null) throw new Error(`chromium exited (${chrome.exitCode}) before it listened`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { chrome, port }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  chrome.kill('SIGKILL')
  throw new Error(`chromium did not open its DevTools port ${port} within 30 s`)
}

async function runOnce(url: string, port: number, formFactor: FormFactor): Promise<LighthouseRun> {
  const result = await lighthouse(
    url,
    { port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  )
  if (!result) throw new Error('lighthouse returned no result')
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
  const score = (c: Category) => lhr.categories[c]?.score ?? Number.NaN
  const metric = (m: Metric) => lhr.audits[METRICS[m]]?.numericValue ?? Number.NaN
  const failed = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id}`),
  )
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number>,
    metrics: Object.fromEntries(Object.keys(METRICS).map((m) => [m, metric(m as Metric)])) as Record<
      Metric,
      number
    >,
    failed,
  }
}

function summarize(formFactor: FormFactor, runs: LighthouseRun[]): LighthouseSide {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, spreadOf(runs.map((r) => r.scores[c]))]),
  ) as Record<Category, Spread>
  const metrics = Object.fromEntries(
    Object.keys(METRICS).map((m) => [m, spreadOf(runs.map((r) => r.metrics[m as Metric]))]),
  ) as Record<Metric, Spread>
  const b = LIGHTHOUSE_BUDGETS
  const checks = [
    {
      what: 'performance',
      value: scores.performance.p50,
      limit: `≥ ${b.performance}`,
      pass: scores.performance.p50 >= b.performance,
    },
    ...(formFactor === 'mobile'
      ? [
          {
            what: 'LCP',
            value: metrics.lcp.p50,
            limit: `≤ ${b.lcpMobileMs} ms`,
            pass: metrics.lcp.p50 <= b.lcpMobileMs,
          },
        ]
      : []),
    { what: 'TBT', value: metrics.tbt.p50, limit: `≤ ${b.tbtMs} ms`, pass: metrics.tbt.p50 <= b.tbtMs },
    { what: 'CLS', value: metrics.cls.p50, limit: `≤ ${b.cls}`, pass: metrics.cls.p50 <= b.cls },
    ...(['accessibility', 'best-practices', 'seo'] as const).map((c) => ({
      what: c,
      value: scores[c].p50,
      limit: '= 1',
      pass: scores[c].p50 >= b[c],
    })),
  ]
  return { formFactor, runs, scores, metrics, checks }
}

/** `runs` runs of each form factor, alternating, against `baseUrl + path`. */
export async function measureLighthouse(
  url: string,
  runs: number,
  progress: (message: string) => void,
): Promise<LighthouseSide[]> {
  const profile = mkdtempSync(join(tmpdir(), 'marginalia-bench-lighthouse-'))
  const { chrome, port } = await launch(profile)
  const byForm: Record<FormFactor, LighthouseRun[]> = { mobile: [], desktop: [] }
  try {
    for (let i = 0; i < runs; i++)
      for (const form of ['mobile', 'desktop'] as const) {
        progress(`lighthouse ${form} run ${i + 1} of ${runs}`)
        byForm[form].push(await runOnce(url, port, form))
      }
  } finally {
    const exited = new Promise((r) => chrome.once('exit', r))
    chrome.kill('SIGTERM')
    const timer = setTimeout(() => chrome.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
    rmSync(profile, { recursive: true, force: true })
  }
  return [summarize('mobile', byForm.mobile), summarize('desktop', byForm.desktop)]
}

const show = (s: Spread, digits: number, unit = '') =>
  `${fixed(s.p50, digits)}${unit} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`

/** The report lines of one side: medians with min–max, then each budget's verdict. */
export function formatLighthouse(side: LighthouseSide): string[] {
  const { scores: s, metrics: m } = side
  const failed = [...new Set(side.runs.flatMap((r) => r.failed))]
  return [
    `${side.formFactor} (n=${side.runs.length}; median (min–max)):`,
    `  performance ${show(s.performance, 2)}, accessibility ${show(s.accessibility, 2)}, ` +
      `best practices ${show(s['best-practices'], 2)}, SEO ${show(s.seo, 2)}`,
    `  LCP ${show(m.lcp, 0, ' ms')}, FCP ${show(m.fcp, 0, ' ms')}, TBT ${show(m.tbt, 0, ' ms')}, ` +
      `CLS ${show(m.cls, 3)}, speed index ${show(m.si, 0, ' ms')}`,
    `  budgets: ${side.checks.map((c) => `${c.what} ${c.limit} ${verdict(c.pass)}`).join(', ')}`,
    ...(failed.length > 0 ? [`  audits below 1 in some run: ${failed.join(', ')}`] : []),
  ]
}
