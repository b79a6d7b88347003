// The font bytes of the first screen: the files index.html preloads (the page needs nothing else before it can
// draw the article in its own font; other scripts' files load by unicode-range only when a character needs them).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const FIRST_SCREEN_FONT_BUDGET = 40 * 1024

export interface FontBytes {
  files: { file: string; bytes: number }[]
  bytes: number
}

export function readPreloadedFonts(outDir: string): FontBytes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const hrefs = [...html.matchAll(/<link\b[^>]*\bas="font"[^>]*>/g)].flatMap(
    (m) => /\bhref="([^"]+)"/.exec(m[0])?.[1] ?? [],
  )
  // woff2 is compressed already (Brotli): its bytes on disk are its bytes on the wire.
  const files = hrefs.map((file) => ({
    file,
    bytes: readFileSync(join(outDir, file.replace(/^\//, ''))).length,
  }))
  return { files, bytes: files.reduce((n, f) => n + f.bytes, 0) }
}
