import { LAYERS, type Layer } from '../model/annotated-article.ts'
import {
  encodeQueryComponent,
  parseQuery,
  protectLinkEnd,
  toWellFormed,
  type QueryParam,
} from './query-string.ts'
import { formatRoute, parseRoute } from './routes.ts'
import { clampTextQuote, type TextQuote } from './text-quote.ts'

export type { TextQuote } from './text-quote.ts'

/**
 * The view ⇄ URL codec. The URL is the source of truth for what the reader shows; this module is the only
 * place that knows its shape.
 *
 * URL design (every part is omitted when it holds the default):
 * - the path is a route of `routes.ts` (the one route parser): `/read/<articleId>` is an article; any other
 *   page (the library `/`, the open form `/open`) has no article.
 * - `layers=speaker,claim` — the layers switched on, in `LAYERS` order; `layers=none` when all are off;
 *   omitted when all are on.
 * - `speakers=kassym-jomart-tokayev,wang-yi` — the speaker filter, ids sorted and unique.
 * - `focus=cl1x2y3` — a focused annotation (articles only).
 * - `quote=…&before=…&after=…` — a selected passage as a text quote (articles only): `quote` is the exact text
 *   (at most 500 UTF-16 units), `before`/`after` up to 32 units of context.
 * Article ids match `ARTICLE_ID_PATTERN` (src/model/article.ts); speaker and annotation ids the same pattern
 * ignoring case. Neither ever needs escaping.
 * Text is percent-encoded with spaces as `+`; commas, colons and slashes stay readable.
 *
 * The parser is total: it never throws, keeps what it can, and says what it dropped in `problems`. Unknown
 * parameters (tracking tags, parameters of a newer version) are ignored without a problem. The formatter is
 * canonical: equal views give equal strings, so the strings can be compared to skip redundant history entries.
 */
export interface ViewState {
  /** The article shown; null for the article list (home). */
  articleId: string | null
  /** Layers switched on; default: all of them. */
  layers: ReadonlySet<Layer>
  /** Speaker filter (speaker ids), sorted and unique; empty means no filter. */
  speakers: readonly string[]
  /** A focused annotation id; only meaningful with an article. */
  focus: string | null
  /** A selected passage; only meaningful with an article. */
  passage: TextQuote | null
}

/** What `parseViewState` makes of a URL, with a sentence for each part it had to drop or change. */
export interface ParsedViewState {
  state: ViewState
  problems: string[]
}

export const DEFAULT_LAYERS: ReadonlySet<Layer> = new Set(LAYERS)
export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  articleId: null,
  layers: DEFAULT_LAYERS,
  speakers: [],
  focus: null,
  passage: null,
})
/** Longest `exact` a link carries, in UTF-16 units; the share UI should say so before offering a longer one. */
export const MAX_QUOTE_LENGTH = 500
/** Context kept on each side of a quote, in UTF-16 units. */
export const QUOTE_CONTEXT_LENGTH = 32
/** Input past this many characters is not read, so a pasted megabyte of junk costs nothing. */
export const MAX_LINK_LENGTH = 8192

const ID = /^[a-z0-9][a-z0-9-]{0,119}$/i

/** True for a well-formed speaker or annotation id (whether it exists is for the reader to judge). */
export function isValidId(id: string): boolean {
  return ID.test(id)
}

/** Formats a view as path + search. Values the parser would reject are left out rather than written. */
export function formatViewState(state: ViewState): string {
  const path = formatRoute(
    state.articleId === null ? { page: 'library' } : { page: 'read', articleId: state.articleId },
  )
  const article = path === '/' ? null : state.articleId
  const params: string[] = []
  const layers = LAYERS.filter((layer) => state.layers.has(layer))
  if (layers.length === 0) params.push('layers=none')
  else if (layers.length < LAYERS.length) params.push(`layers=${layers.join(',')}`)
  const speakers = canonicalIds(state.speakers)
  if (speakers.length > 0) params.push(`speakers=${speakers.join(',')}`)
  if (article !== null) {
    if (state.focus !== null && isValidId(state.focus)) params.push(`focus=${state.focus}`)
    const passage = state.passage && canonicalPassage(state.passage).quote
    if (passage) {
      params.push(`quote=${encodeQueryComponent(passage.exact)}`)
      if (passage.prefix) params.push(`before=${encodeQueryComponent(passage.prefix)}`)
      if (passage.suffix) params.push(`after=${encodeQueryComponent(passage.suffix)}`)
    }
  }
  return params.length === 0 ? path : `${path}?${protectLinkEnd(params.join('&'))}`
}

/**
 * Reads a view from a path + search (a full `http(s)://` URL is accepted too). Never throws: whatever it
 * cannot use falls back to the default and is described in `problems`, in words a reader can be shown.
 * `known.layers` narrows the layers accepted (default: all of `LAYERS`); names outside it are reported.
 */
export function parseViewState(
  pathAndSearch: string,
  known: { layers?: readonly string[] } = {},
): ParsedViewState {
  const problems: string[] = []
  // Callers in plain JS (or a stray `undefined`) must not make the parser throw either.
  let input = typeof pathAndSearch === 'string' ? pathAndSearch : ''
  if (input.length > MAX_LINK_LENGTH) {
    input = input.slice(0, MAX_LINK_LENGTH)
    problems.push(`The link is longer than ${MAX_LINK_LENGTH} characters; the rest was ignored.`)
  }
  input = input.replace(/^https?:\/\/[^/?#]*/i, '')
  const hash = input.indexOf('#')
  if (hash >= 0) input = input.slice(0, hash)
  const q = input.indexOf('?')
  const articleId = parsePath(q < 0 ? input : input.slice(0, q), problems)
  const params = firstOfEach(parseQuery(q < 0 ? '' : input.slice(q + 1)), problems)

  let focus = params.focus === undefined ? null : parseId(params.focus, 'focused annotation id', problems)
  if (focus !== null && articleId === null) {
    problems.push('A focused annotation needs an article; it was ignored.')
    focus = null
  }
  let passage = parsePassage(params, problems)
  if (passage !== null && articleId === null) {
    problems.push('A shared passage needs an article; it was ignored.')
    passage = null
  }
  const state: ViewState = {
    articleId,
    layers:
      params.layers === undefined
        ? DEFAULT_LAYERS
        : parseLayers(params.layers, known.layers ?? LAYERS, problems),
    speakers: params.speakers === undefined ? [] : parseSpeakers(params.speakers, problems),
    focus,
    passage,
  }
  return { state, problems }
}

const PARAMS = ['layers', 'speakers', 'focus', 'quote', 'before', 'after'] as const
type ParamName = (typeof PARAMS)[number]
/** Our parameters' values: absent = undefined, present but undecodable = null. */
type Params = Partial<Record<ParamName, string | null>>

function isParamName(key: string): key is ParamName {
  return (PARAMS as readonly string[]).includes(key)
}

function firstOfEach(list: readonly QueryParam[], problems: string[]): Params {
  const params: Params = {}
  for (const { key, value } of list) {
    if (!isParamName(key)) continue
    if (key in params) {
      problems.push(`The "${key}" parameter appears more than once; only the first was used.`)
      continue
    }
    if (value === null) problems.push(`The "${key}" parameter is not valid percent-encoding and was ignored.`)
    params[key] = value
  }
  return params
}

function parsePath(path: string, problems: string[]): string | null {
  const route = parseRoute(path)
  if (route.page === 'read') return route.articleId
  if (route.page === 'not-found') problems.push(`${route.problem.slice(0, -1)}; showing the article list.`)
  return null
}

function parseLayers(value: string | null, known: readonly string[], problems: string[]): ReadonlySet<Layer> {
  if (value === null) return DEFAULT_LAYERS
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '')
  if (names.length === 1 && names[0] === 'none') return new Set()
  if (names.length === 0) {
    problems.push('The "layers" parameter is empty; all layers are shown.')
    return DEFAULT_LAYERS
  }
  const on = new Set<string>()
  for (const name of names) {
    const layer = LAYERS.find((l) => l === name)
    if (layer !== undefined && known.includes(layer)) on.add(layer)
    else if (layer !== undefined) problems.push(`Layer ${show(name)} is not available here and was ignored.`)
    else if (name === 'none') problems.push('"none" cannot be combined with layer names and was ignored.')
    else problems.push(`Unknown layer ${show(name)} was ignored.`)
  }
  if (on.size === 0) {
    // Hiding everything because every name was misspelled would look like a broken page.
    problems.push('No known layer was named; all layers are shown.')
    return DEFAULT_LAYERS
  }
  return new Set(LAYERS.filter((layer) => on.has(layer)))
}

function parseSpeakers(value: string | null, problems: string[]): string[] {
  if (value === null) return []
  const ids: string[] = []
  for (const raw of value.split(',')) {
    const id = raw.trim()
    if (id === '') continue
    if (isValidId(id)) ids.push(id)
    else problems.push(`Speaker id ${show(id)} is not valid and was ignored.`)
  }
  return canonicalIds(ids)
}

function parseId(value: string | null, what: string, problems: string[]): string | null {
  if (value === null) return null
  if (isValidId(value)) return value
  problems.push(`The ${what} ${show(value)} is not valid and was ignored.`)
  return null
}

function parsePassage(params: Params, problems: string[]): TextQuote | null {
  const { quote, before, after } = params
  if (quote === undefined || quote === null || quote === '') {
    if (quote === '') problems.push('The shared passage is empty and was ignored.')
    if (quote === undefined && (before !== undefined || after !== undefined))
      problems.push('Context ("before"/"after") without a "quote" was ignored.')
    return null
  }
  const { quote: passage, truncated } = canonicalPassage({
    exact: quote,
    prefix: before ?? '',
    suffix: after ?? '',
  })
  if (truncated)
    problems.push(
      `The shared passage is longer than ${MAX_QUOTE_LENGTH} characters; only its start is shown.`,
    )
  return passage
}

/** Sorted, unique, valid ids: the one spelling of a speaker filter. */
function canonicalIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isValidId))].sort()
}

/** The passage as a link carries it: well-formed text, clamped to the lengths above. */
function canonicalPassage(quote: TextQuote): { quote: TextQuote | null; truncated: boolean } {
  const wellFormed = {
    exact: toWellFormed(quote.exact),
    prefix: toWellFormed(quote.prefix),
    suffix: toWellFormed(quote.suffix),
  }
  return clampTextQuote(wellFormed, MAX_QUOTE_LENGTH, QUOTE_CONTEXT_LENGTH)
}

/** Untrusted input quoted for a message: short, and visibly quoted. */
function show(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}
