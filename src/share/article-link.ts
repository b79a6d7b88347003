import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate'
import * as z from 'zod/mini'
import type { ArticleSource } from '../model/article.ts'
import { fromBase64Url, toBase64Url } from './base64url.ts'
import { ArticleSourceSchema, firstIssue } from './source-schema.ts'

/**
 * The most a link's article may unpack to, in bytes of JSON. An article at the size limit (2,000,000 UTF-16 code
 * units, see MAX_TEXT_LENGTH) is at most 6 MB of UTF-8, so 8 MB fits any article we open; a payload made to
 * inflate to gigabytes (a decompression bomb) is stopped here, having cost at most this much memory.
 */
export const MAX_INFLATED_BYTES = 8 * 1024 * 1024
/** The longest fragment we try to read: deflate never grows text this much, so longer is not ours. */
export const MAX_FRAGMENT_LENGTH = 12 * 1024 * 1024
/** Compressed bytes fed to the inflater at a time: DEFLATE expands at most ~1,032×, so ≤ ~1 MB per step. */
const INFLATE_STEP = 1024
const FORMAT_VERSION = 1

const PayloadSchema = z.object({ v: z.literal(FORMAT_VERSION), source: ArticleSourceSchema })

/** The article in a link's fragment: compact JSON -> deflate-raw (fflate) -> base64url. No `#` in front. */
export function encodeArticleFragment(source: ArticleSource): string {
  const json = JSON.stringify({
    v: FORMAT_VERSION,
    source: { meta: source.meta, paragraphs: source.paragraphs },
  })
  return toBase64Url(deflateSync(strToU8(json), { level: 9 }))
}

export type DecodedArticle = { ok: true; source: ArticleSource } | { ok: false; problem: string }

/**
 * A link's fragment (with or without its `#`) -> the article it carries. Never throws: a damaged, cut-short,
 * oversized or foreign fragment gives one plain sentence saying what is wrong, and nothing is run.
 */
export function decodeArticleFragment(fragment: string): DecodedArticle {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment
  if (text === '') return fail('This link carries no article.')
  if (text.length > MAX_FRAGMENT_LENGTH) return fail('This link is far too long to carry an article of ours.')
  const bytes = fromBase64Url(text)
  if (!bytes)
    return fail('This link is damaged: its article has characters or a length that no link of ours has.')
  const inflated = inflateCapped(bytes)
  if (inflated === 'too-large')
    return fail(
      `This link's article would unpack to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB, more than any article; it was not opened.`,
    )
  if (inflated === 'damaged')
    return fail('This link is damaged or cut short: its article cannot be unpacked.')
  let data: unknown
  try {
    data = JSON.parse(strFromU8(inflated))
  } catch {
    return fail('This link is damaged: its article is not readable.')
  }
  const version = typeof data === 'object' && data !== null ? (data as { v?: unknown }).v : undefined
  if (typeof version === 'number' && version > FORMAT_VERSION)
    return fail('This link was made by a newer version of Marginalia; reload the page to update it.')
  const parsed = PayloadSchema.safeParse(data)
  if (!parsed.success) return fail(`This link's article is incomplete (${firstIssue(parsed.error)}).`)
  return { ok: true, source: parsed.data.source }
}

function fail(problem: string): DecodedArticle {
  return { ok: false, problem }
}

/** Streams the inflation a step at a time and stops as soon as the output passes MAX_INFLATED_BYTES. */
function inflateCapped(bytes: Uint8Array): Uint8Array | 'too-large' | 'damaged' {
  const chunks: Uint8Array[] = []
  let total = 0
  let finished = false
  const inflater = new Inflate((chunk, final) => {
    chunks.push(chunk)
    total += chunk.length
    finished = final
  })
  try {
    for (let i = 0; i < bytes.length; i += INFLATE_STEP) {
      inflater.push(bytes.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= bytes.length)
      if (total > MAX_INFLATED_BYTES) return 'too-large'
    }
  } catch {
    return 'damaged' // fflate throws on an invalid block or a stream that ends too early.
  }
  if (!finished) return 'damaged'
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
