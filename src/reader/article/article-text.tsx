import { memo, type ReactNode } from 'react'
import type { ReaderModel } from '../../layout/reader-model.ts'
import { toSegments, type MarkSegment, type SegmentNode } from '../../layout/to-segments.ts'
import { describeForScreenReader } from '../../layout/describe-annotation.ts'
import { claimSpeakerClass } from '../../layout/speaker-filter-style.ts'

function renderMark(node: MarkSegment, children: ReactNode[], model: ReaderModel): ReactNode {
  const a = node.annotation
  const speakerId = a.layer === 'claim' || a.layer === 'speaker' ? (a.speakerId ?? undefined) : undefined
  const labelled = node.part === 'whole' || node.part === 'first'
  return (
    <mark
      key={`${a.id}:${node.start}`}
      className={
        speakerId === undefined && a.layer !== 'claim'
          ? `hl hl-${a.layer}`
          : `hl hl-${a.layer} ${claimSpeakerClass(speakerId === undefined ? -1 : (model.speakerIndex.get(speakerId) ?? -1))}`
      }
      data-layer={a.layer}
      data-annotation-id={a.id}
      data-speaker-id={speakerId}
      data-part={node.part}
      // Read by CSS generated content, so screen readers hear "claim by …" once at the start of a highlight
      // while the DOM text stays exactly the article's text (copy, find, offsets).
      data-sr={labelled ? `${describeForScreenReader(model, a)}: ` : undefined}
    >
      {children}
    </mark>
  )
}

/**
 * The segments as React nodes, built children first with an explicit stack rather than by recursion: a damaged
 * article nesting thousands of spans overflowed the call stack here and blanked the page.
 */
function renderNodes(nodes: readonly SegmentNode[], model: ReaderModel): ReactNode[] {
  const text = model.displayText
  interface Level {
    nodes: readonly SegmentNode[]
    next: number
    out: ReactNode[]
    owner: MarkSegment | undefined
  }
  const top: Level = { nodes, next: 0, out: [], owner: undefined }
  const stack = [top]
  for (let level = stack.at(-1); level !== undefined; level = stack.at(-1)) {
    const node = level.nodes[level.next++]
    if (node === undefined) {
      stack.pop()
      const parent = stack.at(-1)
      if (parent && level.owner) parent.out.push(renderMark(level.owner, level.out, model))
    } else if (node.kind === 'text') level.out.push(text.slice(node.start, node.end))
    else stack.push({ nodes: node.children, next: 0, out: [], owner: node })
  }
  return top.out
}

/**
 * One paragraph's text with its highlights, rendered once per article: switching layers or the speaker filter
 * only changes classes on the article root, never these nodes.
 */
export const ParagraphText = memo(function ParagraphText({
  model,
  index,
}: {
  model: ReaderModel
  index: number
}) {
  const paragraph = model.article.paragraphs[index]
  if (!paragraph) return null
  const segments = toSegments(paragraph, model.paragraphAnnotations[index] ?? [])
  return <>{renderNodes(segments, model)}</>
})
