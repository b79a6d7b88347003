import { memo, useRef } from 'react'
import type { ReaderModel } from '../../layout/reader-model.ts'
import { ParagraphText } from './article-text.tsx'
import { useChunkSizes } from './use-chunk-sizes.ts'

// Paragraphs per content-visibility chunk: Chromium tracks every `content-visibility: auto` element with an
// intersection observer on each frame that changes layout, so one per paragraph costs milliseconds per toggle
// on a long article; chunks keep that small while still skipping everything off screen.
const CHUNK = 8

/** The body paragraphs, rendered once per article (memo: view changes never re-render them). */
export const ArticleBody = memo(function ArticleBody({ model }: { model: ReaderModel }) {
  const ref = useRef<HTMLDivElement>(null)
  useChunkSizes(ref)
  const body = model.article.paragraphs.flatMap((p, i) => (p.kind === 'body' ? [i] : []))
  const chunks: number[][] = []
  for (let i = 0; i < body.length; i += CHUNK) chunks.push(body.slice(i, i + CHUNK))
  return (
    <div ref={ref} className="article-body">
      {chunks.map((chunk) => (
        <div key={chunk[0]} className="article-chunk">
          {chunk.map((i) => {
            const p = model.article.paragraphs[i]!
            return (
              <p key={p.start} data-start={p.start} data-end={p.end} data-paragraph={i}>
                <ParagraphText model={model} index={i} />
              </p>
            )
          })}
        </div>
      ))}
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
