import { memo, Suspense, useRef, useState } from 'react'
import type { ReaderModel } from '../../layout/reader-model.ts'
import {
  chunksOfSpan,
  fullPlan,
  initialPlan,
  isRendered,
  withChunks,
  type BodyChunk,
} from '../../layout/article-chunks.ts'
import type { Span } from '../../model/span.ts'
import { ParagraphText } from './article-text.tsx'
import { useChunkSizes } from './use-chunk-sizes.ts'
import { useIsHydrating, useProgressiveChunks } from './use-progressive-chunks.ts'

/**
 * The body paragraphs in chunks, each rendered once (memo: view changes never re-render them). A long article
 * renders the screen the reader sees first (the top, or the chunks of `need`: the focused highlight, a shared
 * passage) and the rest in idle slices; a chunk `need` asks for later is rendered in the same render, so the
 * highlight is in the DOM when the reader focuses it. Pre-rendered and hydrated pages carry every chunk.
 */
export const ArticleBody = memo(function ArticleBody({
  model,
  need,
}: {
  model: ReaderModel
  need: readonly Span[]
}) {
  const ref = useRef<HTMLDivElement>(null)
  const { chunks } = model
  const hydrating = useIsHydrating()
  const needed = need.flatMap((s) => chunksOfSpan(chunks, s.start, s.end))
  const [plan, setPlan] = useState(() =>
    hydrating ? fullPlan(chunks.length) : withChunks(initialPlan(chunks, needed[0] ?? 0), needed),
  )
  const current = withChunks(plan, needed)
  // Adjusting state while rendering: the chunk is in this very commit, before the focus effect looks for it.
  if (current !== plan) setPlan(current)
  useProgressiveChunks(ref, chunks.length, current, setPlan)
  useChunkSizes(ref, chunks, current)
  return (
    <div ref={ref} className="article-body">
      {chunks.map((chunk, i) => (
        <Chunk key={chunk.start} model={model} chunk={chunk} rendered={isRendered(current, i)} />
      ))}
    </div>
  )
})

/**
 * One chunk: its paragraphs, or an empty placeholder holding the chunk's estimated height until they arrive. The
 * Suspense boundary lets a pre-rendered page hydrate each chunk apart, after the rest of the page, in slices.
 */
const Chunk = memo(function Chunk({
  model,
  chunk,
  rendered,
}: {
  model: ReaderModel
  chunk: BodyChunk
  rendered: boolean
}) {
  return (
    <div className="article-chunk" data-pending={rendered ? undefined : ''}>
      {rendered && (
        <Suspense fallback={null}>
          {chunk.paragraphs.map((i) => {
            const p = model.article.paragraphs[i]!
            return (
              <p key={p.start} data-start={p.start} data-end={p.end} data-paragraph={i}>
                <ParagraphText model={model} index={i} />
              </p>
            )
          })}
        </Suspense>
      )}
    </div>
  )
})

export const PhotoCaption = memo(function PhotoCaption({ model }: { model: ReaderModel }) {
  const index = model.article.paragraphs.findIndex((p) => p.kind === 'caption')
  const caption = model.article.paragraphs[index]
  if (!caption) return null
  const credit = model.article.article.photo?.credit
  return (
    <figure className="photo-caption mb-8">
      {/* The photo itself is not shipped: a label says whose words these are, rather than a quote's rule. */}
      <figcaption>
        <span className="caption-label">
          Photo caption<span className="sr-only">: </span>
        </span>
        <span data-start={caption.start} data-end={caption.end} data-paragraph={index}>
          <ParagraphText model={model} index={index} />
        </span>
        {credit && <span className="credit"> Photo: {credit}</span>}
      </figcaption>
    </figure>
  )
})
