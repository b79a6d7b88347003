import { memo } from 'react'
import type { ReaderModel } from '../layout/reader-model.ts'
import { ParagraphText } from './article-text.tsx'

/** The body paragraphs, rendered once per article (memo: view changes never re-render them). */
export const ArticleBody = memo(function ArticleBody({ model }: { model: ReaderModel }) {
  return (
    <div className="article-body">
      {model.article.paragraphs.map((p, i) =>
        p.kind === 'body' ? (
          <p key={p.start} data-start={p.start} data-end={p.end} data-paragraph={i}>
            <ParagraphText model={model} index={i} />
          </p>
        ) : null,
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
      <figcaption>
        <span data-start={caption.start} data-end={caption.end} data-paragraph={index}>
          <ParagraphText model={model} index={index} />
        </span>
        {credit && <span className="credit"> Photo: {credit}</span>}
      </figcaption>
    </figure>
  )
})
