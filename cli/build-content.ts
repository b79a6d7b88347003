// Builds public/articles/<id>.json and public/articles/index.json from content/articles/*.md.
// Run: npm run content   (npm start, npm run build and npm test run it for you)
//      npx tsx cli/build-content.ts --content <dir> --out <dir>   (other folders; used by its tests)
// Every file is checked before anything is written: the output is built in a temporary folder beside the real
// one and swapped in only when every article passed, so a bad file never leaves the reader with no articles.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { annotateArticle } from '../src/analysis/annotate.ts'
import { ArticleInputError, parseArticle } from '../src/analysis/text/parse-article.ts'
import { AnnotatedArticleSchema, findConsistencyProblems } from '../src/model/annotated-article.ts'
import { ArticleIndexSchema, LOCAL_ID_PREFIX, type ArticleIndex } from '../src/model/article.ts'

const root = resolve(import.meta.dirname, '..')

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name)
  const value = at === -1 ? undefined : process.argv[at + 1]
  return resolve(value ?? fallback)
}
const contentDir = option('--content', join(root, 'content', 'articles'))
const outDir = option('--out', join(root, 'public', 'articles'))

function fail(messages: string[]): never {
  for (const message of messages) process.stderr.write(`build-content: ${message}\n`)
  process.stderr.write(`build-content: nothing written; ${outDir} is unchanged\n`)
  process.exit(1)
}

const files = existsSync(contentDir)
  ? readdirSync(contentDir)
      .filter((f) => f.endsWith('.md'))
      .sort()
  : []
if (files.length === 0) fail([`no articles in ${contentDir}`])

/** One article file -> its validated JSON, or the problems that name the file and the field. */
function buildOne(
  file: string,
): { id: string; json: string; entry: ArticleIndex['articles'][number] } | string {
  let annotated
  try {
    annotated = annotateArticle(parseArticle(readFileSync(join(contentDir, file), 'utf8')))
  } catch (e) {
    if (e instanceof ArticleInputError) return `${file}: ${e.message}`
    return `${file}: the analysis failed (${(e as Error).message})`
  }
  const { id } = annotated.article
  if (`${id}.md` !== file) return `${file}: id: "${id}" must match the file name (${basename(file, '.md')})`
  // The library tells shipped articles from opened ones by this prefix: a shipped `local-` id would be
  // offered for deletion, and its link would be read as carrying an opened article.
  if (id.startsWith(LOCAL_ID_PREFIX))
    return `${file}: id: "${id}" starts with "${LOCAL_ID_PREFIX}", kept for articles opened in the browser`
  // Validate what we write, exactly as the reader will validate what it reads.
  const checked = AnnotatedArticleSchema.safeParse(annotated)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    return `${file}: ${issue?.path.join('.') || 'the article'}: ${issue?.message ?? 'does not match the schema'}`
  }
  const problems = findConsistencyProblems(checked.data)
  if (problems.length > 0) return `${file}: ${problems.slice(0, 5).join('; ')}`
  const { headline, deck, published, outlet } = checked.data.article
  const claims = checked.data.annotations.filter((a) => a.layer === 'claim').length
  const speakers = checked.data.speakers.length
  return {
    id,
    json: JSON.stringify(checked.data),
    entry: { id, headline, deck, published, outlet, claims, speakers },
  }
}

const built = files.map(buildOne)
const errors = built.filter((b): b is string => typeof b === 'string')
const ids = new Set<string>()
for (const b of built)
  if (typeof b !== 'string') {
    if (ids.has(b.id)) errors.push(`${b.id}.md: duplicate id "${b.id}"`)
    ids.add(b.id)
  }
if (errors.length > 0) fail(errors)

const index: ArticleIndex = { articles: [] }
const parent = dirname(outDir)
mkdirSync(parent, { recursive: true })
const staging = mkdtempSync(join(parent, `.${basename(outDir)}-`))
try {
  for (const b of built)
    if (typeof b !== 'string') {
      writeFileSync(join(staging, `${b.id}.json`), b.json)
      index.articles.push(b.entry)
    }
  index.articles.sort((a, b) => b.published.localeCompare(a.published))
  writeFileSync(join(staging, 'index.json'), JSON.stringify(ArticleIndexSchema.parse(index)))
  // Swap: the old output stays in place until the new one is complete.
  const old = `${staging}-old`
  if (existsSync(outDir)) renameSync(outDir, old)
  renameSync(staging, outDir)
  rmSync(old, { recursive: true, force: true })
} catch (e) {
  rmSync(staging, { recursive: true, force: true })
  fail([`cannot write ${outDir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`])
}
process.stdout.write(`build-content: ${index.articles.length} article(s) -> ${outDir}\n`)
