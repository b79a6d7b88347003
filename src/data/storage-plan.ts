/**
 * What the library keeps of an opened article, and which older ones must go to make room for a new one.
 * Pure: the store (local-articles.ts) applies the plan.
 */
export interface StoredSummary {
  /** `local-<hash>`, matching ARTICLE_ID_PATTERN. */
  id: string
  headline: string
  outlet: string
  /** ISO 8601, as in ArticleMeta. */
  published: string
  claims: number
  speakers: number
  /** When this browser opened it, ms since the epoch. */
  openedAt: number
  /** Size of the stored entry as JSON, in UTF-16 code units (what the cap counts). */
  size: number
}

/**
 * The cap on what the library keeps: 50 M characters of JSON (about 10 long-read articles of 100,000 words
 * with their annotations, or thousands of ordinary ones), and at most 200 articles. Browsers grant far more
 * (a share of the disk), but a reader's library should not quietly grow without bound.
 */
export const STORAGE_CAP = { size: 50_000_000, count: 200 } as const

export type StoragePlan =
  { fits: true; keep: StoredSummary[]; drop: StoredSummary[] } | { fits: false; reason: string }

/**
 * Keeps the new article and as many of the others as fit, newest opened first; the oldest go first. An
 * article opened again replaces its old entry. A single article over the cap is not kept at all.
 */
export function planStorage(
  existing: readonly StoredSummary[],
  incoming: StoredSummary,
  cap: { size: number; count: number } = STORAGE_CAP,
): StoragePlan {
  if (incoming.size > cap.size)
    return {
      fits: false,
      reason: `It is too large to keep in this browser’s library (${millions(incoming.size)} characters of annotated text; the library keeps at most ${millions(cap.size)}).`,
    }
  const others = existing.filter((s) => s.id !== incoming.id).sort((a, b) => b.openedAt - a.openedAt)
  const keep: StoredSummary[] = [incoming]
  const drop: StoredSummary[] = []
  let size = incoming.size
  for (const s of others) {
    if (drop.length === 0 && keep.length < cap.count && size + s.size <= cap.size) {
      keep.push(s)
      size += s.size
    } else drop.push(s)
  }
  return { fits: true, keep, drop }
}

function millions(n: number): string {
  return `${(n / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} million`
}
