import type { AnnotatedArticle } from '../model/annotated-article.ts'

/** The article's body text, one <p> per body paragraph; the caption paragraph is rendered by PhotoCaption. */
export function ArticleBody({ article }: { article: AnnotatedArticle }) {
  return (
    <div className="article-body">
      {article.paragraphs.map((p) =>
        p.kind === 'body' ? <p key={p.start}>{article.text.slice(p.start, p.end)}</p> : null,
      )}
    </div>
  )
}

export function PhotoCaption({ article }: { article: AnnotatedArticle }) {
  const caption = article.paragraphs.find((p) => p.kind === 'caption')
  if (!caption) return null
  const credit = article.article.photo?.credit
  return (
    <figure className="photo-caption mb-8">
      <figcaption>
        {article.text.slice(caption.start, caption.end)}
        {credit && <span className="credit"> Photo: {credit}</span>}
      </figcaption>
    </figure>
  )
}
