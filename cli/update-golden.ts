// Regenerates the golden file of every article in content/articles/ and of every hand-labelled article of the
// sets in GOLDEN_SETS, and prints what changed, per layer, so the change can be reviewed before it is committed
// (see the header of src/analysis/eval/annotate.golden.test.ts).
// Run: npm run -s golden:update            (writes src/analysis/fixtures/<article>.golden.json and
//                                           src/analysis/fixtures/<set>/<name>.golden.json)
//      npm run -s golden:update -- --check (writes nothing; exit 1 when a golden is missing or out of date)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotateArticle } from '../src/analysis/annotate.ts'
import { diffGolden, formatGolden, toGolden, type Golden } from '../src/analysis/eval/golden.ts'
import { parseArticle } from '../src/analysis/text/parse-article.ts'

const ARTICLES = 'content/articles'
const FIXTURES = 'src/analysis/fixtures'
/**
 * Labelled sets whose articles have goldens (keep in step with the globs of annotate.golden.test.ts). A held-out
 * set kept for scoring only is left out on purpose: its golden would put its annotations before a developer.
 */
const GOLDEN_SETS = ['general', 'heldout', 'heldout-2']
/** Findings listed per part and kind of change before the summary says "… and N more". */
const SHOWN = 8

const args = process.argv.slice(2)
const check = args.includes('--check')
const unknown = args.filter((a) => a !== '--check')
if (unknown.length > 0) {
  process.stderr.write(`update-golden: unknown argument ${unknown[0]}; usage: golden:update [--check]\n`)
  process.exit(2)
}

const mdIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
/** Every article with its golden: the shipped ones, then those of each set. */
const targets = [
  ...mdIn(ARTICLES).map((f) => ({
    article: join(ARTICLES, f),
    golden: join(FIXTURES, f.replace(/\.md$/, '.golden.json')),
  })),
  ...GOLDEN_SETS.flatMap((set) =>
    mdIn(join(FIXTURES, set)).map((f) => ({
      article: join(FIXTURES, set, f),
      golden: join(FIXTURES, set, f.replace(/\.md$/, '.golden.json')),
    })),
  ),
]
let stale = 0
for (const { article, golden: target } of targets) {
  const name = target.slice(FIXTURES.length + 1).replace(/\.golden\.json$/, '')
  const golden = toGolden(annotateArticle(parseArticle(readFileSync(article, 'utf8'))))
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
const wanted = new Set(targets.map((t) => t.golden))
for (const dir of [FIXTURES, ...GOLDEN_SETS.map((set) => join(FIXTURES, set))])
  for (const file of readdirSync(dir))
    if (file.endsWith('.golden.json') && !wanted.has(join(dir, file)))
      console.log(`${join(dir, file)}: no article for this golden; delete it`)
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
