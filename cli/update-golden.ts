// Regenerates the golden file of every article in content/articles/ and prints what changed, per layer, so the
// change can be reviewed before it is committed (see the header of src/analysis/annotate.golden.test.ts).
// Run: npm run -s golden:update            (writes src/analysis/fixtures/<article>.golden.json)
//      npm run -s golden:update -- --check (writes nothing; exit 1 when a golden is missing or out of date)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { annotateArticle } from '../src/analysis/annotate.ts'
import { diffGolden, formatGolden, toGolden, type Golden } from '../src/analysis/golden.ts'
import { parseArticle } from '../src/analysis/parse-article.ts'

const ARTICLES = 'content/articles'
const FIXTURES = 'src/analysis/fixtures'
/** Findings listed per part and kind of change before the summary says "… and N more". */
const SHOWN = 8

const args = process.argv.slice(2)
const check = args.includes('--check')
const unknown = args.filter((a) => a !== '--check')
if (unknown.length > 0) {
  process.stderr.write(`update-golden: unknown argument ${unknown[0]}; usage: golden:update [--check]\n`)
  process.exit(2)
}

const articles = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.md'))
  .sort()
let stale = 0
for (const file of articles) {
  const name = basename(file, '.md')
  const target = join(FIXTURES, `${name}.golden.json`)
  const golden = toGolden(annotateArticle(parseArticle(readFileSync(join(ARTICLES, file), 'utf8'))))
  const next = formatGolden(golden)
  const previousText = existsSync(target) ? readFileSync(target, 'utf8') : null
  if (previousText === next) {
    console.log(`${name}: unchanged`)
    continue
  }
  stale++
  const previous = previousText === null ? null : (JSON.parse(previousText) as Golden)
  const counts = `${golden.speakers.length} speakers, ${golden.annotations.length} annotations, ${golden.events.length} events`
  console.log(`${name}: ${previous ? 'changed' : 'new golden'} (${counts})${check ? '' : ` -> ${target}`}`)
  printDiff(previous, golden)
  if (!check) writeFileSync(target, next)
}
for (const file of existsSync(FIXTURES) ? readdirSync(FIXTURES) : []) {
  const article = `${file.replace(/\.golden\.json$/, '')}.md`
  if (file.endsWith('.golden.json') && !articles.includes(article))
    console.log(`${file}: no article ${ARTICLES}/${article}; delete the golden and its test row`)
}
if (check && stale > 0) {
  console.log(`${stale} golden file(s) out of date: run npm run -s golden:update and review the diff`)
  process.exit(1)
}

function printDiff(before: Golden | null, after: Golden): void {
  const describe = (id: string): string => {
    const found =
      after.annotations.find((a) => a.id === id) ??
      before?.annotations.find((a) => a.id === id) ??
      after.events.find((e) => e.id === id) ??
      before?.events.find((e) => e.id === id) ??
      after.speakers.find((s) => s.id === id) ??
      before?.speakers.find((s) => s.id === id)
    const words = found && ('text' in found ? found.text : 'label' in found ? found.label : found.name)
    const short = words && words.length > 70 ? `${words.slice(0, 69)}…` : words
    return `${id} ${JSON.stringify(short ?? '')}`
  }
  for (const [part, { added, removed, changed }] of diffGolden(before, after)) {
    if (added.length + removed.length + changed.length === 0) continue
    console.log(`  ${part.padEnd(8)} +${added.length} -${removed.length} ~${changed.length}`)
    if (before === null) continue // a new golden: every line is new, review the file itself
    for (const [mark, ids] of [
      ['+', added],
      ['-', removed],
      ['~', changed],
    ] as const) {
      for (const id of ids.slice(0, SHOWN)) console.log(`      ${mark} ${describe(id)}`)
      if (ids.length > SHOWN) console.log(`      ${mark} … and ${ids.length - SHOWN} more`)
    }
  }
}
