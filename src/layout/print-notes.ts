import type { Annotation } from '../model/annotated-article.ts'
import { compareSpans } from '../model/span.ts'
import { SOURCE_KIND, displayName } from './describe-annotation.ts'
import type { ReaderModel } from './reader-model.ts'

export interface PrintNote {
  id: string
  layer: 'claim' | 'source'
  /** "Claim by Wang Yi, Chinese State Councilor and Foreign Minister; cue “pledged”; reported speech." */
  text: string
}

/** Layers printed as footnotes, and the order of identical spans, as `toSegments` nests them (claim outside). */
const NOTE_RANK = { claim: 0, source: 1 } as const

/**
 * The printed article's footnotes: every claim and source, in the order their marks open in the page (by start,
 * the outer of two nested first, a claim outside a source on the same words), which is the order CSS counters
 * number the marks in the text (index.css, print layer).
 */
export function printNotes(model: ReaderModel): PrintNote[] {
  const noted = model.article.annotations.filter(
    (a): a is Extract<Annotation, { layer: 'claim' | 'source' }> =>
      a.layer === 'claim' || a.layer === 'source',
  )
  noted.sort(
    (a, b) => compareSpans(a, b) || NOTE_RANK[a.layer] - NOTE_RANK[b.layer] || a.id.localeCompare(b.id),
  )
  return noted.map((a) => ({ id: a.id, layer: a.layer, text: noteText(model, a) }))
}

function noteText(model: ReaderModel, a: Extract<Annotation, { layer: 'claim' | 'source' }>): string {
  if (a.layer === 'source') return `Source: ${a.name}, ${(SOURCE_KIND[a.kind] ?? a.kind).toLowerCase()}.`
  const speaker = a.speakerId ? model.speakerById.get(a.speakerId) : undefined
  const parts = [speaker ? `Claim by ${displayName(speaker)}` : 'Unattributed claim']
  if (speaker?.role) parts[0] += `, ${speaker.role}`
  if (a.cue) parts.push(`cue “${model.displayText.slice(a.cue.start, a.cue.end)}”`)
  parts.push(a.direct ? 'direct quote' : 'reported speech')
  return `${parts.join('; ')}.`
}
