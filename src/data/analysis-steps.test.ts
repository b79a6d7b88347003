import { describe, expect, it } from 'vitest'
import { annotateArticle, ANNOTATE_PASSES } from '../analysis/annotate.ts'
import { ANALYSIS_STEPS, nextStep } from './analysis-steps.ts'

describe('the progress a reader sees while an article is analysed', () => {
  it('names the step that is running, in words, and counts up to the check of the result', () => {
    expect(nextStep(0)).toEqual({ pass: 'reading the text', done: 0, total: ANALYSIS_STEPS })
    expect(nextStep(1).pass).toBe('finding speakers and claims')
    expect(nextStep(ANNOTATE_PASSES.length)).toEqual({
      pass: 'checking the result',
      done: ANNOTATE_PASSES.length,
      total: ANALYSIS_STEPS,
    })
  })

  it('moves forward once per pass the analysis reports, never past the total', () => {
    const seen: number[] = []
    annotateArticle(
      {
        meta: {
          id: 'progress-test',
          headline: 'A test',
          deck: null,
          published: '2024-03-01',
          outlet: 'Test',
          zone: null,
          url: null,
          photo: null,
        },
        paragraphs: ['"We will build it," the mayor, Ann Lee, said on Monday.'],
      },
      { onProgress: (_pass, done) => seen.push(nextStep(done).done) },
    )
    expect(seen).toEqual(ANNOTATE_PASSES.map((_, i) => i + 1))
    expect(Math.max(...seen)).toBeLessThan(ANALYSIS_STEPS)
  })
})
