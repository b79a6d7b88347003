import { turnLabel, type TurnLabel } from './paragraph-marks.ts'
import type { AnalysisDocument } from './types.ts'

/** One paragraph of a transcript: a question (the interviewer's) or an answer (the interviewee's). */
export interface Turn {
  role: 'question' | 'answer'
  /** Offset into the document text where the turn's words begin (after its label, if it has one). */
  start: number
  /** For a transcript labelled by names: the answerer's label as written ("ALDECOA", "Inés Aldecoa"). */
  answerer: string | null
}

/** A run of labelled paragraphs read as an interview: its turns by paragraph index. */
export interface Transcript {
  /** The first labelled paragraph; the paragraphs before it introduce the interview. */
  first: number
  turns: Map<number, Turn>
  /** "Q:"/"A:" labels (the answerer is named in the introduction) or speakers' names as labels. */
  labels: 'qa' | 'names'
}

/** Unlabelled paragraphs that may continue a turn before the next label ("A: …" then a second paragraph). */
const MAX_GAP = 3
/** Turns each side needs before a run counts as a transcript, so a lone "Note:" or "Q:" is never one. */
const MIN_TURNS = 2

/**
 * The interview transcripts of a document: runs of body paragraphs labelled "Q:"/"A:" ("Question:"/"Answer:"),
 * or by speakers' names ("ALDECOA:", "Inés Aldecoa:"), with at least two turns on each side. Of name labels, the
 * interviewer is the one whose turns end with a question mark most often; every other label answers. An
 * unlabelled paragraph between two labelled ones continues the turn before it; after the last label the
 * transcript ends (what follows may be the article again). Linear in the number of paragraphs.
 */
export function findTranscripts(doc: AnalysisDocument): Transcript[] {
  const labels = doc.paragraphs.map((p) =>
    p.kind === 'body' ? turnLabel(doc.text.slice(p.start, Math.min(p.end, p.start + 80))) : null,
  )
  const out: Transcript[] = []
  let i = 0
  while (i < labels.length) {
    if (!labels[i]) {
      i++
      continue
    }
    let last = i
    for (let k = i + 1; k < labels.length && k - last <= MAX_GAP + 1; k++) if (labels[k]) last = k
    const transcript = readRun(doc, labels, i, last)
    if (transcript) out.push(transcript)
    i = last + 1
  }
  return out
}

function readRun(
  doc: AnalysisDocument,
  labels: (TurnLabel | null)[],
  from: number,
  to: number,
): Transcript | null {
  const run = labels.slice(from, to + 1)
  const count = (kind: TurnLabel['kind']) => run.filter((l) => l?.kind === kind).length
  const qa = count('question') >= MIN_TURNS && count('answer') >= MIN_TURNS
  // "Q: …" then "VENKATARAMAN: …", "D'SOUZA: …": the reporters ask, each name answers.
  const mixed = !qa && count('question') >= MIN_TURNS && count('name') >= MIN_TURNS
  const interviewer = qa || mixed ? null : interviewerOf(doc, labels, from, to)
  if (!qa && !mixed && interviewer === null) return null
  const turns = new Map<number, Turn>()
  let role: Turn['role'] | null = null
  let answerer: string | null = null
  for (let p = from; p <= to; p++) {
    const para = doc.paragraphs[p]
    const label = labels[p]
    if (!para) continue
    if (label && (qa ? label.kind !== 'name' : mixed || label.kind === 'name')) {
      const asks = qa || mixed ? label.kind === 'question' : keyOf(label.label) === interviewer
      role = asks ? 'question' : 'answer'
      answerer = qa || asks || label.kind !== 'name' ? null : label.label
      turns.set(p, { role, start: para.start + label.end, answerer })
    } else if (role) turns.set(p, { role, start: para.start, answerer })
  }
  return { first: from, turns, labels: qa ? 'qa' : 'names' }
}

/**
 * Of a run labelled by names, the interviewer's key: among the labels used at least twice (two or more of them),
 * the one whose turns most often end with "?". Null when the run is no conversation (no label asks).
 */
function interviewerOf(
  doc: AnalysisDocument,
  labels: (TurnLabel | null)[],
  from: number,
  to: number,
): string | null {
  const stats = new Map<string, { turns: number; asks: number }>()
  for (let p = from; p <= to; p++) {
    const label = labels[p]
    const para = doc.paragraphs[p]
    if (label?.kind !== 'name' || !para) continue
    const key = keyOf(label.label)
    const s = stats.get(key) ?? { turns: 0, asks: 0 }
    s.turns++
    if (/\?["”’)]?\s*$/.test(doc.text.slice(Math.max(para.start, para.end - 4), para.end))) s.asks++
    stats.set(key, s)
  }
  const used = [...stats].filter(([, s]) => s.turns >= MIN_TURNS)
  if (used.length < 2) return null
  let best: [string, number] | null = null
  for (const [key, s] of used)
    if (s.asks > 0 && (!best || s.asks / s.turns > best[1])) best = [key, s.asks / s.turns]
  return best?.[0] ?? null
}

/** "Inés Aldecoa" and "ALDECOA" are one speaker: the last word, lower-cased. */
export function keyOf(label: string): string {
  return (label.split(' ').at(-1) ?? label).toLowerCase()
}
