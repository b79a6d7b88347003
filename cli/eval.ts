// Scores the analysis against the hand-labelled articles of src/analysis/fixtures/<set>/ and prints a table per
// set, then the micro-average over every set named (how each figure is counted: src/analysis/eval/score.ts).
// Run: npm run -s eval -- [set…] [--verbose]
//   set        a folder of src/analysis/fixtures/ (general, heldout, heldout-2, …); default: every folder
//              that holds labelled articles (<name>.md beside <name>.expected.ts)
//   --verbose  lists every miss, wrong value and extra finding under each table
// Exit codes: 0 ok, 2 unknown set or option.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { annotateArticle } from '../src/analysis/annotate.ts'
import {
  formatMisses,
  formatTable,
  scoreArticle,
  sumScores,
  type ArticleScore,
  type Scores,
  type Truth,
} from '../src/analysis/eval/score.ts'
import { parseArticle } from '../src/analysis/text/parse-article.ts'

const FIXTURES = resolve(import.meta.dirname, '../src/analysis/fixtures')
const USAGE = 'usage: npm run -s eval -- [set…] [--verbose]'

const labelledIn = (set: string): string[] =>
  readdirSync(join(FIXTURES, set))
    .filter((f) => f.endsWith('.md') && existsSync(join(FIXTURES, set, f.replace(/\.md$/, '.expected.ts'))))
    .sort()

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const options = args.filter((a) => a.startsWith('-'))
const named = args.filter((a) => !a.startsWith('-'))
const unknownOption = options.find((o) => o !== '--verbose')
if (unknownOption) fail(`unknown option ${unknownOption}`)
const sets =
  named.length > 0
    ? named
    : readdirSync(FIXTURES)
        .filter((d) => statSync(join(FIXTURES, d)).isDirectory() && labelledIn(d).length > 0)
        .sort()
for (const set of sets)
  if (!existsSync(join(FIXTURES, set)) || labelledIn(set).length === 0)
    fail(`no labelled articles in src/analysis/fixtures/${set}/`)

const totals: { name: string; scores: Scores }[] = []
for (const set of sets) {
  const scored: ArticleScore[] = []
  for (const file of labelledIn(set)) {
    const name = file.replace(/\.md$/, '')
    const truthModule = (await import(pathToFileURL(join(FIXTURES, set, `${name}.expected.ts`)).href)) as {
      default: Truth
    }
    const doc = annotateArticle(parseArticle(readFileSync(join(FIXTURES, set, file), 'utf8')))
    scored.push(scoreArticle(name, doc, truthModule.default))
  }
  totals.push({ name: set, scores: sumScores(scored.map((a) => a.scores)) })
  console.log(`${set} (${scored.length} articles)\n${formatTable(scored)}`)
  if (verbose) console.log(formatMisses(scored))
  console.log('')
}
if (sets.length > 1)
  console.log(`every set named, micro-averaged over their articles\n${formatTable(totals, 'ALL')}`)

function fail(message: string): never {
  process.stderr.write(`eval: ${message}; ${USAGE}\n`)
  process.exit(2)
}
