// Bundle sizes through Vite's build API: the analysis library alone, the reader's first-load JavaScript, and a
// bare React + react-query page as the baseline the reader's budget is measured against.
import { mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Rolldown } from 'vite'
import { prerenderSite } from '../prerender.ts'

export const gzipSize = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length
const byteSize = (data: string | Uint8Array) =>
  typeof data === 'string' ? Buffer.byteLength(data) : data.length

/** Strings that only chrono-node's English parser (or our time pass, which wraps it) contains. */
export const ANALYSIS_MARKERS = [
  { what: 'chrono-node', text: 'twenty seventh' },
  { what: 'time pass', text: 'time/chrono' },
]

export interface LibrarySize {
  chunks: number
  raw: number
  gzip: number
  /** The minified bundle itself (one ES module), so the bench can also time the code as shipped. */
  code: string[]
}

function chunksOf(output: Awaited<ReturnType<typeof build>>): Rolldown.OutputChunk[] {
  if (!Array.isArray(output) && !('output' in output))
    throw new Error('vite build unexpectedly returned a watcher')
  return (Array.isArray(output) ? output : [output]).flatMap((o) =>
    o.output.filter((c) => c.type === 'chunk'),
  )
}

/**
 * Minified size of `src/analysis/annotate.ts` with every dependency bundled in (chrono-node included). Lib mode
 * in ES format keeps whitespace and pure annotations by default, for downstream tree-shaking; an app ships the
 * code fully minified, so that is what we ask for and measure.
 */
export async function measureAnalysisLibrary(root: string): Promise<LibrarySize> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      lib: { entry: join(root, 'src/analysis/annotate.ts'), formats: ['es'], fileName: 'annotate' },
      write: false,
      minify: true,
      target: 'es2022',
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  })
  const code = chunksOf(output).map((c) => c.code)
  return {
    chunks: code.length,
    raw: code.reduce((n, c) => n + byteSize(c), 0),
    gzip: code.reduce((n, c) => n + gzipSize(c), 0),
    code,
  }
}

export interface FirstLoad {
  files: { file: string; raw: number; gzip: number }[]
  raw: number
  gzip: number
  css: { file: string; raw: number; gzip: number }[]
  /** Marker text -> found in a first-load chunk. */
  markers: { what: string; text: string; found: boolean }[]
}

/** The entry script and its modulepreload links, as index.html asks the browser to fetch them. */
export function readFirstLoad(outDir: string): FirstLoad {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? []
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]
  const scripts: string[] = []
  const styles: string[] = []
  for (const tag of tags) {
    const rel = attr(tag, 'rel')
    if (tag.startsWith('<script') && attr(tag, 'type') === 'module' && attr(tag, 'src'))
      scripts.push(attr(tag, 'src')!)
    else if (rel === 'modulepreload' && attr(tag, 'href')) scripts.push(attr(tag, 'href')!)
    else if (rel === 'stylesheet' && attr(tag, 'href')) styles.push(attr(tag, 'href')!)
  }
  if (scripts.length === 0) throw new Error(`no entry script found in ${join(outDir, 'index.html')}`)
  const load = (href: string) => {
    const data = readFileSync(join(outDir, href.replace(/^\//, '')))
    return { file: href, raw: data.length, gzip: gzipSize(data), text: data.toString('utf8') }
  }
  const js = [...new Set(scripts)].map(load)
  return {
    files: js.map(({ file, raw, gzip }) => ({ file, raw, gzip })),
    raw: js.reduce((n, f) => n + f.raw, 0),
    gzip: js.reduce((n, f) => n + f.gzip, 0),
    css: [...new Set(styles)].map(load).map(({ file, raw, gzip }) => ({ file, raw, gzip })),
    markers: ANALYSIS_MARKERS.map((m) => ({ ...m, found: js.some((f) => f.text.includes(m.text)) })),
  }
}

/** `vite build` of the app with the project's own vite.config.ts, then its pre-rendered pages, into `outDir` (what
 * `npm run build` makes). */
export async function buildReader(root: string, outDir: string): Promise<void> {
  await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } })
  await prerenderSite(root, outDir)
}

const BASELINE_MAIN = `import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'

const client = new QueryClient()
createRoot(document.getElementById('root')).render(
  createElement(QueryClientProvider, { client }, createElement('p', null, 'Hello')),
)
`
const BASELINE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>baseline</title></head>
<body><div id="root"></div><script type="module" src="/main.js"></script></body></html>
`

/**
 * The bare stack: a page that renders a QueryClientProvider with react-dom. Built in `dir` (a temp folder),
 * with a node_modules link to the project's so the same package versions resolve; returns its first load.
 */
export async function measureBareStack(root: string, dir: string): Promise<FirstLoad> {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'main.js'), BASELINE_MAIN)
  writeFileSync(join(dir, 'index.html'), BASELINE_HTML)
  const link = join(dir, 'node_modules')
  symlinkSync(join(root, 'node_modules'), link, 'dir')
  try {
    await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      publicDir: false,
      build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022' },
    })
  } finally {
    // Remove the link itself before anyone deletes the folder recursively.
    unlinkSync(link)
  }
  return readFirstLoad(join(dir, 'dist'))
}
