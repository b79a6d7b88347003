import type {
  AnnotatedArticle,
  Annotation,
  TimeAnnotation,
  TimelineEvent,
} from '../model/annotated-article.ts'
import { paragraphAt } from '../layout/reader-model.ts'

/** Helpers the writers share: where an annotation sits, who a speaker is, which time expression dates an event. */
export interface ArticleParts {
  article: AnnotatedArticle
  words: (span: { start: number; end: number }) => string
  /** 1-based number of the body paragraph holding `offset`; "caption" for the photo caption. */
  paragraphLabel: (offset: number) => string | number
  speakerName: (id: string | null) => string
  speakerRole: (id: string | null) => string
  /** The time expression an event was built from (its first annotation), when it is one. */
  timeOf: (event: TimelineEvent) => TimeAnnotation | undefined
}

export function articleParts(article: AnnotatedArticle): ArticleParts {
  const speakers = new Map(article.speakers.map((s) => [s.id, s]))
  const annotations = new Map<string, Annotation>(article.annotations.map((a) => [a.id, a]))
  const bodyNumber = new Map<number, number>()
  article.paragraphs.forEach((p, i) => {
    if (p.kind === 'body') bodyNumber.set(i, bodyNumber.size + 1)
  })
  return {
    article,
    words: (span) => article.text.slice(span.start, span.end),
    paragraphLabel: (offset) => {
      const index = paragraphAt(article, offset)
      return article.paragraphs[index]?.kind === 'caption' ? 'caption' : (bodyNumber.get(index) ?? '')
    },
    speakerName: (id) => (id === null ? '' : (speakers.get(id)?.name ?? '')),
    speakerRole: (id) => (id === null ? '' : (speakers.get(id)?.role ?? '')),
    timeOf: (event) => {
      const first = annotations.get(event.annotationIds[0] ?? '')
      return first?.layer === 'time' ? first : undefined
    },
  }
}
