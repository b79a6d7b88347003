import { formatDay, type CalendarDay } from '../analysis/time/dates.ts'
import { formatDate } from '../layout/format-date.ts'
import type { AnnotatedArticle } from '../model/annotated-article.ts'
import { articleParts } from './article-parts.ts'
import { downloadName, type DownloadFile } from './download-file.ts'
import { dayAfter, eventDays, type EventDays } from './event-days.ts'
import { escapeText, toContentLines } from './icalendar.ts'

const PRECISION_NOTE: Record<EventDays['precision'], string> = {
  day: '',
  month: 'The article gives the month only; the event spans the whole month.',
  year: 'The article gives the year only; the event spans the whole year.',
  span: '',
}

/**
 * The timeline as an iCalendar file (RFC 5545): one all-day VEVENT per event (`DTSTART;VALUE=DATE`), a span, a
 * month or a year as a multi-day event with an exclusive DTEND, an approximate date marked "(approx.)" in the
 * SUMMARY and explained in the DESCRIPTION. UIDs come from the event and article ids, so re-importing the file
 * updates the same events; DTSTAMP is `now`. Events whose date cannot be read are left out.
 */
export function toTimelineIcs(article: AnnotatedArticle, now: Date = new Date()): DownloadFile {
  const parts = articleParts(article)
  const meta = article.article
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Marginalia//Timeline export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Timeline: ${meta.headline}`)}`,
  ]
  for (const event of article.events) {
    const days = eventDays(event.date)
    if (!days) continue
    const time = parts.timeOf(event)
    const approximate = time?.approximate === true
    const speakers = event.speakerIds.map((id) => parts.speakerName(id)).filter((n) => n !== '')
    const description = [
      time ? `In the article: “${parts.words(time)}” (${formatDate(event.date)}).` : formatDate(event.date),
      approximate ? 'The article only approximates this date.' : '',
      PRECISION_NOTE[days.precision],
      speakers.length > 0 ? `Who: ${speakers.join(', ')}.` : '',
      `From “${meta.headline}”, ${meta.outlet}, ${meta.published.slice(0, 10)}.`,
    ].filter((s) => s !== '')
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}.${meta.id}@marginalia`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDay(days.first)}`,
      `DTEND;VALUE=DATE:${icsDay(dayAfter(days.last))}`,
      `SUMMARY:${escapeText(`${approximate ? '(approx.) ' : ''}${event.label}`)}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      ...(meta.url ? [`URL:${meta.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return {
    filename: downloadName(meta, 'timeline.ics'),
    mime: 'text/calendar;charset=utf-8',
    content: toContentLines(lines),
  }
}

function icsDay(day: CalendarDay): string {
  return formatDay(day).replace(/-/g, '')
}
