// What a pre-rendered page carries for the client: the path it was rendered for and the query data it was
// rendered with, as JSON in a non-executed <script type="application/json"> (allowed by the page's CSP).

export const PRERENDERED_DATA_ID = 'prerendered-data'

export interface PrerenderedData {
  /** The path and query the HTML was rendered for (the client hydrates as that path, then moves to its own). */
  path: string
  queries: { key: readonly unknown[]; data: unknown }[]
}

/** JSON that can sit inside a <script> element: no `<` can close it or open a comment. */
export function serializePrerenderedData(data: PrerenderedData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

/** The data of the page, or null on a page that was not pre-rendered (or whose data is not readable). */
export function readPrerenderedData(doc: Document): PrerenderedData | null {
  const text = doc.getElementById(PRERENDERED_DATA_ID)?.textContent
  if (!text) return null
  try {
    const value = JSON.parse(text) as Partial<PrerenderedData>
    return typeof value.path === 'string' && Array.isArray(value.queries) ? (value as PrerenderedData) : null
  } catch {
    return null
  }
}
