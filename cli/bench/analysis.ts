// Analysis throughput: annotateArticle on the seed article and on a ~1 MB article made of its body repeated.
import { annotateArticle } from '../../src/analysis/annotate.ts'
import { LAYERS, type AnnotatedArticle, type Layer } from '../../src/model/annotated-article.ts'
import type { ArticleSource } from '../../src/model/article.ts'
import { spreadOf, timeRuns, type Spread } from './stats.ts'

export const LARGE_MIN_CHARS = 1_000_000

export interface ThroughputResult {
  chars: number
  /** UTF-8 bytes of the document text; MB/s below means 10^6 of these per second. */
  bytes: number
  paragraphs: number
  annotations: number
  byLayer: Record<Layer, number>
  warmupMs: number[]
  ms: number[]
  msSpread: Spread
  mbPerSecond: Spread
}

/** The seed's body paragraphs repeated until the document text (caption + "\n\n"-joined body) is ≥ minChars. */
export function repeatBody(seed: ArticleSource, minChars: number): ArticleSource {
  const paragraphs: string[] = []
  let length = seed.meta.photo?.caption.length ?? 0
  while (length < minChars)
    for (const p of seed.paragraphs) {
      length += p.length + (paragraphs.length > 0 || length > 0 ? 2 : 0)
      paragraphs.push(p)
    }
  return { meta: seed.meta, paragraphs }
}

/** `warmups` untimed runs, then as many timed runs as `runsFor(slowest warm-up in ms)` asks for. */
export function measureThroughput(
  source: ArticleSource,
  warmups: number,
  runsFor: (warmupMs: number) => number,
  annotate: (source: ArticleSource) => AnnotatedArticle = annotateArticle,
): ThroughputResult {
  const warmupMs = timeRuns(warmups, () => annotate(source))
  let result: AnnotatedArticle | undefined
  const ms = timeRuns(runsFor(Math.max(...warmupMs)), () => {
    result = annotate(source)
  })
  if (!result) throw new Error('no timed runs')
  const bytes = Buffer.byteLength(result.text)
  const byLayer = Object.fromEntries(LAYERS.map((l) => [l, 0])) as Record<Layer, number>
  for (const a of result.annotations) byLayer[a.layer]++
  return {
    chars: result.text.length,
    bytes,
    paragraphs: result.paragraphs.length,
    annotations: result.annotations.length,
    byLayer,
    warmupMs,
    ms,
    msSpread: spreadOf(ms),
    mbPerSecond: spreadOf(ms.map((t) => bytes / 1e6 / (t / 1000))),
  }
}

export interface AdversarialResult {
  name: string
  chars: number
  /** Median of the timed runs, ms, and the same as ms per MB of UTF-8 text. */
  ms: number
  msPerMb: number
  annotations: number
  /** Annotations whose offsets fall outside the text (must be 0). */
  outside: number
}

/**
 * Hostile inputs the analysis must survive quickly: one 1 MB paragraph with no full stop (the seed body with its
 * sentence punctuation removed), 10,000 unmatched quote marks, a 100,000-character word. One warm-up, 3 runs.
 */
export function measureAdversarial(seed: ArticleSource): AdversarialResult[] {
  const flat = seed.paragraphs.join(' ').replace(/[.!?]/g, '')
  let noStop = ''
  while (noStop.length < 1_000_000) noStop += `${flat} `
  const cases: [string, string[]][] = [
    ['1 MB paragraph, no full stop', [noStop]],
    ['10,000 unmatched quote marks', [`He said "${'word " '.repeat(10_000)}and left.`]],
    ['a 100,000-character word', [`${'x'.repeat(100_000)} said Smith.`]],
  ]
  return cases.map(([name, paragraphs]) => {
    const source = { meta: seed.meta, paragraphs }
    annotateArticle(source)
    let result: AnnotatedArticle | undefined
    const ms = spreadOf(timeRuns(3, () => (result = annotateArticle(source)))).p50
    if (!result) throw new Error('no timed runs')
    const bytes = Buffer.byteLength(result.text)
    const length = result.text.length
    return {
      name,
      chars: length,
      ms,
      msPerMb: ms / (bytes / 1e6),
      annotations: result.annotations.length,
      outside: result.annotations.filter((a) => a.start < 0 || a.end > length || a.start > a.end).length,
    }
  })
}
