import type { AnnotatedArticle } from '../model/annotated-article.ts'
import { articleParts } from './article-parts.ts'
import { toCsv } from './csv.ts'
import { downloadName, type DownloadFile } from './download-file.ts'

export const CLAIMS_CSV_HEADER = [
  'speaker',
  'role',
  'claim',
  'quoted',
  'cue',
  'paragraph',
  'start',
  'end',
  'id',
]

/**
 * Every claim, in text order: who made it (empty when unattributed), their role, the claim's words, "direct" for
 * a quotation or "reported" for reported speech, the cue ("said"), the body paragraph (1-based, or "caption"),
 * and its UTF-16 offsets and id for joining with the other exports.
 */
export function toClaimsCsv(article: AnnotatedArticle): DownloadFile {
  const parts = articleParts(article)
  const rows = article.annotations.flatMap((a) =>
    a.layer === 'claim'
      ? [
          [
            parts.speakerName(a.speakerId),
            parts.speakerRole(a.speakerId),
            parts.words(a),
            a.direct ? 'direct' : 'reported',
            a.cue ? parts.words(a.cue) : '',
            parts.paragraphLabel(a.start),
            a.start,
            a.end,
            a.id,
          ],
        ]
      : [],
  )
  return {
    filename: downloadName(article.article, 'claims.csv'),
    mime: 'text/csv;charset=utf-8',
    content: toCsv(CLAIMS_CSV_HEADER, rows),
  }
}
