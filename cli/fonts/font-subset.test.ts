import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/analysis/text/parse-article.ts'
import { mappedCodePoints } from './woff2-cmap.ts'

const root = resolve(import.meta.dirname, '../..')
const fontsDir = join(root, 'src/app/fonts')
const articlesDir = join(root, 'content/articles')

interface Face {
  file: string
  ranges: [number, number][]
}

/** The body font's @font-face rules of fonts.css, in order: file name and unicode-range. */
function bodyFaces(): Face[] {
  const css = readFileSync(join(fontsDir, 'fonts.css'), 'utf8')
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
    .map((m) => m[1] ?? '')
    .filter((rule) => rule.includes("'Source Serif 4 Variable'"))
    .map((rule) => ({
      file: /url\('\.\/([^']+)'\)/.exec(rule)?.[1] ?? '',
      ranges: (/unicode-range:\s*([^;]+);/.exec(rule)?.[1] ?? '').split(',').map((part) => {
        const [lo = '', hi] = part.trim().replace(/^U\+/, '').split('-')
        return [parseInt(lo, 16), parseInt(hi ?? lo, 16)] as [number, number]
      }),
    }))
}

const inRange = (face: Face, cp: number) => face.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)

/** Every character a reader sees of each shipped article: header, caption and body. */
function shippedText(): Map<string, string> {
  const texts = new Map<string, string>()
  for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.md'))) {
    const { meta, paragraphs } = parseArticle(readFileSync(join(articlesDir, name), 'utf8'))
    const parts = [
      meta.headline,
      meta.deck,
      meta.outlet,
      meta.photo?.caption,
      meta.photo?.credit,
      ...paragraphs,
    ]
    texts.set(name, parts.filter((p) => p != null).join(' '))
  }
  return texts
}

const visibleCodePoints = (text: string) =>
  [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))].filter((cp) => cp >= 0x20)

describe('the body font subset', () => {
  const faces = bodyFaces()
  const latin = faces.find((f) => f.file.endsWith('-latin.woff2'))
  const cmapOf = (face: Face) => mappedCodePoints(readFileSync(join(fontsDir, face.file)))

  it('declares one face per script, each file with its own unicode-range', () => {
    expect(faces.map((f) => f.file)).toEqual([
      'source-serif-4-cyrillic-ext.woff2',
      'source-serif-4-cyrillic.woff2',
      'source-serif-4-greek.woff2',
      'source-serif-4-vietnamese.woff2',
      'source-serif-4-latin-ext.woff2',
      'source-serif-4-latin.woff2',
    ])
    for (const face of faces) expect(face.ranges.length).toBeGreaterThan(0)
  })

  it('reads the glyphs each file really has: latin has no ł, latin-ext has it, both have no Cyrillic', () => {
    const latinExt = faces.find((f) => f.file.endsWith('-latin-ext.woff2'))
    if (!latin || !latinExt) throw new Error('latin faces missing')
    const [l, e] = [cmapOf(latin), cmapOf(latinExt)]
    expect(l.has('a'.codePointAt(0) ?? 0)).toBe(true)
    expect(l.has(0x2019)).toBe(true) // ’
    expect(l.has(0x0142)).toBe(false)
    expect(e.has(0x0142)).toBe(true)
    expect(l.has(0x0416) || e.has(0x0416)).toBe(false) // Ж
  })

  it.each([...shippedText()])(
    'covers every character of %s with the latin file, the one the page preloads',
    (_name, text) => {
      if (!latin) throw new Error('no latin face')
      const glyphs = cmapOf(latin)
      const missing = visibleCodePoints(text).filter((cp) => !inRange(latin, cp) || !glyphs.has(cp))
      expect(missing.map((cp) => `U+${cp.toString(16).toUpperCase()} ${String.fromCodePoint(cp)}`)).toEqual(
        [],
      )
    },
  )

  it('preloads exactly the latin file from index.html', () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8')
    const preloads = [...html.matchAll(/<link\s[^>]*rel="preload"[^>]*>/g)].map((m) => m[0])
    expect(preloads).toHaveLength(1)
    expect(preloads[0]).toContain('href="/src/app/fonts/source-serif-4-latin.woff2"')
    expect(preloads[0]).toContain('crossorigin')
  })
})
