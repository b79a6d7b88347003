import { formatDay } from '../analysis/time/dates.ts'
import type { AnnotatedArticle } from '../model/annotated-article.ts'
import { articleParts } from './article-parts.ts'
import { toCsv } from './csv.ts'
import { downloadName, type DownloadFile } from './download-file.ts'
import { eventDays } from './event-days.ts'

export const TIMELINE_CSV_HEADER = [
  'date',
  'first day',
  'last day',
  'precision',
  'approximate',
  'event',
  'speakers',
  'words',
  'paragraph',
  'id',
]

/**
 * The timeline, one row per event in the article's order: the model's date (`2022-01-10`, `2022-01`,
 * `2022-01-03/2022-01-09`), the first and last day it covers, how precise it is, whether the text only
 * approximates it, the event's label, its speakers, the words that date it and where they are.
 */
export function toTimelineCsv(article: AnnotatedArticle): DownloadFile {
  const parts = articleParts(article)
  const rows = article.events.map((event) => {
    const days = eventDays(event.date)
    const time = parts.timeOf(event)
    return [
      event.date,
      days ? formatDay(days.first) : '',
      days ? formatDay(days.last) : '',
      days?.precision ?? '',
      time?.approximate ? 'yes' : 'no',
      event.label,
      event.speakerIds.map((id) => parts.speakerName(id)).join('; '),
      time ? parts.words(time) : '',
      time ? parts.paragraphLabel(time.start) : '',
      event.id,
    ]
  })
  return {
    filename: downloadName(article.article, 'timeline.csv'),
    mime: 'text/csv;charset=utf-8',
    content: toCsv(TIMELINE_CSV_HEADER, rows),
  }
}
