import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatRoute, parseRoute, readPath, type Route } from './routes.ts'
import { parseViewState } from './view-state.ts'

const SEED = 'global-times-2022-01-11-kazakhstan'

describe('parseRoute', () => {
  it.each<[string, string, Route]>([
    ['reads the library at the root', '/', { page: 'library' }],
    ['reads an empty path as the library', '', { page: 'library' }],
    ['reads the open form', '/open', { page: 'open' }],
    ['tolerates a trailing slash', '/open/', { page: 'open' }],
    ['reads an article', `/read/${SEED}`, { page: 'read', articleId: SEED }],
    ['reads an opened article', '/read/local-3f9a0c', { page: 'read', articleId: 'local-3f9a0c' }],
    [
      'ignores the query and the fragment',
      `/read/${SEED}/?focus=x#abc/def`,
      { page: 'read', articleId: SEED },
    ],
    [
      'refuses anything after the id, so the app and the link codec agree',
      `/read/${SEED}/anything`,
      { page: 'not-found', problem: `There is no page at "/read/${SEED}/anything".` },
    ],
    ['refuses /read/ without an id', '/read/', { page: 'not-found', problem: 'The link names no article.' }],
    [
      'refuses a path that climbs out of the folder',
      '/read/../../../etc/passwd',
      { page: 'not-found', problem: 'There is no page at "/read/../../../etc/passwd".' },
    ],
    [
      'refuses an encoded climb',
      '/read/..%2F..%2Fetc%2Fpasswd',
      { page: 'not-found', problem: '"../../etc/passwd" is not a valid article id.' },
    ],
    [
      'reads an id in any case as the lower-case id the pattern allows',
      '/read/Global-Times',
      { page: 'read', articleId: 'global-times' },
    ],
    [
      'refuses an id that is invalid in any case',
      '/read/Global_Times',
      { page: 'not-found', problem: '"Global_Times" is not a valid article id.' },
    ],
    [
      'refuses a broken escape without throwing',
      '/read/%E0%A4%A',
      { page: 'not-found', problem: '"%E0%A4%A" is not a valid article id.' },
    ],
    ['refuses an unknown page', '/admin', { page: 'not-found', problem: 'There is no page at "/admin".' }],
    [
      'refuses a javascript: link',
      'javascript:alert(1)',
      { page: 'not-found', problem: 'There is no page at "javascript:alert(1)".' },
    ],
  ])('%s', (_name, path, expected) => {
    expect(parseRoute(path)).toEqual(expected)
  })

  it('never throws, and any article it reads has an id that formats back to the same path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webPath(), fc.string({ unit: 'binary' })), (path) => {
        const route = parseRoute(path)
        if (route.page === 'read') expect(parseRoute(formatRoute(route))).toEqual(route)
      }),
    )
  })
})

describe('formatRoute', () => {
  it('writes each page', () => {
    expect(formatRoute({ page: 'library' })).toBe('/')
    expect(formatRoute({ page: 'open' })).toBe('/open')
    expect(readPath(SEED)).toBe(`/read/${SEED}`)
  })

  it('never writes an id the pattern refuses into a path', () => {
    expect(readPath('../../../etc/passwd')).toBe('/')
    expect(readPath('javascript:alert(1)')).toBe('/')
  })
})

describe('the link codec and the app agree on the route', () => {
  it('gives /read/<id>/anything no article, as the app shows it no article', () => {
    const { state, problems } = parseViewState(`/read/${SEED}/anything?focus=cl1`)
    expect(state.articleId).toBeNull()
    expect(problems[0]).toBe(`There is no page at "/read/${SEED}/anything"; showing the article list.`)
  })

  it('gives the open form no article and no problem', () => {
    expect(parseViewState('/open')).toMatchObject({ state: { articleId: null }, problems: [] })
  })
})
