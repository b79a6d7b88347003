import type { AnnotatedArticle } from '../model/annotated-article.ts'
import { toArticleJson } from './article-json.ts'
import { toClaimsCsv } from './claims-csv.ts'
import type { DownloadFile } from './download-file.ts'
import { toTimelineCsv } from './timeline-csv.ts'
import { toTimelineIcs } from './timeline-ics.ts'
import { toWebAnnotation } from './web-annotation.ts'

export interface ExportFormat {
  /** The name the CLI's `--format` takes. */
  key: 'jsonld' | 'csv' | 'timeline-csv' | 'ics' | 'json'
  /** The menu item in the reader's "Export" menu. */
  label: string
  /** The CLI's file extension (`<file name without extension>.<extension>`). */
  extension: string
  write: (article: AnnotatedArticle, now?: Date) => DownloadFile
}

/** Every export, in the order of the reader's "Export" menu (the names of issue 8). */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { key: 'jsonld', label: 'Web Annotation (JSON-LD)', extension: 'jsonld', write: toWebAnnotation },
  { key: 'csv', label: 'Claims (CSV)', extension: 'csv', write: toClaimsCsv },
  { key: 'timeline-csv', label: 'Timeline (CSV)', extension: 'timeline.csv', write: toTimelineCsv },
  { key: 'ics', label: 'Timeline (iCalendar)', extension: 'ics', write: toTimelineIcs },
  { key: 'json', label: 'Annotated article (JSON)', extension: 'json', write: toArticleJson },
]
