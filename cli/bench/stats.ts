/** Spread of a set of timings (or rates): nearest-rank percentiles, so every figure is a measured sample. */
export interface Spread {
  n: number
  min: number
  p50: number
  p95: number
  max: number
}

/** Nearest-rank percentile of sorted samples: the smallest sample with at least `p`% of samples at or below it. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] ?? Number.NaN
}

export function spreadOf(samples: readonly number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    n: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
  }
}

export function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a'
}

/** "12.3 ms (p95 14.0, max 20.1, n=30)" */
export function formatMs(s: Spread): string {
  return `p50 ${fixed(s.p50)} ms, p95 ${fixed(s.p95)} ms, max ${fixed(s.max)} ms (n=${s.n})`
}

/** "median 3.10 (min–max 2.90–3.30)" */
export function formatMedianRange(s: Spread, unit: string, digits = 2): string {
  return `median ${fixed(s.p50, digits)} ${unit} (min–max ${fixed(s.min, digits)}–${fixed(s.max, digits)}, n=${s.n})`
}

export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} B (${fixed(bytes / 1024, 1)} KB)`
}

/** "PASS" / "MISS" beside a budget: the bench reports a miss, it never fails on one. */
export function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'MISS'
}

/** Runs `fn` once per sample and returns the wall time of each call in milliseconds. */
export function timeRuns(runs: number, fn: () => void): number[] {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  return times
}
