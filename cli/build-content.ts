// Builds public/articles/<id>.json and public/articles/index.json from content/articles/*.md.
// Run: npm run content   (npm start, npm run build and npm test run it for you)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { annotateArticle } from '../src/analysis/annotate.ts'
import { ArticleInputError, parseArticle } from '../src/analysis/parse-article.ts'
import { AnnotatedArticleSchema, findConsistencyProblems } from '../src/model/annotated-article.ts'
import { ArticleIndexSchema, type ArticleIndex } from '../src/model/article.ts'

const root = resolve(import.meta.dirname, '..')
const contentDir = join(root, 'content', 'articles')
const outDir = join(root, 'public', 'articles')

function fail(message: string): never {
  process.stderr.write(`build-content: ${message}\n`)
  process.exit(1)
}

const files = readdirSync(contentDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
if (files.length === 0) fail(`no articles in ${contentDir}`)

rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })

const index: ArticleIndex = { articles: [] }
const seen = new Set<string>()
for (const file of files) {
  let annotated
  try {
    annotated = annotateArticle(parseArticle(readFileSync(join(contentDir, file), 'utf8')))
  } catch (e) {
    if (e instanceof ArticleInputError) fail(`${file}: ${e.message}`)
    throw e
  }
  const { id } = annotated.article
  if (`${id}.md` !== file) fail(`${file}: its id "${id}" must match the file name`)
  if (seen.has(id)) fail(`${file}: duplicate id "${id}"`)
  seen.add(id)
  // Validate what we write, exactly as the reader will validate what it reads.
  const checked = AnnotatedArticleSchema.safeParse(annotated)
  if (!checked.success)
    fail(`${file}: the annotated article does not match the schema: ${checked.error.message}`)
  const problems = findConsistencyProblems(checked.data)
  if (problems.length > 0) fail(`${file}: ${problems.slice(0, 5).join('; ')}`)
  writeFileSync(join(outDir, `${id}.json`), JSON.stringify(checked.data))
  const { headline, deck, published, outlet } = annotated.article
  index.articles.push({ id, headline, deck, published, outlet })
}
index.articles.sort((a, b) => b.published.localeCompare(a.published))
writeFileSync(join(outDir, 'index.json'), JSON.stringify(ArticleIndexSchema.parse(index)))
process.stdout.write(`build-content: ${index.articles.length} article(s) -> public/articles/\n`)
