import { ANNOTATE_PASSES, type AnnotatePass } from '../analysis/annotate.ts'

/** What the reader is told while a pass runs: the analysis's own pass names are for developers. */
const DOING: Record<AnnotatePass, string> = {
  context: 'reading the text',
  attribution: 'finding speakers and claims',
  numbers: 'finding numbers',
  sources: 'finding sources',
  time: 'dating time expressions',
  events: 'building the timeline',
  assemble: 'putting it together',
}

/** Steps of the worker's progress: every analysis pass, then the check of the result. */
export const ANALYSIS_STEPS = ANNOTATE_PASSES.length + 1

/**
 * The progress message after `done` passes have finished: what runs next, and how many steps are behind.
 * annotateArticle reports a pass when it ends, but a reader waits on the one that is running.
 */
export function nextStep(done: number): { pass: string; done: number; total: number } {
  const next = ANNOTATE_PASSES[done]
  return { pass: next ? DOING[next] : 'checking the result', done, total: ANALYSIS_STEPS }
}
