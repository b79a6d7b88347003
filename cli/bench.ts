// Benchmarks Marginalia: analysis throughput, bundle sizes, and the reader in headless Chromium.
// Run: npm run bench                   (2–3 minutes on 2 cores; report on stdout, raw figures in
//                                       test-results/bench.json, progress on stderr)
//      npm run bench -- --rounds 1     fewer toggle rounds (default 3)
//      npm run bench -- --dist         serve the existing dist/ (from `npm run build`) instead of a fresh build
//      npm run bench -- --only lighthouse    some parts only: analysis, sizes, reader, lighthouse, peer
// Budgets are reported as PASS/MISS, never enforced: the exit code is non-zero only when the benchmark itself
// fails. What each figure means, and how to read it: docs/benchmarks.md.
import type { Browser } from '@playwright/test'
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { annotateArticle } from '../src/analysis/annotate.ts'
import { parseArticle } from '../src/analysis/text/parse-article.ts'
import type { AnnotatedArticle } from '../src/model/annotated-article.ts'
import type { ArticleSource } from '../src/model/article.ts'
import { LARGE_MIN_CHARS, measureAdversarial, measureThroughput, repeatBody } from './bench/analysis.ts'
import {
  BASE_URL,
  launchChromium,
  measureFirstHighlight,
  measureReaderHeap,
  measureToggleRound,
  startPreview,
  stopPreview,
  type ToggleRound,
} from './bench/browser.ts'
import { buildPeer, measurePeerRound, type PeerRound } from './bench/peer.ts'
import { LIGHTHOUSE_RUNS, formatLighthouse, measureLighthouse } from './bench/lighthouse.ts'
import {
  LINK_WARNING_LENGTH,
  OPEN_BUDGET,
  measureOpen,
  pastedText,
  seedLinkLength,
  summarizeOpen,
  type OpenSummary,
} from './bench/open-article.ts'
import {
  assertValid,
  buildLongArticle,
  describeArticle,
  repeatArticle,
  topUpAnnotations,
} from './bench/long-article.ts'
import {
  buildLargeArticle,
  LARGE_COPIES,
  LARGE_TASK_BUDGET_MS,
  measureLargeInput,
} from './bench/large-input.ts'
import { FIRST_SCREEN_FONT_BUDGET, readPreloadedFonts } from './bench/fonts.ts'
import {
  FIRST_PAINT_BUDGET_MS,
  measureLongLoad,
  TASK_BUDGET_MS,
  type LongLoad,
} from './bench/long-first-render.ts'
import {
  buildReader,
  measureAnalysisLibrary,
  measureBareStack,
  readFirstLoad,
  type LibrarySize,
} from './bench/sizes.ts'
import {
  fixed,
  formatBytes,
  formatMedianRange,
  formatMs,
  spreadOf,
  verdict,
  type Spread,
} from './bench/stats.ts'

const RUN_COMMAND = 'npm run bench'
const SEED_ID = 'global-times-2022-01-11-kazakhstan'
const LONG_ID = 'bench-long'
const LARGE_ID = 'bench-large'
const TARGET_MB_PER_S = 2
const FIRST_LOAD_BUDGET = 30 * 1024
const FRAME_MS = 16
const MAX_TOGGLE_MS = 50
const FIRST_HIGHLIGHT_BUDGET_MS = 1000
const TOGGLE_WARMUPS = 5
const TOGGLE_TRIES = 30
/** Fresh loads of the long article (from the top, and from a deep link) for its first render. */
const LONG_LOADS = 3
/** Issue 11: how much faster than the peer's fastest path the reader should be (peer / Marginalia). */
const PEER_GOALS = { toggleP95: 2.5, firstRender: 4 }
/** No new toggle round starts after this much time, so the whole run stays near 4 minutes on 2 cores. */
const ROUND_DEADLINE_MS = 170_000

const root = resolve(import.meta.dirname, '..')
const argv = process.argv.slice(2)
const roundsArg = argv.indexOf('--rounds')
const ROUNDS = roundsArg >= 0 ? Math.max(1, Number(argv[roundsArg + 1]) || 1) : 3
const USE_DIST = argv.includes('--dist')
/** The parts of the bench, in the order they run; `--only lighthouse,peer` runs some of them. */
const PARTS = ['analysis', 'sizes', 'reader', 'lighthouse', 'peer', 'open'] as const
type Part = (typeof PARTS)[number]
const onlyArg = argv.indexOf('--only')
const ONLY = new Set<Part>(onlyArg >= 0 ? parseParts(argv[onlyArg + 1] ?? '') : PARTS)

function parseParts(list: string): Part[] {
  const names = list.split(',').filter(Boolean)
  const unknown = names.filter((n) => !(PARTS as readonly string[]).includes(n))
  if (names.length === 0 || unknown.length > 0)
    throw new Error(`--only takes a comma-separated list of ${PARTS.join(', ')}; got "${list}"`)
  return names as Part[]
}
/** The machine is shared: every figure is printed with the load average it was measured under. */
const loadAverage = () =>
  `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`

const started = performance.now()
const tmp = mkdtempSync(join(tmpdir(), 'marginalia-bench-'))
let server: ChildProcess | undefined
let browser: Browser | undefined

const say = (line = '') => process.stdout.write(`${line}\n`)
const progress = (message: string) =>
  process.stderr.write(`bench: ${message} (${fixed((performance.now() - started) / 1000, 0)} s)\n`)
const int = (n: number) => n.toLocaleString('en-US')

async function cleanUp(): Promise<void> {
  await browser?.close().catch(() => undefined)
  browser = undefined
  if (server) await stopPreview(server)
  server = undefined
  rmSync(tmp, { recursive: true, force: true })
}
// tsx relays a Ctrl-C to this process after the terminal has sent it too: handle every delivery, act once, and do
// the synchronous part (server, temp dir) first in case something kills us before the browser has closed.
let interrupted = false
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (interrupted) return
    interrupted = true
    server?.kill('SIGTERM')
    rmSync(tmp, { recursive: true, force: true })
    void cleanUp().finally(() => process.exit(130))
  })

/** Loads the minified analysis bundle (the code as shipped) as an ES module. */
async function loadBundle(code: readonly string[]): Promise<(source: ArticleSource) => AnnotatedArticle> {
  if (code.length !== 1) throw new Error(`expected one analysis chunk, got ${code.length}`)
  const file = join(tmp, 'annotate.bundle.mjs')
  writeFileSync(file, code[0]!)
  const mod = (await import(pathToFileURL(file).href)) as {
    annotateArticle: (s: ArticleSource) => AnnotatedArticle
  }
  return mod.annotateArticle
}

async function benchAnalysis(library: LibrarySize) {
  const bundled = await loadBundle(library.code)
  const seedSource = parseArticle(readFileSync(join(root, 'content/articles', `${SEED_ID}.md`), 'utf8'))
  progress('timing annotateArticle on the seed article')
  const seed = measureThroughput(seedSource, 3, () => 20)
  const largeSource = repeatBody(seedSource, LARGE_MIN_CHARS)
  progress('timing annotateArticle on a ~1 MB article (the shipped bundle)')
  const large = measureThroughput(largeSource, 1, (warmupMs) => (warmupMs < 1500 ? 7 : 5), bundled)
  progress('timing annotateArticle on a ~1 MB article (source under tsx)')
  const fromSource = measureThroughput(largeSource, 1, () => 5)
  const layers = (r: typeof seed) =>
    Object.entries(r.byLayer)
      .map(([l, n]) => `${l} ${int(n)}`)
      .join(', ')
  const copies = largeSource.paragraphs.length / seedSource.paragraphs.length
  const ok = large.mbPerSecond.p50 >= TARGET_MB_PER_S
  say('1. Analysis throughput: annotateArticle, in this Node process (MB = 10^6 bytes of UTF-8 text)')
  say(
    `   seed article   ${int(seed.chars)} chars, ${seed.paragraphs} paragraphs: ${formatMedianRange(seed.msSpread, 'ms')}`,
  )
  say(
    `                  = ${formatMedianRange(seed.mbPerSecond, 'MB/s')}; ${int(seed.annotations)} annotations`,
  )
  say(
    `   ~1 MB article  ${int(large.chars)} chars (seed body ×${copies}), ${int(large.paragraphs)} paragraphs:`,
  )
  say(`                  ${formatMedianRange(large.mbPerSecond, 'MB/s')} — the minified bundle, as shipped`)
  say(
    `                  ${formatMedianRange(fromSource.mbPerSecond, 'MB/s')} — from source under tsx, as npm run content runs it`,
  )
  say(
    `                  ${formatMedianRange(large.msSpread, 'ms', 1)} per run, after ${large.warmupMs.length} warm-up`,
  )
  say(`                  ${int(large.annotations)} annotations (${layers(large)})`)
  say(`   target: ≥ ${TARGET_MB_PER_S} MB/s (median, ~1 MB article, the shipped bundle): ${verdict(ok)}`)
  progress('timing annotateArticle on adversarial input')
  const adversarial = measureAdversarial(seedSource)
  say(
    '   adversarial input (median of 3 after a warm-up; budget: well under 1 s per MB, every offset in the text):',
  )
  for (const a of adversarial)
    say(
      `     ${a.name.padEnd(30)} ${int(a.chars)} chars: ${fixed(a.ms)} ms (${int(Math.round(a.msPerMb))} ms/MB), ` +
        `${int(a.annotations)} annotations, ${a.outside} outside the text`,
    )
  const adversarialOk = adversarial.every((a) => a.msPerMb < 1000 && a.outside === 0)
  say(`   budget: < 1000 ms per MB, no offset outside the text: ${verdict(adversarialOk)}`)
  say()
  return {
    seed,
    large: { ...large, seedCopies: copies },
    largeFromSource: fromSource,
    adversarial,
    targetMbPerSecond: TARGET_MB_PER_S,
    pass: ok && adversarialOk,
  }
}

async function benchSizes(readerDir: string, library: LibrarySize) {
  progress('building the reader')
  await buildReader(root, readerDir)
  const reader = readFirstLoad(readerDir)
  progress('building the bare-stack baseline')
  const bare = await measureBareStack(root, join(tmp, 'baseline'))
  const above = reader.gzip - bare.gzip
  const analysisInFirstLoad = reader.markers.some((m) => m.found)
  say('2. Sizes: minified, gzip level 9 (KB = 1024 B)')
  say(`   analysis library (src/analysis/annotate.ts, every dependency bundled, ${library.chunks} chunk(s)):`)
  say(`     raw ${formatBytes(library.raw)}, gzip ${formatBytes(library.gzip)}`)
  say('   reader first-load JavaScript (entry script + modulepreload links of index.html):')
  for (const f of reader.files) say(`     ${f.file}  raw ${formatBytes(f.raw)}, gzip ${formatBytes(f.gzip)}`)
  if (reader.files.length > 1)
    say(`     total  raw ${formatBytes(reader.raw)}, gzip ${formatBytes(reader.gzip)}`)
  for (const f of reader.css) say(`     (CSS, for information) ${f.file}  gzip ${formatBytes(f.gzip)}`)
  say(`   bare stack (react, react-dom/client, a QueryClientProvider): gzip ${formatBytes(bare.gzip)}`)
  say(`   reader above the bare stack: gzip ${formatBytes(above)}`)
  say(
    `   budget: ≤ ${FIRST_LOAD_BUDGET / 1024} KB gzip above the bare stack: ${verdict(above <= FIRST_LOAD_BUDGET)}`,
  )
  const fonts = readPreloadedFonts(readerDir)
  say('   fonts of the first screen (preloaded by index.html; woff2, sent as is):')
  for (const f of fonts.files) say(`     ${f.file}  ${formatBytes(f.bytes)}`)
  const fontsPass = fonts.files.length > 0 && fonts.bytes <= FIRST_SCREEN_FONT_BUDGET
  say(
    `   budget: ≤ ${FIRST_SCREEN_FONT_BUDGET / 1024} KB of fonts for the first screen: ${verdict(fontsPass)}`,
  )
  const found = reader.markers.map((m) => `${m.what} "${m.text}": ${m.found ? 'found' : 'absent'}`).join('; ')
  say(`   analysis code in the first-load chunks: ${analysisInFirstLoad ? 'yes' : 'no'} (${found})`)
  say(`   budget: no analysis code in the first load: ${verdict(!analysisInFirstLoad)}`)
  say()
  return {
    library: { chunks: library.chunks, raw: library.raw, gzip: library.gzip },
    readerFirstLoad: reader,
    bareStack: bare,
    aboveBareStack: above,
    budgetAboveBareStack: FIRST_LOAD_BUDGET,
    analysisInFirstLoad,
    fonts,
    pass: above <= FIRST_LOAD_BUDGET && !analysisInFirstLoad && fontsPass,
  }
}

/** The budget of notes/highlight-performance.md for this machine: p50 ≤ 16, p95 ≤ 16 + no-op p95, max ≤ 50. */
function judgeToggles(s: Spread, noop: Spread) {
  const p95Limit = FRAME_MS + noop.p95
  const checks = { p50: s.p50 <= FRAME_MS, p95: s.p95 <= p95Limit, max: s.max <= MAX_TOGGLE_MS }
  const text =
    `p50 ≤ ${FRAME_MS} ${verdict(checks.p50)}, p95 ≤ ${fixed(p95Limit)} ${verdict(checks.p95)}, ` +
    `max ≤ ${MAX_TOGGLE_MS} ${verdict(checks.max)}`
  return { p95Limit, ...checks, pass: checks.p50 && checks.p95 && checks.max, text }
}

const seedAnnotatedNow = () =>
  annotateArticle(parseArticle(readFileSync(join(root, 'content/articles', `${SEED_ID}.md`), 'utf8')))
let long: AnnotatedArticle | undefined
/** The 100,000-word bench article (docs/benchmarks.md, 3a), built once per run. */
const longArticle = () => (long ??= buildLongArticle(seedAnnotatedNow(), LONG_ID))

async function benchReader(servedDir: string) {
  const seedAnnotated = seedAnnotatedNow()
  const long = longArticle()
  const shape = describeArticle(long)
  const synthetic = long.annotations.some((a) => a.rule.startsWith('bench/'))
  const longRoutes = [{ url: `**/articles/${LONG_ID}.json`, body: JSON.stringify(long) }]

  server ??= await startPreview(root, servedDir)
  progress(`serving ${servedDir} on ${BASE_URL}`)
  browser ??= await launchChromium()
  const chromiumVersion = browser.version()

  // The seed as served; while the built file carries no highlights, the seed text with synthetic ones.
  const servedResponse = await fetch(`${BASE_URL}/articles/${SEED_ID}.json`)
  if (!(servedResponse.headers.get('content-type') ?? '').includes('json'))
    throw new Error(`the build serves no /articles/${SEED_ID}.json: run npm run content`)
  const served = (await servedResponse.json()) as { annotations?: unknown[] }
  const servedAnnotations = served.annotations?.length ?? 0
  const seedRoutes =
    servedAnnotations > 0
      ? []
      : [
          {
            url: `**/articles/${SEED_ID}.json`,
            body: JSON.stringify(assertValid(repeatArticle(topUpAnnotations(seedAnnotated), 1, SEED_ID))),
          },
        ]
  progress('timing the first highlight of the seed article')
  const seedLoads = await measureFirstHighlight(browser, `/read/${SEED_ID}`, seedRoutes, 5, 1)

  const rounds: ToggleRound[] = []
  for (let r = 0; r < ROUNDS; r++) {
    if (r > 0 && performance.now() - started > ROUND_DEADLINE_MS) break
    progress(`toggle round ${r + 1} of ${ROUNDS} on the long article`)
    rounds.push(
      await measureToggleRound(browser, `/read/${LONG_ID}`, longRoutes, TOGGLE_WARMUPS, TOGGLE_TRIES),
    )
  }

  // Item 5: the first screen first, the rest in idle slices; from the top, and from a link focusing a highlight
  // four fifths down the article.
  const deep = [...long.annotations].sort((a, b) => a.start - b.start)[
    Math.floor(long.annotations.length * 0.8)
  ]!
  const progressive: { top: LongLoad[]; deep: LongLoad[] } = { top: [], deep: [] }
  for (let i = 0; i < LONG_LOADS; i++) {
    progress(`first render of the long article, load ${i + 1} of ${LONG_LOADS} (top, then a deep link)`)
    progressive.top.push(await measureLongLoad(browser, `/read/${LONG_ID}`, longRoutes))
    progressive.deep.push(
      await measureLongLoad(browser, `/read/${LONG_ID}?focus=${deep.id}`, longRoutes, deep.id),
    )
  }

  progress('toggle round on the seed article')
  const seedRound = await measureToggleRound(
    browser,
    `/read/${SEED_ID}`,
    seedRoutes,
    TOGGLE_WARMUPS,
    TOGGLE_TRIES,
  )

  progress(`opening the large input (the long article ×${LARGE_COPIES})`)
  const largeArticle = buildLargeArticle(long, LARGE_ID)
  const largeShape = describeArticle(largeArticle)
  const large = await measureLargeInput(browser, `/read/${LARGE_ID}`, [
    { url: `**/articles/${LARGE_ID}.json`, body: JSON.stringify(largeArticle) },
  ])
  const largePass = large.firstMark !== null && large.longestAfterFirstPaint <= LARGE_TASK_BUDGET_MS

  const ms = (samples: readonly { ms: number }[]) => samples.map((s) => s.ms)
  const seedToggles = {
    layer: spreadOf(ms(seedRound.layer)),
    speakerOn: spreadOf(ms(seedRound.speakerOn)),
    noop: spreadOf(seedRound.noop),
  }
  const layer = spreadOf(rounds.flatMap((r) => ms(r.layer)))
  const speakerOn = spreadOf(rounds.flatMap((r) => ms(r.speakerOn)))
  const speakerOff = spreadOf(rounds.flatMap((r) => ms(r.speakerOff)))
  const noop = spreadOf(rounds.flatMap((r) => r.noop))
  const unchanged = rounds
    .flatMap((r) => [...r.layer, ...r.speakerOn, ...r.speakerOff])
    .filter((s) => !s.changed)
  const layerJudged = judgeToggles(layer, noop)
  const speakerJudged = judgeToggles(speakerOn, noop)
  const longFirst = spreadOf(rounds.map((r) => r.load.firstMark))
  const longFrame = spreadOf(rounds.map((r) => r.load.firstMarkFrame))
  const seedTimes = seedLoads.flatMap((l) => (l ? [l.firstMark] : []))
  const seedFirst = spreadOf(seedTimes)
  const seedFrame = spreadOf(seedLoads.flatMap((l) => (l ? [l.firstMarkFrame] : [])))
  const seedPass = seedTimes.length === seedLoads.length && seedFirst.max <= FIRST_HIGHLIGHT_BUDGET_MS

  const progressiveFigures = (loads: readonly LongLoad[]) => {
    const firstPaint = spreadOf(loads.map((l) => l.firstPaint))
    const complete = spreadOf(loads.map((l) => l.complete))
    const longest = spreadOf(loads.map((l) => l.longestTask))
    return {
      firstPaint,
      complete,
      longestTask: longest,
      longTasks: spreadOf(loads.map((l) => l.longTasks)),
      pass: { firstPaint: firstPaint.max <= FIRST_PAINT_BUDGET_MS, tasks: longest.max < TASK_BUDGET_MS },
      loads,
    }
  }
  const fromTop = progressiveFigures(progressive.top)
  const fromDeep = progressiveFigures(progressive.deep)
  const byLayer = layerMedians(rounds)
  say(
    `3. Reader in headless Chromium ${chromiumVersion} (1280×900, vite preview of ${USE_DIST ? 'dist/' : 'a fresh build'})`,
  )
  say(
    `   a. long article: ${int(shape.words)} words, ${int(shape.paragraphs)} paragraphs, ` +
      `${int(shape.annotations)} annotations (${Object.entries(shape.byLayer)
        .map(([l, n]) => `${l} ${int(n)}`)
        .join(', ')}),`,
  )
  say(
    `      ${int(shape.nested)} nested, ${shape.speakers} speakers, ${int(shape.events)} events; seed ×${
      long.paragraphs.length / seedAnnotated.paragraphs.length
    }` +
      (synthetic
        ? `, topped up with synthetic annotations (the analysis found ${seedAnnotated.annotations.length} in the seed)`
        : ''),
  )
  say(`      first render, navigation start → first mark.hl: ${formatMedianRange(longFirst, 'ms', 0)}`)
  say(`      … → end of the frame that paints it: ${formatMedianRange(longFrame, 'ms', 0)}`)
  say(`      marks in the DOM: ${int(rounds[0]?.load.marks ?? 0)}`)
  say(`      first screen first, the rest in idle slices (${LONG_LOADS} fresh pages each; ${loadAverage()}):`)
  for (const [what, f] of [
    ['from the top', fromTop],
    [`a link focusing a highlight 4/5 down`, fromDeep],
  ] as const) {
    say(`      ${what}:`)
    say(`        first highlight painted   ${formatMedianRange(f.firstPaint, 'ms', 0)}`)
    say(`        whole article in the DOM  ${formatMedianRange(f.complete, 'ms', 0)}`)
    say(
      `        longest task until then   ${formatMedianRange(f.longestTask, 'ms', 0)} (0: none over ${TASK_BUDGET_MS} ms); ` +
        `tasks over ${TASK_BUDGET_MS} ms: median ${f.longTasks.p50}`,
    )
    say(
      `        budgets: first highlight ≤ ${FIRST_PAINT_BUDGET_MS} ms on every load ${verdict(f.pass.firstPaint)}, ` +
        `every task < ${TASK_BUDGET_MS} ms ${verdict(f.pass.tasks)}`,
    )
  }
  const unfocused = progressive.deep.filter((l) => l.focused !== true).length
  if (unfocused > 0) say(`      WARNING: ${unfocused} deep link load(s) did not focus their highlight`)
  say(
    `   b. toggle latency, click → end of the next frame; ${TOGGLE_TRIES} tries after ${TOGGLE_WARMUPS} warm-ups, ` +
      `${rounds.length} round(s) on fresh pages:`,
  )
  say(`      layer switch         ${formatMs(layer)}`)
  say(`      speaker filter on    ${formatMs(speakerOn)}`)
  say(`      speaker filter off   ${formatMs(speakerOff)}`)
  say(`      no-op click (floor)  ${formatMs(noop)}`)
  say(`      layer p50 per layer: ${byLayer}`)
  for (const [i, r] of rounds.entries())
    say(
      `      round ${i + 1}: layer p50/p95 ${fixed(spreadOf(ms(r.layer)).p50)}/${fixed(spreadOf(ms(r.layer)).p95)}, ` +
        `speaker on ${fixed(spreadOf(ms(r.speakerOn)).p50)}/${fixed(spreadOf(ms(r.speakerOn)).p95)}, ` +
        `no-op ${fixed(spreadOf(r.noop).p50)}/${fixed(spreadOf(r.noop).p95)} ms`,
    )
  if (unchanged.length > 0)
    say(`      WARNING: ${unchanged.length} click(s) did not change their control's state`)
  say(
    `      budget (a frame, ${FRAME_MS} ms; on this machine judged against the no-op floor of the same run):`,
  )
  say(`        layer switch:      ${layerJudged.text}`)
  say(`        speaker filter on: ${speakerJudged.text}`)
  say(`      for comparison, the seed article itself (1 round of ${TOGGLE_TRIES}):`)
  say(`        layer switch ${formatMs(seedToggles.layer)}`)
  say(`        speaker on   ${formatMs(seedToggles.speakerOn)}`)
  say(`        no-op        ${formatMs(seedToggles.noop)}`)
  say(
    `   c. first highlight, seed article, navigation start → first mark.hl (${seedLoads.length} fresh pages):`,
  )
  if (seedRoutes.length > 0)
    say(
      `      (the served file has no annotations yet: measured with the seed text plus synthetic annotations)`,
    )
  else if (servedAnnotations !== seedAnnotated.annotations.length)
    say(
      `      (the served file has ${servedAnnotations} annotations, the current analysis ${seedAnnotated.annotations.length}: run npm run content)`,
    )
  say(`      ${formatMedianRange(seedFirst, 'ms', 0)}`)
  say(`      … → end of the frame that paints it: ${formatMedianRange(seedFrame, 'ms', 0)}`)
  if (seedTimes.length < seedLoads.length)
    say(`      ${seedLoads.length - seedTimes.length} load(s) showed no highlight within 15 s`)
  say(`      budget: ≤ ${FIRST_HIGHLIGHT_BUDGET_MS} ms on every load: ${verdict(seedPass)}`)
  say(
    `   d. large input, the long article ×${LARGE_COPIES}: ${int(largeShape.chars)} chars, ` +
      `${int(largeShape.annotations)} annotations, ${int(largeShape.events)} events, ${int(largeShape.speakers)} speakers (one load)`,
  )
  say(
    `      first mark.hl ${large.firstMark === null ? 'never' : `${int(Math.round(large.firstMark))} ms`}; ` +
      `quiet after ${int(Math.round(large.settled))} ms; ${int(large.marks)} marks in the DOM`,
  )
  say(
    `      long tasks after the first paint: ${large.tasksAfterFirstPaint}, the longest ${fixed(large.longestAfterFirstPaint, 0)} ms; ` +
      `a layer switch then: ${fixed(large.layerSwitch)} ms`,
  )
  say(`      budget: no task over ${LARGE_TASK_BUDGET_MS} ms after the first paint: ${verdict(largePass)}`)
  say()
  return {
    largeInput: { ...largeShape, ...large, budgetMs: LARGE_TASK_BUDGET_MS, pass: largePass },
    chromium: chromiumVersion,
    served: USE_DIST ? 'dist' : 'fresh build',
    longArticle: { ...shape, synthetic, analysisAnnotationsInSeed: seedAnnotated.annotations.length },
    longFirstRender: { firstMark: longFirst, firstMarkFrame: longFrame },
    progressive: {
      budgetMs: { firstPaint: FIRST_PAINT_BUDGET_MS, task: TASK_BUDGET_MS },
      fromTop,
      deepLink: { focus: deep.id, ...fromDeep },
    },
    toggles: {
      layer,
      speakerOn,
      speakerOff,
      noop,
      unchanged: unchanged.length,
      budget: { layer: layerJudged, speakerOn: speakerJudged },
      seedArticle: seedToggles,
    },
    seedFirstHighlight: {
      synthetic: seedRoutes.length > 0,
      servedAnnotations,
      firstMark: seedFirst,
      firstMarkFrame: seedFrame,
      budgetMs: FIRST_HIGHLIGHT_BUDGET_MS,
      pass: seedPass,
      loads: seedLoads,
    },
    rounds,
  }
}

async function benchLighthouse(servedDir: string) {
  server ??= await startPreview(root, servedDir)
  const path = `/read/${SEED_ID}`
  const sides = await measureLighthouse(BASE_URL + path, LIGHTHOUSE_RUNS, progress)
  say(
    `4. Lighthouse 12.2.3 on ${path} (vite preview, default simulated throttling; ${loadAverage()} after it)`,
  )
  for (const side of sides) for (const line of formatLighthouse(side)) say(`   ${line}`)
  say()
  return { path, sides, pass: sides.every((side) => side.checks.every((c) => c.pass)) }
}

/** The reader and the peer on the same long article, round by round (each round a fresh page of each). */
async function benchPeer(servedDir: string) {
  server ??= await startPreview(root, servedDir)
  browser ??= await launchChromium()
  const peerDir = join(tmp, 'peer')
  progress('building the peer page')
  await buildPeer(root, peerDir)
  const routes = [{ url: `**/articles/${LONG_ID}.json`, body: JSON.stringify(longArticle()) }]
  const path = `/read/${LONG_ID}`
  const ours: { round: ToggleRound; heap: Awaited<ReturnType<typeof measureReaderHeap>> }[] = []
  const peer: PeerRound[] = []
  for (let r = 0; r < ROUNDS; r++) {
    progress(`peer round ${r + 1} of ${ROUNDS}: Marginalia`)
    const round = await measureToggleRound(browser, path, routes, TOGGLE_WARMUPS, TOGGLE_TRIES)
    ours.push({ round, heap: await measureReaderHeap(browser, path, routes) })
    progress(`peer round ${r + 1} of ${ROUNDS}: the peer, DOM ranges`)
    peer.push(
      await measurePeerRound(browser, BASE_URL, peerDir, routes, 'ranges', TOGGLE_WARMUPS, TOGGLE_TRIES),
    )
  }
  progress('the peer, documented path (offsets only): one load')
  const offsets = await measurePeerRound(browser, BASE_URL, peerDir, routes, 'offsets', 0, 0)
  const side = {
    ours: {
      toggle: spreadOf(ours.flatMap((o) => o.round.layer.map((s) => s.ms))),
      firstRender: spreadOf(ours.map((o) => o.round.load.firstMarkFrame)),
      heapMb: spreadOf(ours.map((o) => o.heap.heapBytes / 2 ** 20)),
      noop: spreadOf(ours.flatMap((o) => o.round.noop)),
    },
    peer: {
      toggle: spreadOf(peer.flatMap((p) => p.layer.map((s) => s.ms))),
      firstRender: spreadOf(peer.map((p) => p.firstHighlightFrame)),
      heapMb: spreadOf(peer.map((p) => p.heapBytes / 2 ** 20)),
      noop: spreadOf(peer.flatMap((p) => p.noop)),
    },
  }
  const ratio = (a: number, b: number) => `${fixed(a / b, 2)}×`
  const goals = {
    toggleP95: side.peer.toggle.p95 / side.ours.toggle.p95 >= PEER_GOALS.toggleP95,
    firstRender: side.peer.firstRender.p50 / side.ours.firstRender.p50 >= PEER_GOALS.firstRender,
    heap: side.ours.heapMb.p50 <= side.peer.heapMb.p50,
  }
  const unchanged = peer.flatMap((p) => p.layer).filter((s) => !s.changed).length
  say(
    `5. The peer: @recogito/text-annotator 4.1.1, SPANS renderer, same long article, ${ROUNDS} interleaved round(s) ` +
      `of ${TOGGLE_TRIES} layer switches after ${TOGGLE_WARMUPS} warm-ups (${loadAverage()} after it)`,
  )
  const { ours: o, peer: p } = side
  const ms = (x: number) => `${fixed(x)} ms`
  const range = (x: Spread) => `${fixed(x.p50, 0)} ms (${fixed(x.min, 0)}–${fixed(x.max, 0)})`
  const rows: [string, string, string, string][] = [
    ['', 'Marginalia', 'peer, DOM ranges', 'peer / Marginalia'],
    ['layer switch p50', ms(o.toggle.p50), ms(p.toggle.p50), ratio(p.toggle.p50, o.toggle.p50)],
    ['layer switch p95', ms(o.toggle.p95), ms(p.toggle.p95), ratio(p.toggle.p95, o.toggle.p95)],
    ['layer switch max', ms(o.toggle.max), ms(p.toggle.max), ''],
    [
      'first highlight painted',
      range(o.firstRender),
      range(p.firstRender),
      ratio(p.firstRender.p50, o.firstRender.p50),
    ],
    [
      'JS heap after load (after GC)',
      `${fixed(o.heapMb.p50)} MB`,
      `${fixed(p.heapMb.p50)} MB`,
      ratio(p.heapMb.p50, o.heapMb.p50),
    ],
    [
      'no-op click p50 / p95',
      `${fixed(o.noop.p50)} / ${ms(o.noop.p95)}`,
      `${fixed(p.noop.p50)} / ${ms(p.noop.p95)}`,
      '',
    ],
    ['DOM elements', int(ours[0]?.heap.domNodes ?? 0), int(peer[0]?.domNodes ?? 0), ''],
    [
      'highlights drawn',
      `${int(ours[0]?.heap.marks ?? 0)} <mark>`,
      `${int(peer[0]?.highlightBoxes ?? 0)} boxes`,
      '',
    ],
  ]
  for (const [what, a, b, r] of rows) say(`   ${what.padEnd(30)} ${a.padEnd(24)} ${b.padEnd(24)} ${r}`)
  say(
    `   peer, documented path (character offsets only, one load): first highlight painted ${fixed(offsets.firstHighlightFrame, 0)} ms, ` +
      `heap ${fixed(offsets.heapBytes / 2 ** 20)} MB`,
  )
  if (unchanged > 0) say(`   WARNING: ${unchanged} peer click(s) changed nothing on screen within 1 s`)
  say(
    `   goals: toggle p95 ≥ ${PEER_GOALS.toggleP95}× faster ${verdict(goals.toggleP95)}, first render ≥ ${PEER_GOALS.firstRender}× faster ` +
      `${verdict(goals.firstRender)}, heap ≤ the peer's ${verdict(goals.heap)}`,
  )
  say()
  return { side, goals, unchanged, ours, peer, offsets }
}

/** Issue 8: paste -> Annotate -> the first highlighted paint, for a short and a very long article. */
async function benchOpen(servedDir: string) {
  server ??= await startPreview(root, servedDir)
  browser ??= await launchChromium()
  const seed = parseArticle(readFileSync(join(root, 'content/articles', `${SEED_ID}.md`), 'utf8'))
  const sizes = [
    { words: 1_000, runs: 5 },
    { words: 100_000, runs: 2 },
  ]
  const results: OpenSummary[] = []
  for (const { words, runs } of sizes) {
    const text = pastedText(seed, words)
    const measured = []
    for (let r = 0; r < runs; r++) {
      progress(`opening a pasted ${int(words)}-word article, run ${r + 1} of ${runs}`)
      measured.push(await measureOpen(browser, `Bench: ${int(words)} words`, text))
    }
    results.push(summarizeOpen(words, measured))
  }
  const linkLength = seedLinkLength(seed)
  say(
    `6. Opening an article of one's own (paste into /open, Annotate; each run a fresh browser context; ${loadAverage()})`,
  )
  for (const r of results) {
    const budget =
      r.words === 1_000
        ? ` (budget ≤ ${int(OPEN_BUDGET.thousandWordsMs)} ms ${verdict(r.firstPaint.p50 <= OPEN_BUDGET.thousandWordsMs)})`
        : ''
    say(`   ${int(r.words)} words, ${int(r.runs[0]?.marks ?? 0)} marks, n=${r.runs.length}:`)
    say(`     Annotate → first highlighted paint ${formatMedianRange(r.firstPaint, 'ms', 0)}${budget}`)
    say(`     of which the analysis in the worker ${formatMedianRange(r.analysis, 'ms', 0)}`)
    say(
      `     longest main-thread task while the worker analyses ${fixed(r.longestDuringAnalysis, 0)} ms ` +
        `(budget ≤ ${OPEN_BUDGET.analysisTaskMs} ms ${verdict(r.longestDuringAnalysis <= OPEN_BUDGET.analysisTaskMs)}); ` +
        `while the reader renders ${fixed(r.longestDuringRender, 0)} ms`,
    )
  }
  say(
    `   link carrying the seed article (${int(seed.paragraphs.join(' ').length)} characters of text): ${int(linkLength)} characters ` +
      `(${linkLength <= LINK_WARNING_LENGTH ? 'under' : 'over'} the ${int(LINK_WARNING_LENGTH)} at which the reader suggests "Save as file")`,
  )
  say()
  return { results, linkLength }
}

/** "claim 9.1, number 8.0, …": where the layer cost goes. */
function layerMedians(rounds: readonly ToggleRound[]): string {
  const byTarget = new Map<string, number[]>()
  for (const s of rounds.flatMap((r) => r.layer))
    byTarget.set(s.target, [...(byTarget.get(s.target) ?? []), s.ms])
  return [...byTarget].map(([layer, ms]) => `${layer} ${fixed(spreadOf(ms).p50)}`).join(', ') + ' ms'
}

async function main(): Promise<void> {
  const readerDir = join(tmp, 'reader')
  say(
    `Marginalia benchmark — ${RUN_COMMAND}${ONLY.size < PARTS.length ? ` --only ${[...ONLY].join(',')}` : ''} — ${new Date().toISOString()}`,
  )
  say(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${loadAverage()}`,
  )
  say()
  const report: Record<string, unknown> = {
    command: RUN_COMMAND,
    parts: [...ONLY],
    date: new Date().toISOString(),
  }
  if (ONLY.has('analysis') || ONLY.has('sizes')) {
    progress('bundling the analysis library')
    const library = await measureAnalysisLibrary(root)
    if (ONLY.has('analysis')) report.analysis = await benchAnalysis(library)
    if (ONLY.has('sizes')) report.sizes = await benchSizes(readerDir, library)
  }
  const served = USE_DIST ? join(root, 'dist') : readerDir
  const inBrowser = ONLY.has('reader') || ONLY.has('lighthouse') || ONLY.has('peer') || ONLY.has('open')
  if (inBrowser && USE_DIST && !existsSync(join(root, 'dist/index.html')))
    throw new Error('--dist: no dist/; run npm run build')
  if (inBrowser && !USE_DIST && !ONLY.has('sizes')) {
    progress('building the reader')
    await buildReader(root, readerDir)
  }
  if (ONLY.has('reader')) report.reader = await benchReader(served)
  if (ONLY.has('lighthouse')) report.lighthouse = await benchLighthouse(served)
  if (ONLY.has('peer')) report.peer = await benchPeer(served)
  if (ONLY.has('open')) report.open = await benchOpen(served)
  await cleanUp()
  report.seconds = (performance.now() - started) / 1000
  report.node = process.version
  const outFile = join(root, 'test-results', 'bench.json')
  mkdirSync(join(root, 'test-results'), { recursive: true })
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`)
  say(
    `Done in ${fixed(Number(report.seconds), 0)} s (${loadAverage()}); raw figures in test-results/bench.json`,
  )
}

try {
  await main()
} catch (e) {
  // Playwright appends the whole browser log to its errors: the first lines say what went wrong.
  const detail = (e instanceof Error ? (e.stack ?? e.message) : String(e)).split('\n').slice(0, 12).join('\n')
  if (!interrupted) process.stderr.write(`bench: failed: ${detail}\n`)
  process.exitCode = interrupted ? 130 : 1
} finally {
  await cleanUp()
}
