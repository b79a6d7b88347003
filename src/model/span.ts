/**
 * A half-open span of text: `start` and `end` are UTF-16 code-unit offsets into
 * `AnnotatedArticle.text` (what `String.prototype.slice` uses), `end` exclusive.
 * Every offset in the project means this, and nothing else.
 */
export interface Span {
  start: number
  end: number
}

export function spanLength(span: Span): number {
  return span.end - span.start
}

/** True when the two spans share at least one code unit. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** True when `inner` lies wholly inside `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

/** Document order: earlier start first, then the longer span first so containers precede what they contain. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end
}
