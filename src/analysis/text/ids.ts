import type { Layer } from '../../model/annotated-article.ts'

const PREFIX: Record<Layer, string> = { speaker: 'sp', claim: 'cl', number: 'nu', source: 'so', time: 'ti' }

/** FNV-1a, 32 bit: tiny, fast, stable across runs and platforms. Not for security. */
export function hashText(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}

/**
 * Gives annotations ids derived from their layer and their words (not their offsets), so an id in a
 * shared link still names the same highlight after the article is edited elsewhere. Repeats of the same
 * words in the same layer are numbered in document order.
 */
export class IdMaker {
  private readonly seen = new Map<string, number>()

  next(layer: Layer, words: string): string {
    const key = `${PREFIX[layer]}${hashText(words.toLowerCase())}`
    const n = this.seen.get(key) ?? 0
    this.seen.set(key, n + 1)
    return n === 0 ? key : `${key}-${n + 1}`
  }
}

/** A readable, URL-safe id for a speaker: "Wang Yi" -> "wang-yi". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
  return slug || `s${hashText(name)}`
}
