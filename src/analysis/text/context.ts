import type { ArticleSource } from '../../model/article.ts'
import { buildDocument, documentOf } from './document.ts'
import { IdMaker } from './ids.ts'
import { findQuotes, type Quote } from './quotes.ts'
import { splitSentences } from './sentences.ts'
import { tokenize, type Token } from './tokens.ts'
import { findTranscripts, type Transcript } from './transcript.ts'
import type { AnalysisDocument, Sentence } from './types.ts'

/**
 * What every pass reads, built once per article: the document, its quotes, its sentences and the tokens of each
 * sentence. A pass is `(context) => findings` and never changes what it reads; nothing is cached between calls or
 * articles.
 */
export interface AnalysisContext {
  doc: AnalysisDocument
  /** Every quoted stretch, in document order (findQuotes). */
  quotes: Quote[]
  /** Interview transcripts: their question and answer paragraphs (findTranscripts). */
  transcripts: Transcript[]
  /** Quote-aware sentences, in document order; none crosses a paragraph, none holds a list marker or turn label. */
  sentences: Sentence[]
  /** `tokens[i]` are the tokens of `sentences[i]`. */
  tokens: Token[][]
  /**
   * Hands out annotation ids. The one stateful part: the passes share it, in the order annotateArticle runs them,
   * so ids are unique across layers and the same article always gets the same ids.
   */
  ids: IdMaker
  /**
   * Told of an error a pass survived by skipping what raised it (a sentence, a whole pass): tests and tools make
   * it fail loudly; the reader keeps the rest of the analysis. Never called when nothing goes wrong.
   */
  onError?: ((pass: string, error: unknown) => void) | undefined
}

/** Reads a laid-out document into a context: quotes, transcripts, then quote-aware sentences, then their tokens. Linear. */
export function contextOfDocument(doc: AnalysisDocument): AnalysisContext {
  const quotes = findQuotes(doc)
  const transcripts = findTranscripts(doc)
  const turnStarts = new Map<number, number>()
  for (const t of transcripts) for (const [p, turn] of t.turns) turnStarts.set(p, turn.start)
  const sentences = splitSentences(doc, quotes, turnStarts)
  const tokens = sentences.map((s) => tokenize(doc.text, s.start, s.end, quotes))
  return { doc, quotes, transcripts, sentences, tokens, ids: new IdMaker() }
}

/** The context of an article (its caption first, then its body paragraphs). */
export function buildContext(source: ArticleSource): AnalysisContext {
  return contextOfDocument(buildDocument(source))
}

/** The context of body paragraphs only, laid out exactly like an article's: for tests and tools. */
export function contextOf(
  paragraphs: readonly string[],
  published = '2024-03-05T10:00:00Z',
): AnalysisContext {
  return contextOfDocument(documentOf(paragraphs, published))
}
