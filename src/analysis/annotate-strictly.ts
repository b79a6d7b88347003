import type { AnnotatedArticle } from '../model/annotated-article.ts'
import { annotateArticle } from './annotate.ts'

/**
 * For tests: annotates body paragraphs as an article published 2024-08-20 (UTC), failing loudly when a pass or a
 * sentence throws (annotateArticle itself would skip it and go on).
 */
export function annotateStrictly(paragraphs: string[]): AnnotatedArticle {
  return annotateArticle(
    {
      meta: {
        id: 'test-article',
        headline: 'A test article',
        deck: null,
        published: '2024-08-20T10:00:00+00:00',
        outlet: 'Test',
        zone: null,
        url: null,
        photo: null,
      },
      paragraphs,
    },
    {
      onError: (pass, error) => {
        throw new Error(`${pass} threw: ${String(error)}`)
      },
    },
  )
}
