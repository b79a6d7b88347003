/**
 * The scorer: compares the analysis of one hand-labelled article (`fixtures/<set>/<name>.md`) with its truth
 * (`<name>.expected.ts`, type `Truth`) and counts, per layer, true positives, false positives, false negatives and
 * the matched pairs whose value is right. Used by `eval/general.eval.test.ts` (floors) and `cli/eval.ts` (the
 * table, `npm run -s eval -- [set…]`). Pure: it takes the article's analysis and its truth, never reads files.
 *
 * Matching (one prediction matches at most one truth, best overlap first):
 * - claims: spans overlap by at least half of the shorter; attribution accuracy = matched claims whose speaker's
 *   name is the truth's speaker (or one it accepts) / matched claims.
 * - numbers, time expressions, sources: any overlap. Number value = matched numbers with the right value; date
 *   accuracy = matched time expressions with the right calendar value (truths without a date count as right).
 * - `optional` truths absorb a prediction without counting either way.
 * - speakers: a true speaker is found when some predicted speaker carries its name or an accepted one
 *   (case-insensitive, a leading "the" ignored); every predicted speaker that no true speaker found is a false
 *   positive. Speaker kind = found speakers of the right kind / found speakers.
 * - sources: a predicted source that overlaps no true source is a false positive (until 2026-12 sources were
 *   scored on recall only; the truths were labelled for that, so precision is a strict reading). Source kind =
 *   matched sources of the right kind / matched sources.
 * Micro-averaging sums the counts of every article before dividing.
 */
import type { AnnotatedArticle, Annotation } from '../../model/annotated-article.ts'
import type { Span } from '../../model/span.ts'
import type { Truth } from '../fixtures/general/truth.ts'

export type { Truth }

export interface Counts {
  tp: number
  fp: number
  fn: number
  /** Matched pairs whose value (speaker, number, date, kind) is right. */
  right: number
}

export const LAYER_NAMES = ['claims', 'speakers', 'sources', 'numbers', 'times'] as const
export type ScoredLayer = (typeof LAYER_NAMES)[number]

export type Scores = Record<ScoredLayer, Counts>

export interface ArticleScore {
  name: string
  scores: Scores
  /** One line per miss, wrong value or extra finding, per layer (`missed:`, `wrong:`, `extra:`). */
  misses: Record<ScoredLayer, string[]>
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, right: 0 })
const add = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
  right: a.right + b.right,
})
export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp))
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn))
export const f1 = (c: Counts): number => {
  const p = precision(c)
  const r = recall(c)
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}
/** Right values among matched pairs; 1 when nothing matched. */
export const accuracy = (c: Counts): number => (c.tp === 0 ? 1 : c.right / c.tp)

/** Micro-average: the counts of every score summed, layer by layer. */
export function sumScores(all: readonly Scores[]): Scores {
  const total = emptyScores()
  for (const s of all) for (const l of LAYER_NAMES) total[l] = add(total[l], s[l])
  return total
}

const emptyScores = (): Scores => ({
  claims: zero(),
  speakers: zero(),
  sources: zero(),
  numbers: zero(),
  times: zero(),
})

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/** The `nth` occurrence of `needle` in `text` that does not start or end inside a word. */
export function locate(text: string, needle: string, nth = 0): Span {
  let seen = 0
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const end = i + needle.length
    const clean =
      !(isWordChar(needle[0]) && isWordChar(text[i - 1])) &&
      !(isWordChar(needle.at(-1)) && isWordChar(text[end]))
    if (clean && seen++ === nth) return { start: i, end }
  }
  throw new Error(`truth text not found (occurrence ${nth}): ${needle}`)
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
const anyOverlap = (t: Span, p: Span): boolean => overlap(t, p) > 0
const halfOverlap = (t: Span, p: Span): boolean =>
  overlap(t, p) >= 0.5 * Math.min(t.end - t.start, p.end - p.start)

/** Speaker names compared: lower case, a leading "the" dropped. */
export const normName = (s: string | null): string | null =>
  s === null
    ? null
    : s
        .toLowerCase()
        .replace(/^the\s+/, '')
        .trim()

interface Labelled<T> {
  span: Span
  item: T
  optional: boolean
}

/** One-to-one matching of truths to predictions, best overlap first; `good` decides a matched pair's value. */
function match<T, P extends Span>(
  truths: Labelled<T>[],
  preds: P[],
  enough: (t: Span, p: Span) => boolean,
  good: (item: T, pred: P) => boolean,
  text: string,
  describe: (item: T, pred: P) => string,
  misses: string[],
): Counts {
  const pairs: { t: number; p: number; o: number }[] = []
  truths.forEach((t, ti) =>
    preds.forEach((p, pi) => {
      if (enough(t.span, p)) pairs.push({ t: ti, p: pi, o: overlap(t.span, p) })
    }),
  )
  pairs.sort((a, b) => b.o - a.o)
  const predOf = new Map<number, number>()
  const used = new Set<number>()
  for (const pair of pairs) {
    if (predOf.has(pair.t) || used.has(pair.p)) continue
    predOf.set(pair.t, pair.p)
    used.add(pair.p)
  }
  const c = zero()
  truths.forEach((t, ti) => {
    const pi = predOf.get(ti)
    const pred = pi === undefined ? undefined : preds[pi]
    if (t.optional) return
    if (!pred) {
      c.fn++
      misses.push(`  missed: ${text.slice(t.span.start, t.span.end).slice(0, 90)}`)
    } else {
      c.tp++
      if (good(t.item, pred)) c.right++
      else misses.push(`  wrong:  ${describe(t.item, pred)}`)
    }
  })
  preds.forEach((p, pi) => {
    if (used.has(pi)) return
    c.fp++
    misses.push(`  extra:  ${text.slice(p.start, p.end).slice(0, 90)}`)
  })
  return c
}

type Of<L extends Annotation['layer']> = Extract<Annotation, { layer: L }>
const layer = <L extends Annotation['layer']>(doc: AnnotatedArticle, l: L): Of<L>[] =>
  doc.annotations.filter((a): a is Of<L> => a.layer === l)

const located = <T extends { text: string; nth?: number; optional?: boolean }>(
  text: string,
  items: readonly T[],
): Labelled<T>[] =>
  items.map((item) => ({ span: locate(text, item.text, item.nth), item, optional: item.optional === true }))

/** Scores the analysis `doc` of one article against its truth. */
export function scoreArticle(name: string, doc: AnnotatedArticle, truth: Truth): ArticleScore {
  const { text } = doc
  const speakerName = new Map(doc.speakers.map((s) => [s.id, s.name]))
  const accepted = (name: string | null): (string | null)[] => {
    if (name === null) return [null]
    const entry = truth.speakers.find((s) => s.name === name)
    return [name, ...(entry?.accept ?? [])].map(normName)
  }
  const misses: Record<ScoredLayer, string[]> = {
    claims: [],
    speakers: [],
    sources: [],
    numbers: [],
    times: [],
  }
  const nameOf = (id: string | null): string | null => (id === null ? null : (speakerName.get(id) ?? null))

  const claims = match(
    located(text, truth.claims),
    layer(doc, 'claim'),
    halfOverlap,
    (item, pred) => {
      const want = (Array.isArray(item.speaker) ? item.speaker : [item.speaker]).flatMap(accepted)
      return want.includes(normName(nameOf(pred.speakerId)))
    },
    text,
    (item, pred) => `${item.text.slice(0, 50)} → ${nameOf(pred.speakerId)} (want ${String(item.speaker)})`,
    misses.claims,
  )
  const numbers = match(
    located(text, truth.numbers),
    layer(doc, 'number'),
    anyOverlap,
    (item, pred) =>
      item.value === null || Math.abs(pred.value - item.value) <= 1e-6 * Math.max(1, item.value),
    text,
    (item, pred) => `${item.text} = ${pred.value} (want ${item.value})`,
    misses.numbers,
  )
  const times = match(
    located(text, truth.times),
    layer(doc, 'time'),
    anyOverlap,
    (item, pred) => item.date === null || pred.date === item.date,
    text,
    (item, pred) => `${item.text} = ${pred.date} (want ${item.date})`,
    misses.times,
  )
  const sources = match(
    located(text, truth.sources),
    layer(doc, 'source'),
    anyOverlap,
    (item, pred) => pred.kind === item.kind,
    text,
    (item, pred) => `${item.text}: ${pred.kind} (want ${item.kind})`,
    misses.sources,
  )

  const speakers = zero()
  const foundIds = new Set<string>()
  for (const s of truth.speakers) {
    const names = accepted(s.name)
    const found = doc.speakers.find((p) => names.includes(normName(p.name)))
    if (!found) {
      speakers.fn++
      misses.speakers.push(`  missed: ${s.name}`)
      continue
    }
    foundIds.add(found.id)
    speakers.tp++
    if (found.kind === s.kind) speakers.right++
    else misses.speakers.push(`  wrong:  ${s.name}: ${found.kind} (want ${s.kind})`)
  }
  for (const p of doc.speakers)
    if (!foundIds.has(p.id)) {
      speakers.fp++
      misses.speakers.push(`  extra:  ${p.name} (${p.kind})`)
    }
  return { name, scores: { claims, speakers, sources, numbers, times }, misses }
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}`.padStart(6)

const COLUMNS: [string, (s: Scores) => number][] = [
  ['clm-P', (s) => precision(s.claims)],
  ['clm-R', (s) => recall(s.claims)],
  ['clm-F1', (s) => f1(s.claims)],
  ['attr', (s) => accuracy(s.claims)],
  ['spk-P', (s) => precision(s.speakers)],
  ['spk-R', (s) => recall(s.speakers)],
  ['spk-F1', (s) => f1(s.speakers)],
  ['src-P', (s) => precision(s.sources)],
  ['src-R', (s) => recall(s.sources)],
  ['src-F1', (s) => f1(s.sources)],
  ['num-P', (s) => precision(s.numbers)],
  ['num-R', (s) => recall(s.numbers)],
  ['num-F1', (s) => f1(s.numbers)],
  ['tim-P', (s) => precision(s.times)],
  ['tim-R', (s) => recall(s.times)],
  ['tim-F1', (s) => f1(s.times)],
  ['date', (s) => accuracy(s.times)],
]
const NAME_WIDTH = 28

/**
 * The table of one set: a row per article, then its micro-averaged total. Columns: claims P/R/F1 and
 * attribution accuracy, speakers P/R/F1, sources P/R/F1, numbers P/R/F1, time expressions P/R/F1, date accuracy.
 */
export function formatTable(rows: readonly { name: string; scores: Scores }[], totalName = 'TOTAL'): string {
  const header = ['article'.padEnd(NAME_WIDTH), ...COLUMNS.map(([h]) => h.padStart(6))].join(' ')
  const line = (name: string, s: Scores): string =>
    [name.slice(0, NAME_WIDTH).padEnd(NAME_WIDTH), ...COLUMNS.map(([, get]) => pct(get(s)))].join(' ')
  const total = sumScores(rows.map((r) => r.scores))
  return [header, ...rows.map((r) => line(r.name, r.scores)), line(totalName, total)].join('\n')
}

/** The misses of each article, layer by layer, for reading why a score is what it is. */
export function formatMisses(articles: readonly ArticleScore[]): string {
  const lines: string[] = []
  for (const a of articles)
    for (const l of LAYER_NAMES) if (a.misses[l].length > 0) lines.push(`${a.name} ${l}:`, ...a.misses[l])
  return lines.join('\n')
}
