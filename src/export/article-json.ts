import type { AnnotatedArticle } from '../model/annotated-article.ts'
import { downloadName, type DownloadFile } from './download-file.ts'

/** The AnnotatedArticle itself (docs/annotated-article.md), indented for people who open it. */
export function toArticleJson(article: AnnotatedArticle): DownloadFile {
  return {
    filename: downloadName(article.article, 'annotated.json'),
    mime: 'application/json',
    content: `${JSON.stringify(article, null, 2)}\n`,
  }
}
