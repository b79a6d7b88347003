import type { ArticleSource } from '../model/article.ts'
import { SCHEMA_VERSION, type AnnotatedArticle, type Annotation } from '../model/annotated-article.ts'
import { compareSpans } from '../model/span.ts'
import { findAttribution, type Attribution } from './attribution/attribution.ts'
import { buildEvents } from './events/events.ts'
import { findNumbers } from './numbers/numbers.ts'
import { findSources } from './sources/sources.ts'
import { buildContext } from './text/context.ts'
import { findTimeExpressions } from './time/time.ts'

export interface AnnotateOptions {
  /**
   * Called after each pass with the pass just done ("context", "attribution", "numbers", "sources", "time",
   * "events", then "assemble"), how many passes are done and how many there are: for a progress bar (the
   * reader's Web Worker). Never called inside a pass, so it costs nothing per token.
   */
  onProgress?: (pass: AnnotatePass, done: number, total: number) => void
  /**
   * Called when a pass (or one sentence of it) threw and was skipped: its findings are left out and the other
   * passes run. Tests make this fail; by default the error is dropped, so one bad sentence never blanks an article.
   */
  onError?: (pass: string, error: unknown) => void
}

const NO_ATTRIBUTION: Attribution = { speakers: [], mentions: [], claims: [] }

/** The passes annotateArticle runs, in order (see CONTEXT.md). */
export const ANNOTATE_PASSES = [
  'context',
  'attribution',
  'numbers',
  'sources',
  'time',
  'events',
  'assemble',
] as const
export type AnnotatePass = (typeof ANNOTATE_PASSES)[number]

/**
 * Runs every analysis pass over an article and assembles the AnnotatedArticle (see CONTEXT.md for the passes).
 * Pure and deterministic: the same source always gives the same document, ids included. Linear in the text.
 */
export function annotateArticle(source: ArticleSource, options: AnnotateOptions = {}): AnnotatedArticle {
  const { onProgress, onError } = options
  let done = 0
  /** Runs one pass; a pass that throws gives no findings rather than no article. */
  const run = <T>(pass: AnnotatePass, find: () => T, none: T): T => {
    let found = none
    try {
      found = find()
    } catch (error) {
      onError?.(pass, error)
    }
    onProgress?.(pass, ++done, ANNOTATE_PASSES.length)
    return found
  }
  // The context (quotes, sentences, tokens) is built once and read by every pass; its IdMaker is shared, so ids
  // are unique across layers. The passes run in this order because ids are handed out in it.
  const context = { ...buildContext(source), onError }
  onProgress?.('context', ++done, ANNOTATE_PASSES.length)
  const { speakers, mentions, claims } = run('attribution', () => findAttribution(context), NO_ATTRIBUTION)
  const numbers = run('numbers', () => findNumbers(context), [])
  const sources = run('sources', () => findSources(context), [])
  const times = run('time', () => findTimeExpressions(context), [])
  const events = run('events', () => buildEvents(context, { times, claims, mentions, speakers }), [])
  const annotations: Annotation[] = [...mentions, ...claims, ...numbers, ...sources, ...times]
  annotations.sort((a, b) => compareSpans(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const { doc } = context
  const article: AnnotatedArticle = {
    schemaVersion: SCHEMA_VERSION,
    article: source.meta,
    text: doc.text,
    paragraphs: doc.paragraphs,
    speakers,
    annotations,
    events,
  }
  onProgress?.('assemble', ++done, ANNOTATE_PASSES.length)
  return article
}
