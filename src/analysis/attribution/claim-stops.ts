import { ADVERBIAL_OPENERS, BUT_PREDICATES } from '../lexicon/function-words.ts'
import type { Frame } from './frame.ts'
import type { Token } from '../text/tokens.ts'

/** Where a claim that follows its cue ends: `next(from, bare)` is the first stop after token `from`. */
export interface ClaimStops {
  next(from: number, bare: boolean): number
}

/**
 * Stops are the starts of later attributions (", said Yang", ", adding that", ", BBC News reported"), a
 * second predicate of the speaker (", but did not name …"), and — only for a claim given without "that" —
 * an adverbial clause (", during a phone call …"), which is the reporter's framing rather than the words said.
 */
export function claimStops(frames: Frame[], tokens: Token[]): ClaimStops {
  const hard: number[] = []
  const soft: number[] = []
  for (const f of frames) {
    if (f.layout === 'tail' || f.layout === 'parenthetical' || f.kind === 'participle') hard.push(f.attrStart)
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (t.quote >= 0 || t.kind === 'open-quote') continue
    if (t.lower === 'but' && BUT_PREDICATES.has(tokens[k + 1]?.lower ?? ''))
      hard.push(tokens[k - 1]?.text === ',' ? k - 1 : k)
    if (t.text === ',' && ADVERBIAL_OPENERS.has(tokens[k + 1]?.lower ?? '')) soft.push(k)
  }
  hard.sort((a, b) => a - b)
  return {
    next(from: number, bare: boolean): number {
      const a = firstAfter(hard, from) ?? tokens.length
      const b = bare ? (firstAfter(soft, from) ?? tokens.length) : tokens.length
      return Math.min(a, b)
    },
  }
}

function firstAfter(sorted: number[], from: number): number | undefined {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] ?? 0) <= from) lo = mid + 1
    else hi = mid
  }
  return sorted[lo]
}
