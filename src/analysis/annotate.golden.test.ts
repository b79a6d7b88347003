// @vitest-environment node
/**
 * Golden files: the whole analysis of a real article, asserted whole. Each golden in `fixtures/` is the
 * `toGolden` projection (golden.ts) of `annotateArticle(parseArticle(<article>))`: every speaker, every
 * annotation with the words it covers, every event. A golden records what the analysis does today, reviewed by a
 * person — not what we wish it did; known mistakes are listed in the review that came with the change.
 *
 * Update a golden after changing the analysis:
 *   1. `npm run -s golden:update` rewrites every golden and prints, per layer, the annotations added, removed and
 *      changed (`-- --check` only reports, exit 1 when out of date).
 *   2. Read the printed summary and `git diff src/analysis/fixtures/`: one line per finding. Every changed line
 *      is a behaviour change a reviewer must accept, as in a code review; never regenerate to make a test pass.
 *
 * Add a golden for another article:
 *   1. Put the article in `content/articles/<id>.md` (see README.md) and run `npm run -s golden:update`.
 *   2. Read the new `fixtures/<id>.golden.json` top to bottom against the article and note what is wrong.
 *   3. Import the article (`?raw`) and its golden below and add a row to GOLDENS; the last test fails until then.
 */
import { describe, it, expect } from 'vitest'
import kazakhstanArticle from '../../content/articles/global-times-2022-01-11-kazakhstan.md?raw'
import kazakhstanGolden from './fixtures/global-times-2022-01-11-kazakhstan.golden.json'
import { annotateArticle } from './annotate.ts'
import { toGolden } from './golden.ts'
import { parseArticle } from './parse-article.ts'

const GOLDENS: [name: string, article: string, golden: unknown][] = [
  ['global-times-2022-01-11-kazakhstan', kazakhstanArticle, kazakhstanGolden],
]

describe('golden files', () => {
  it.each(GOLDENS)('annotates %s exactly as its reviewed golden file says', (_name, article, golden) => {
    expect(toGolden(annotateArticle(parseArticle(article)))).toEqual(golden)
  })

  it('has a golden file and a test row for every article, and nothing else', () => {
    const names = (paths: string[], suffix: string) =>
      paths.map((p) => (p.split('/').at(-1) ?? '').replace(suffix, '')).sort()
    const articles = names(Object.keys(import.meta.glob('../../content/articles/*.md')), '.md')
    const goldens = names(Object.keys(import.meta.glob('./fixtures/*.golden.json')), '.golden.json')
    expect(goldens).toEqual(articles)
    expect(GOLDENS.map(([name]) => name).sort()).toEqual(articles)
  })
})
