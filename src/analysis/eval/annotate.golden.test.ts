// @vitest-environment node
/**
 * Golden files: the whole analysis of a real article, asserted whole, so a one-claim regression fails. Each golden
 * is the `toGolden` projection (golden.ts) of `annotateArticle(parseArticle(<article>))`: every speaker, every
 * annotation with the words it covers, every event. A golden records what the analysis does today, reviewed by a
 * person — not what we wish it did; known mistakes are listed in the review that came with the change.
 *
 * Goldens exist for every article we ship (`content/articles/<id>.md` -> `fixtures/<id>.golden.json`) and for
 * every hand-labelled article of the sets in GOLDEN_SETS (`fixtures/<set>/<name>.md` -> `<name>.golden.json`
 * beside it). A set added later for scoring only (a new held-out set) is not listed: its golden would make its
 * annotations part of what a developer reads.
 *
 * Update goldens after changing the analysis:
 *   1. `npm run -s golden:update` rewrites every golden and prints, per layer, the annotations added, removed and
 *      changed (`-- --check` only reports, exit 1 when out of date).
 *   2. Read the printed summary and `git diff src/analysis/fixtures/`: one line per finding. Every changed line
 *      is a behaviour change a reviewer must accept, as in a code review; never regenerate to make a test pass.
 *
 * Add a golden for another article: put it in `content/articles/` (or label it in a set of GOLDEN_SETS), run
 * `npm run -s golden:update`, and read the new golden top to bottom against the article. The last test fails
 * until every article has its golden.
 */
import { describe, it, expect } from 'vitest'
import { annotateArticle } from '../annotate.ts'
import { parseArticle } from '../text/parse-article.ts'
import { toGolden } from './golden.ts'

/** Keep in step with GOLDEN_SETS in cli/update-golden.ts (a glob needs its folders written out). */
const ARTICLES = {
  ...import.meta.glob<string>('../../../content/articles/*.md', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob<string>('../fixtures/{general,heldout,heldout-2}/*.md', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
}
const GOLDENS = {
  ...import.meta.glob<unknown>('../fixtures/*.golden.json', { import: 'default', eager: true }),
  ...import.meta.glob<unknown>('../fixtures/{general,heldout,heldout-2}/*.golden.json', {
    import: 'default',
    eager: true,
  }),
}

/** `../fixtures/general/x.md` -> `general/x`; a shipped article -> its id. */
const nameOf = (path: string): string =>
  path
    .replace(/^.*content\/articles\//, '')
    .replace(/^\.\.\/fixtures\//, '')
    .replace(/\.(md|golden\.json)$/, '')

const articles = new Map(Object.entries(ARTICLES).map(([path, text]) => [nameOf(path), text]))
const goldens = new Map(Object.entries(GOLDENS).map(([path, golden]) => [nameOf(path), golden]))

describe('golden files', () => {
  it.each([...articles.keys()].sort())('annotates %s exactly as its reviewed golden file says', (name) => {
    expect(toGolden(annotateArticle(parseArticle(articles.get(name) ?? '')))).toEqual(goldens.get(name))
  })

  it('has a golden file for every article, and nothing else', () => {
    expect([...goldens.keys()].sort()).toEqual([...articles.keys()].sort())
    expect(articles.size).toBeGreaterThanOrEqual(16)
  })
})
