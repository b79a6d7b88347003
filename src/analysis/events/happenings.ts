import type { Claim, SpeakerMention, TimelineEvent } from '../../model/annotated-article.ts'
import type { Span } from '../../model/span.ts'
import type { AnalysisDocument } from '../text/types.ts'
import { daysInMonth, toDayNumber } from '../time/dates.ts'

/**
 * What makes a timeline event a happening a reader can follow: who it is credited to, which caption dates are
 * only when a photo was taken, and when two time expressions of one sentence date the same happening.
 */

/**
 * Where a sentence splits into clauses that can hold another happening or another speaker. Not before "who":
 * "Mia Castellano, 17, who won a medal in April" keeps the name with what she did.
 */
const CLAUSE_BREAK =
  /[;:]\s*|\s[—–]\s|,\s+(?=(?:which|while|whereas|but|and|as|after|before|when|though|although|because|amid|including|according|where|since|until|so|(?!(?:during|morning|evening|nothing|something|everything)\b)\p{L}+ing)\b)/giu
/** How far a cue and a time may lie apart and still be one attribution ("announced on Monday"). */
const CUE_GAP = 24

/**
 * The speakers an event is credited to: the speaker of a claim that holds one of its time expressions or whose
 * cue sits right beside one ("the ministry announced on Monday", "said in a statement on Monday that"), and the
 * speakers named in the same clause as a time expression ("Xi on Friday sent a message to Tokayev"). A speaker
 * who only speaks elsewhere in the sentence is not credited with a happening another clause dates.
 */
export function creditedSpeakers(
  text: string,
  sentence: Span,
  times: readonly Span[],
  claims: readonly Claim[],
  mentions: readonly SpeakerMention[],
  known: (id: string) => boolean,
): string[] {
  const clauses = times.map((t) => clauseOf(text, sentence, t))
  const credited: { at: number; id: string }[] = []
  for (const claim of claims) {
    if (claim.speakerId === null) continue
    const said = times.some(
      (t) =>
        (claim.start <= t.start && t.end <= claim.end) || (claim.cue !== null && beside(text, claim.cue, t)),
    )
    if (said) credited.push({ at: claim.start, id: claim.speakerId })
  }
  for (const m of mentions)
    if (clauses.some((c) => c.start <= m.start && m.end <= c.end))
      credited.push({ at: m.start, id: m.speakerId })
  const ids: string[] = []
  for (const { id } of credited.sort((a, b) => a.at - b.at)) if (known(id) && !ids.includes(id)) ids.push(id)
  return ids
}

function beside(text: string, cue: Span, time: Span): boolean {
  const gap = cue.end <= time.start ? text.slice(cue.end, time.start) : text.slice(time.end, cue.start)
  return gap.length <= CUE_GAP && !/[,;:.!?"“”]/.test(gap)
}

/** The clause of `sentence` that holds `span`, between the clause breaks around it (a bounded window). */
function clauseOf(text: string, sentence: Span, span: Span): Span {
  const from = Math.max(sentence.start, span.start - 300)
  const to = Math.min(sentence.end, span.end + 300)
  let start = from
  let end = to
  for (const m of text.slice(from, to).matchAll(CLAUSE_BREAK)) {
    const at = from + m.index
    if (at + m[0].length <= span.start) start = at + m[0].length
    else if (at >= span.end) {
      end = at
      break
    }
  }
  return { start, end }
}

/** Words of a caption that say when the photo was taken, not that something happened then. */
const PHOTO_NOTE =
  /\b(?:file|archive|undated|handout) (?:photo|picture|image)|\b(?:photo|picture|image|photograph)s? (?:taken|shot|dated|made|from)\b|\bpictured\b|\bin (?:this|a) (?:photo|picture|image)\b|\b(?:photo|picture|credit)\s*:/i

/**
 * A photo caption is an event only when it reports one ("Emergency crews used boats … on Monday"): not when its
 * date says when the photo was taken ("A file photo from 2019", "Photo taken on January 5 shows …", "(Photo:
 * Reuters, 2019)").
 */
export function isPhotoNote(doc: AnalysisDocument, sentence: Span, time: Span): boolean {
  // The caption, if any, is the first paragraph (document.ts): one look, not a scan of every paragraph per
  // time expression (quadratic on long articles).
  const first = doc.paragraphs[0]
  const caption = first?.kind === 'caption' && first.start <= time.start && time.end <= first.end
  return caption && PHOTO_NOTE.test(doc.text.slice(sentence.start, sentence.end))
}

/** The first and last day a date covers, as day numbers. */
function daysOf(date: string): [number, number] {
  const [from = date, to = from] = date.split('/')
  const first = (s: string) => {
    const [y = 0, m = 1, d = 1] = s.split('-').map(Number)
    return toDayNumber({ year: y, month: m, day: d })
  }
  const last = (s: string) => {
    const [y = 0, m, d] = s.split('-').map(Number)
    const month = m ?? 12
    return toDayNumber({ year: y, month, day: d ?? daysInMonth(y, month) })
  }
  return [first(from), last(to)]
}

export interface Placed {
  event: TimelineEvent
  sentence: Span
  /** How many time expressions open the event's `annotationIds` (the claims follow). */
  times: number
  position: number
}

/**
 * The same happening found twice: two events of one sentence with the same label whose dates nest or touch ("the
 * ministry announced on Monday … during last week's violence" both label "The number of people arrested has
 * reached 7,939") become one, dated by the more precise date; its time expressions are all listed.
 */
export function mergeSameHappening(placed: Placed[]): Placed[] {
  const kept: Placed[] = []
  for (const p of placed) {
    const twin = kept.find(
      (k) => k.sentence.start === p.sentence.start && sameLabel(k.event.label, p.event.label) && touch(k, p),
    )
    if (!twin) {
      kept.push(p)
      continue
    }
    const [a, b] = [daysOf(twin.event.date), daysOf(p.event.date)]
    const [keep, drop] = b[1] - b[0] < a[1] - a[0] ? [p, twin] : [twin, p]
    const ids = keep.event.annotationIds
    const merged: Placed = {
      ...keep,
      times: keep.times + drop.times,
      event: {
        ...keep.event,
        speakerIds: [...new Set([...keep.event.speakerIds, ...drop.event.speakerIds])],
        annotationIds: [
          ...new Set([
            ...ids.slice(0, keep.times),
            ...drop.event.annotationIds.slice(0, drop.times),
            ...ids.slice(keep.times),
          ]),
        ],
      },
    }
    kept[kept.indexOf(twin)] = merged
  }
  return kept
}

/** One label is the other, or the other with more after it ("Arrests reached 7,939, the ministry announced"). */
function sameLabel(a: string, b: string): boolean {
  const [x, y] = [a.replace(/…$/, ''), b.replace(/…$/, '')]
  return x.startsWith(y) || y.startsWith(x)
}

/** Dates that nest, or a week and the day right after it ("last week" and "on Monday"). */
function touch(a: Placed, b: Placed): boolean {
  const [a0, a1] = daysOf(a.event.date)
  const [b0, b1] = daysOf(b.event.date)
  if ((a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1)) return true
  return a1 - a0 < 7 && b1 - b0 < 7 && (a1 + 1 === b0 || b1 + 1 === a0)
}
