import { slugify } from '../analysis/text/ids.ts'
import type { ArticleMeta } from '../model/article.ts'

/** What every writer returns: a file to download (the browser) or to write (the CLI). */
export interface DownloadFile {
  filename: string
  mime: string
  content: string
}

/**
 * `<published day>-<headline as a slug>.<suffix>`: sorts by date in a folder, safe on every file system (only
 * lowercase letters, digits and dashes before the suffix, whatever the headline holds).
 */
export function downloadName(meta: Pick<ArticleMeta, 'published' | 'headline'>, suffix: string): string {
  return `${meta.published.slice(0, 10)}-${slugify(meta.headline)}.${suffix}`
}
