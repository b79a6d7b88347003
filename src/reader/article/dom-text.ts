import type { Span } from '../../model/span.ts'

// Article text lives in elements carrying data-start/data-end (paragraphs and the caption). Highlights' screen
// reader labels are CSS generated content, so the DOM's text is the article's text, character for character (its
// straight quotes shown curled, one for one: src/layout/curl-quotes.ts).
const CONTAINER = '[data-start]'

function containerOf(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : (node?.parentElement ?? null)
  return el?.closest<HTMLElement>(CONTAINER) ?? null
}

function offsetIn(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange()
  range.setStart(container, 0)
  range.setEnd(node, offset)
  return Number(container.dataset.start) + range.toString().length
}

/** The article-text span a DOM range covers, clipped to article text; null when it covers none. */
export function spanFromRange(root: HTMLElement, range: Range): Span | null {
  const containers = [...root.querySelectorAll<HTMLElement>(CONTAINER)].filter((c) => range.intersectsNode(c))
  const first = containers[0]
  const last = containers.at(-1)
  if (!first || !last) return null
  const startIn = containerOf(range.startContainer)
  const endIn = containerOf(range.endContainer)
  const start =
    startIn === first ? offsetIn(first, range.startContainer, range.startOffset) : Number(first.dataset.start)
  const end = endIn === last ? offsetIn(last, range.endContainer, range.endOffset) : Number(last.dataset.end)
  return start < end ? { start, end } : null
}

function pointAt(container: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  let left = offset - Number(container.dataset.start)
  let node = walker.nextNode()
  let lastText: Node | null = null
  while (node) {
    const length = node.textContent?.length ?? 0
    if (left <= length) return { node, offset: left }
    left -= length
    lastText = node
    node = walker.nextNode()
  }
  return lastText
    ? { node: lastText, offset: lastText.textContent?.length ?? 0 }
    : { node: container, offset: 0 }
}

/** A DOM range over an article-text span, or null when the span is not rendered. */
export function rangeFromSpan(root: HTMLElement, span: Span): Range | null {
  const containers = [...root.querySelectorAll<HTMLElement>(CONTAINER)]
  const inside = (c: HTMLElement, at: number) => Number(c.dataset.start) <= at && at <= Number(c.dataset.end)
  const startIn = containers.find((c) => inside(c, span.start))
  const endIn = containers.find((c) => inside(c, span.end))
  if (!startIn || !endIn) return null
  const start = pointAt(startIn, span.start)
  const end = pointAt(endIn, span.end)
  const range = document.createRange()
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  return range
}
