import type { Annotation, Layer } from '../model/annotated-article.ts'
import { formatDate } from './format-date.ts'
import type { ReaderModel } from './reader-model.ts'

export const LAYER_LABEL: Record<Layer, { one: string; many: string; title: string }> = {
  speaker: { one: 'speaker', many: 'speakers', title: 'Speakers' },
  claim: { one: 'claim', many: 'claims', title: 'Claims' },
  number: { one: 'number', many: 'numbers', title: 'Numbers' },
  source: { one: 'source', many: 'sources', title: 'Sources' },
  time: { one: 'date', many: 'dates', title: 'Dates' },
}

export const SOURCE_KIND: Record<string, string> = {
  media: 'News media',
  government: 'Government',
  organization: 'Organization',
  document: 'Document',
  expert: 'Expert',
  other: 'Other',
}

export interface AnnotationDetails {
  /** "Claim by Wang Yi", "Number", "Source: BBC News". */
  title: string
  rows: { label: string; value: string }[]
  /** Set for claims and speaker mentions: the speaker "more from this speaker" filters to. */
  speakerId: string | null
  /** Why the analysis made it: its cue word, when it has one, and the name of the rule that found it. */
  why: string
}

/** What a screen reader hears at the start of a highlight: short, no punctuation noise. */
export function describeForScreenReader(model: ReaderModel, a: Annotation): string {
  switch (a.layer) {
    case 'claim':
      return a.speakerId ? `claim by ${speakerName(model, a.speakerId)}` : 'unattributed claim'
    case 'speaker':
      return `speaker ${speakerName(model, a.speakerId)}`
    case 'number':
      return 'number'
    case 'source':
      return `source, ${SOURCE_KIND[a.kind]?.toLowerCase() ?? a.kind}`
    case 'time':
      // "c." is read letter by letter; a listener hears "about".
      return `date, ${a.approximate && a.date !== null ? `about ${formatDate(a.date)}` : formatDate(a.date)}`
  }
}

/**
 * A speaker's name as a list or a heading shows it: the analysis keeps a group's name as the text has it
 * ("experts", "observers"), which reads as a typo at the start of a line.
 */
export function displayName(speaker: { name: string }): string {
  return speaker.name.charAt(0).toUpperCase() + speaker.name.slice(1)
}

function speakerName(model: ReaderModel, id: string): string {
  return model.speakerById.get(id)?.name ?? 'unknown speaker'
}

/** The popover's content for one highlight, with why it was made. */
export function describeAnnotation(model: ReaderModel, a: Annotation): AnnotationDetails {
  const cue = a.layer === 'claim' && a.cue ? model.displayText.slice(a.cue.start, a.cue.end) : null
  const rule = `the rule “${a.rule}”`
  return {
    ...describeWhat(model, a),
    why: cue ? `The cue “${cue}” introduced it; found by ${rule}.` : `Found by ${rule}.`,
  }
}

function describeWhat(model: ReaderModel, a: Annotation): Omit<AnnotationDetails, 'why'> {
  const words = model.displayText.slice(a.start, a.end)
  switch (a.layer) {
    case 'claim': {
      const speaker = a.speakerId ? model.speakerById.get(a.speakerId) : undefined
      const rows = [{ label: 'Speaker', value: speaker ? speaker.name : 'Not attributed' }]
      if (speaker?.role) rows.push({ label: 'Role', value: speaker.role })
      if (a.cue) rows.push({ label: 'Cue', value: `“${model.displayText.slice(a.cue.start, a.cue.end)}”` })
      rows.push({ label: 'Quoted', value: a.direct ? 'Direct quote' : 'Reported speech' })
      return {
        title: speaker ? `Claim by ${speaker.name}` : 'Unattributed claim',
        rows,
        speakerId: a.speakerId,
      }
    }
    case 'speaker': {
      const speaker = model.speakerById.get(a.speakerId)
      const rows = [{ label: 'Name', value: speaker ? displayName(speaker) : words }]
      if (speaker?.role) rows.push({ label: 'Role', value: speaker.role })
      rows.push({ label: 'Claims', value: String(model.claimCount.get(a.speakerId) ?? 0) })
      return { title: speaker ? displayName(speaker) : words, rows, speakerId: a.speakerId }
    }
    case 'number': {
      const rows = [{ label: 'Value', value: a.value.toLocaleString('en-GB', { maximumFractionDigits: 6 }) }]
      if (a.unit) rows.push({ label: 'Counts', value: a.unit })
      if (a.hedge) rows.push({ label: 'Hedge', value: a.hedge })
      return { title: 'Number', rows, speakerId: null }
    }
    case 'source':
      return {
        title: `Source: ${a.name}`,
        rows: [{ label: 'Kind', value: SOURCE_KIND[a.kind] ?? a.kind }],
        speakerId: null,
      }
    case 'time': {
      const rows = [
        {
          label: 'Date',
          value:
            a.date === null
              ? 'Not known: counted from another event, not from a day the text gives'
              : formatDate(a.date, 'long', a.approximate),
        },
      ]
      if (a.approximate) rows.push({ label: 'Precision', value: 'Approximate' })
      rows.push({ label: 'In the text', value: `“${words}”` })
      return { title: 'Date', rows, speakerId: null }
    }
  }
}
