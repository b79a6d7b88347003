import { isHighlighted, type ReaderModel } from '../layout/reader-model.ts'
import type { ViewState } from '../state/view-state.ts'
import { findTextQuote } from '../state/text-quote.ts'
import type { Span } from '../model/span.ts'

export interface CheckedView {
  /** The view with everything the article does not have removed. */
  view: ViewState
  passageSpan: Span | null
  /** The passage was found only approximately: its words changed a little since the link was made. */
  passageApproximate: boolean
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
  const focused = focus === null ? undefined : model.annotationById.get(focus)
  if (focus !== null && !focused) {
    problems.push('The highlighted passage of this link is no longer in the article.')
    focus = null
  }
  // A highlight this view does not show (its layer is off, or the filter clears it) has no details open: the
  // popover follows the view, so it can never be left over a hidden highlight.
  if (focused && !isHighlighted(focused, view.layers, speakers)) focus = null
  let passage = view.passage
  let passageSpan: Span | null = null
  let passageApproximate = false
  if (passage) {
    const found = findTextQuote(model.article.text, passage)
    passageSpan = found?.span ?? null
    passageApproximate = found?.approximate ?? false
    if (!passageSpan) {
      problems.push('The shared passage was not found in this version of the article.')
      passage = null
    }
  }
  return { view: { ...view, speakers, focus, passage }, passageSpan, passageApproximate, problems }
}
