import { formatDate } from '../layout/format-date.ts'
import type { Annotation } from '../model/annotated-article.ts'
import type { ArticleParts } from './article-parts.ts'

/** A highlight in words, for a body's `value`: "Claim by Wang Yi (direct quote)", "Number: 8,000 people". */
export function describeAnnotationValue(parts: ArticleParts, a: Annotation): string {
  switch (a.layer) {
    case 'speaker':
      return `Speaker: ${parts.speakerName(a.speakerId) || parts.words(a)}`
    case 'claim': {
      const who = a.speakerId ? `Claim by ${parts.speakerName(a.speakerId)}` : 'Unattributed claim'
      return `${who} (${a.direct ? 'direct quote' : 'reported speech'})`
    }
    case 'number': {
      const value = a.value.toLocaleString('en-GB', { maximumFractionDigits: 6 })
      return `Number: ${[a.hedge, value, a.unit].filter(Boolean).join(' ')}`
    }
    case 'source':
      return `Source: ${a.name} (${a.kind})`
    case 'time':
      if (a.date === null) return 'Date: not known (counted from another event)'
      return `Date: ${a.approximate ? 'about ' : ''}${formatDate(a.date)}`
  }
}
