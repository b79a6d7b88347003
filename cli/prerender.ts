// Pre-renders the built app: every shipped article's reader page and the library, with React's own server renderer,
// into the build folder, so the article is in the first HTML (readable without JavaScript) and the client hydrates it.
// Run by `npm run build` after `vite build` (npx tsx cli/prerender.ts [outDir], default dist/), and by the bench.
//
// Each reader page is written twice, as dist/read/<id>.html and dist/read/<id>/index.html: `vite preview` answers
// /read/<id> with the first, and static hosts answer it with one or the other (extension-less URLs, or directory
// indexes). dist/index.html (the library) is also what an SPA fallback serves for other paths, which the client
// then renders itself.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import type { AnnotatedArticle } from '../src/model/annotated-article.ts'
import type { ArticleIndex } from '../src/model/article.ts'
import {
  PRERENDERED_DATA_ID,
  serializePrerenderedData,
  type PrerenderedData,
} from '../src/app/prerendered-data.ts'

/** What the server entry src/app/prerender.tsx exports (a .tsx file this Node project cannot import as types). */
interface Entry {
  pageData(path: string, index: unknown, article?: unknown): PrerenderedData
  renderPage(data: PrerenderedData): Promise<string>
}

const EMPTY_ROOT = '<div id="root"></div>'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The page template (the built index.html) with the rendered HTML, its data and its title. */
function fillTemplate(template: string, html: string, data: string, title: string): string {
  if (!template.includes(EMPTY_ROOT))
    throw new Error(`the built index.html has no ${EMPTY_ROOT} (pre-rendered already? run vite build first)`)
  const script = `<script type="application/json" id="${PRERENDERED_DATA_ID}">${data}</script>`
  return template
    .replace(EMPTY_ROOT, () => `<div id="root">${html}</div>${script}`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
}

/** Builds the server entry (src/app/prerender.tsx) and writes the pages into `outDir`; returns their paths. */
export async function prerenderSite(root: string, outDir: string): Promise<string[]> {
  // Inside node_modules, so the bundle's imports of react and friends resolve from the project.
  const ssrDir = join(root, 'node_modules/.tmp', `marginalia-ssr-${process.pid}`)
  try {
    await build({
      root,
      logLevel: 'silent',
      build: { ssr: join(root, 'src/app/prerender.tsx'), outDir: ssrDir, emptyOutDir: true },
    })
    const entry = (await import(pathToFileURL(join(ssrDir, 'prerender.js')).href)) as Entry
    const template = readFileSync(join(outDir, 'index.html'), 'utf8')
    const read = (file: string): unknown => JSON.parse(readFileSync(join(outDir, 'articles', file), 'utf8'))
    const index = read('index.json') as ArticleIndex
    const pages: { path: string; files: string[]; data: PrerenderedData; title: string }[] = [
      { path: '/', files: ['index.html'], data: entry.pageData('/', index), title: 'Marginalia' },
      ...index.articles.map((a) => {
        const article = read(`${a.id}.json`) as AnnotatedArticle
        return {
          path: `/read/${a.id}`,
          files: [join('read', `${a.id}.html`), join('read', a.id, 'index.html')],
          data: entry.pageData(`/read/${a.id}`, index, article),
          title: `${article.article.headline} · Marginalia`,
        }
      }),
    ]
    for (const page of pages) {
      const html = await entry.renderPage(page.data)
      const filled = fillTemplate(template, html, serializePrerenderedData(page.data), page.title)
      for (const file of page.files) {
        mkdirSync(join(outDir, file, '..'), { recursive: true })
        writeFileSync(join(outDir, file), filled)
      }
    }
    return pages.map((p) => p.path)
  } finally {
    rmSync(ssrDir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '..')
  const outDir = resolve(root, process.argv[2] ?? 'dist')
  const paths = await prerenderSite(root, outDir)
  process.stdout.write(`pre-rendered ${paths.length} page(s): ${paths.join(', ')}\n`)
}
