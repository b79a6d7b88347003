import { describe, expect, it } from 'vitest'
import raw from '../../content/articles/global-times-2022-01-11-kazakhstan.md?raw'
import { annotateArticle } from '../analysis/annotate.ts'
import { parseArticle } from '../analysis/text/parse-article.ts'
import {
  explainStorageError,
  forgetArticles,
  keepArticle,
  listStoredArticles,
  readStoredArticle,
  summarize,
  type KeyValue,
  type StoredArticle,
} from './local-articles.ts'
import { InvalidDataError, NotFoundError } from './fetch-json.ts'

const seed = parseArticle(raw)

function entry(id: string): StoredArticle {
  const source = { ...seed, meta: { ...seed.meta, id, headline: `Story ${id}` } }
  return { source, article: annotateArticle(source) }
}
const seedEntry = entry('local-aaa')

/** An in-memory key-value store; `full` makes every write fail as a full disk does. */
function memoryStore(options: { full?: boolean } = {}): KeyValue & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>()
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => {
      if (options.full) throw new DOMException('quota', 'QuotaExceededError')
      data.set(key, value)
    },
    update: async (key, fn) => {
      data.set(key, fn(data.get(key)))
    },
    delMany: async (keys) => {
      for (const key of keys) data.delete(key)
    },
  }
}

describe('the library of opened articles', () => {
  it('keeps an article and lists it with its counts, newest first', async () => {
    const kv = memoryStore()
    await keepArticle(summarize(entry('local-b'), 1, 100), entry('local-b'), kv)
    expect(await keepArticle(summarize(seedEntry, 2, 100), seedEntry, kv)).toEqual({
      kept: true,
      dropped: [],
    })
    const list = await listStoredArticles(kv)
    expect(list.map((s) => s.id)).toEqual(['local-aaa', 'local-b'])
    expect(list[0]).toMatchObject({
      headline: 'Story local-aaa',
      outlet: 'Global Times',
      claims: seedEntry.article.annotations.filter((a) => a.layer === 'claim').length,
      speakers: seedEntry.article.speakers.length,
    })
    expect((await readStoredArticle('local-aaa', kv)).source.meta.headline).toBe('Story local-aaa')
  })

  it('drops the oldest when the cap is reached, and says which', async () => {
    const kv = memoryStore()
    await keepArticle(summarize(entry('local-old'), 1, 30_000_000), entry('local-old'), kv)
    const result = await keepArticle(summarize(seedEntry, 2, 30_000_000), seedEntry, kv)
    expect(result.kept && result.dropped.map((s) => s.headline)).toEqual(['Story local-old'])
    expect(kv.data.has('article:local-old')).toBe(false)
    await expect(readStoredArticle('local-old', kv)).rejects.toThrow(NotFoundError)
  })

  it('explains a full disk and loses none of what was kept before', async () => {
    const kv = memoryStore()
    await keepArticle(summarize(entry('local-b'), 1, 100), entry('local-b'), kv)
    const full = { ...kv, set: memoryStore({ full: true }).set }
    const result = await keepArticle(summarize(seedEntry, 2, 100), seedEntry, full)
    expect(result).toEqual({ kept: false, reason: expect.stringContaining('storage quota is full') })
    expect((await listStoredArticles(kv)).map((s) => s.id)).toEqual(['local-b'])
  })

  it('deletes one article, then all', async () => {
    const kv = memoryStore()
    await keepArticle(summarize(entry('local-b'), 1, 100), entry('local-b'), kv)
    await keepArticle(summarize(seedEntry, 2, 100), seedEntry, kv)
    await forgetArticles(['local-b'], kv)
    expect((await listStoredArticles(kv)).map((s) => s.id)).toEqual(['local-aaa'])
    await forgetArticles('all', kv)
    expect(await listStoredArticles(kv)).toEqual([])
    expect([...kv.data.keys()]).toEqual(['library'])
  })

  it('says a damaged list is damaged instead of showing nothing', async () => {
    const kv = memoryStore()
    kv.data.set('library', [{ id: 3 }])
    await expect(listStoredArticles(kv)).rejects.toThrow(InvalidDataError)
  })

  it('refuses an entry written by another version', async () => {
    const kv = memoryStore()
    kv.data.set('article:local-x', { source: seed, article: { ...seedEntry.article, schemaVersion: 99 } })
    await expect(readStoredArticle('local-x', kv)).rejects.toThrow('another version of Marginalia')
  })

  it('explains storage that is not available at all', () => {
    expect(explainStorageError(new DOMException('no', 'InvalidStateError'))).toMatch(
      /would not keep it \(InvalidStateError/,
    )
  })
})
