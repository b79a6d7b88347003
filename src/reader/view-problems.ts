import type { ReaderModel } from '../layout/reader-model.ts'
import type { ViewState } from '../state/view-state.ts'
import { anchorTextQuote } from '../state/text-quote.ts'
import type { Span } from '../model/span.ts'

export interface CheckedView {
  /** The view with everything the article does not have removed. */
  view: ViewState
  passageSpan: Span | null
  problems: string[]
}

/** Checks a parsed view against the article: unknown speakers and highlights are dropped and reported. */
export function checkViewAgainstArticle(model: ReaderModel, view: ViewState): CheckedView {
  const problems: string[] = []
  const speakers = view.speakers.filter((id) => {
    if (model.speakerById.has(id)) return true
    problems.push(`No speaker “${id}” in this article; the filter ignores it.`)
    return false
  })
  let focus = view.focus
  if (focus !== null && !model.annotationById.has(focus)) {
    problems.push('The highlighted passage of this link is no longer in the article.')
    focus = null
  }
  let passage = view.passage
  let passageSpan: Span | null = null
  if (passage) {
    passageSpan = anchorTextQuote(model.article.text, passage)
    if (!passageSpan) {
      problems.push('The shared passage was not found in this version of the article.')
      passage = null
    }
  }
  return { view: { ...view, speakers, focus, passage }, passageSpan, problems }
}
