import type { DraftField } from './article-draft.ts'

export type MetadataKey = Exclude<DraftField, 'text'> | 'url'

/** Candidate values for each key, in the order we trust them (first wins). */
export type PageMetadata = Partial<Record<MetadataKey, { value: string; from: string }[]>>

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Scholarly|Tech|Blog)?Article$|^BlogPosting$|^LiveBlogPosting$/

/**
 * What a saved page says about its article, read before Readability rewrites the document: JSON-LD
 * `NewsArticle` (also inside `@graph` and arrays; broken JSON is skipped), then `<meta>` tags, then `<time>`.
 */
export function readPageMetadata(doc: Document): PageMetadata {
  const found: PageMetadata = {}
  const add = (key: MetadataKey, value: unknown, from: string) => {
    if (typeof value !== 'string') return
    const clean = value.replace(/\s+/g, ' ').trim()
    if (clean !== '') (found[key] ??= []).push({ value: clean, from })
  }
  for (const article of jsonLdArticles(doc)) {
    const from = `JSON-LD ${typeName(article['@type'])}`
    add('headline', article.headline ?? article.name, from)
    add('published', article.datePublished ?? article.dateCreated, from)
    add('outlet', nameOf(article.publisher), from)
    add('author', nameOf(article.author), from)
    add('url', article.url ?? nameOf(article.mainEntityOfPage, '@id'), from)
  }
  const meta = (key: string) =>
    doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')
  add('headline', meta('og:title'), "the page's og:title")
  add('published', meta('article:published_time'), "the page's article:published_time")
  add('published', meta('date') ?? meta('pubdate'), "the page's date tag")
  add('outlet', meta('og:site_name'), "the page's og:site_name")
  add('outlet', meta('application-name'), "the page's application-name")
  add('author', meta('author') ?? meta('article:author'), "the page's author tag")
  add(
    'published',
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
    'the first <time> in the page',
  )
  add('url', doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), "the page's canonical link")
  add('url', meta('og:url'), "the page's og:url")
  add('headline', doc.querySelector('title')?.textContent, "the page's <title>")
  return found
}

type JsonObject = Record<string, unknown>

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function typeName(type: unknown): string {
  const names = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string')
  return names.find((t) => ARTICLE_TYPES.test(t)) ?? 'Article'
}

function jsonLdArticles(doc: Document): JsonObject[] {
  const articles: JsonObject[] = []
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue // A broken block is common on real pages; the other sources still count.
    }
    // Walk arrays and @graph, breadth first, a bounded number of nodes (a page could nest without end).
    const queue: unknown[] = [data]
    for (let seen = 0; queue.length > 0 && seen < 1000; seen++) {
      const node = queue.shift()
      if (Array.isArray(node)) queue.push(...node)
      else if (isObject(node)) {
        if (Array.isArray(node['@graph'])) queue.push(...node['@graph'])
        const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']]
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) articles.push(node)
      }
    }
  }
  // NewsArticle first: a page may also describe a generic Article or WebPage.
  return articles.sort((a, b) => rank(a) - rank(b))
}

function rank(article: JsonObject): number {
  return typeName(article['@type']) === 'NewsArticle' ? 0 : 1
}

/** `"Name"`, `{ name }`, or a list of either -> "Name, Other Name". */
function nameOf(value: unknown, key = 'name'): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === 'string' ? v : isObject(v) && typeof v[key] === 'string' ? v[key] : undefined))
    .filter((v): v is string => v !== undefined && v.trim() !== '')
  return list.length > 0 ? list.join(', ') : undefined
}
