import { isArticleId } from '../model/article.ts'

/**
 * The app's pages and their paths: the one place that knows them. The app picks its page with `parseRoute`,
 * the view codec reads the article id with it, and every link is written with `formatRoute`.
 *
 * - `/` — the library: the articles we ship and the ones this browser has opened;
 * - `/open` — the form to open an article of your own;
 * - `/read/<articleId>` — the reader; the id matches `ARTICLE_ID_PATTERN` (src/model/article.ts).
 *
 * A trailing slash is tolerated, and the article id is matched case-insensitively (ids are lower case; a link
 * typed or autocorrected as `/read/Global-Times-…` opens the article). Anything else — `/read/<id>/more`, `/read/` without an id, an id the pattern
 * refuses, an unknown path — is a page that does not exist, with a sentence saying why.
 */
export type Route =
  | { page: 'library' }
  | { page: 'open' }
  | { page: 'read'; articleId: string }
  | { page: 'not-found'; problem: string }

/** The path alone (no query, no fragment) for a route; a not-found route has none and gives `/`. */
export function formatRoute(route: Route): string {
  switch (route.page) {
    case 'open':
      return '/open'
    case 'read':
      return isArticleId(route.articleId) ? `/read/${route.articleId}` : '/'
    default:
      return '/'
  }
}

/** Shorthand for the reader's path of an article. */
export function readPath(articleId: string): string {
  return formatRoute({ page: 'read', articleId })
}

/**
 * Reads a path (a query or fragment after it is ignored). Total: never throws, whatever the input.
 * Only the article id segment is percent-decoded; a broken escape there makes it an invalid id.
 */
export function parseRoute(pathAndMore: string): Route {
  const input = typeof pathAndMore === 'string' ? pathAndMore : ''
  const end = input.search(/[?#]/)
  const raw = end < 0 ? input : input.slice(0, end)
  const path = raw.length > 1 && raw.endsWith('/') ? raw.slice(0, -1) : raw
  if (path === '' || path === '/') return { page: 'library' }
  if (path === '/open') return { page: 'open' }
  if (path === '/read') return { page: 'not-found', problem: 'The link names no article.' }
  if (!path.startsWith('/read/')) return { page: 'not-found', problem: `There is no page at ${show(path)}.` }
  const rest = path.slice('/read/'.length)
  if (rest.includes('/')) return { page: 'not-found', problem: `There is no page at ${show(path)}.` }
  let id: string | null
  try {
    id = decodeURIComponent(rest)
  } catch {
    id = null
  }
  const lower = id?.toLowerCase() ?? null
  if (lower !== null && isArticleId(lower)) return { page: 'read', articleId: lower }
  return { page: 'not-found', problem: `${show(id ?? rest)} is not a valid article id.` }
}

/** Untrusted input quoted for a message: short, and visibly quoted. */
function show(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)
}
