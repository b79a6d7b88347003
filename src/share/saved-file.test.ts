import { describe, expect, it } from 'vitest'
import { annotateArticle } from '../analysis/annotate.ts'
import type { ArticleSource } from '../model/article.ts'
import { readSavedFile, toSavedFile } from './saved-file.ts'

const source: ArticleSource = {
  meta: {
    id: 'local-abc-def',
    headline: '<script>alert(1)</script> Rain is coming',
    deck: null,
    published: '2022-01-11T09:30:00',
    outlet: 'Unknown outlet',
    zone: null,
    url: null,
    photo: null,
  },
  paragraphs: [
    'Wang Yi said on Monday that it would rain, and 3,000 people believed him.',
    '"It will," he said.',
  ],
}
const article = annotateArticle(source)
const VIEW = '?layers=claim,speaker&speaker=wang-yi'
const saved = () => JSON.parse(toSavedFile(source, article, VIEW).content) as Record<string, unknown>

describe('saved files', () => {
  it('writes a .marginalia.json file named after the date and headline, and reads it back whole', () => {
    const file = toSavedFile(source, article, VIEW)
    expect(file.filename).toBe('2022-01-11-script-alert-1-script-rain-is-coming.marginalia.json')
    expect(file.mime).toBe('application/json')
    expect(readSavedFile(file.content)).toEqual({
      ok: true,
      file: { format: 'marginalia', version: 1, source, article, view: VIEW },
    })
    expect(readSavedFile(`\ufeff${file.content}`).ok).toBe(true)
  })

  it.each([
    ['text that is not JSON', () => 'Wang said it would rain.', /not JSON, or it is cut short/],
    ['a file cut short', () => toSavedFile(source, article, VIEW).content.slice(0, 500), /cut short/],
    [
      'other JSON',
      () => JSON.stringify({ hello: 'world' }),
      /^This JSON file is not a saved Marginalia article\.$/,
    ],
    ['a newer version', () => JSON.stringify({ ...saved(), version: 2 }), /newer version/],
    ['a missing view', () => JSON.stringify({ ...saved(), view: undefined }), /damaged \(view: /],
    [
      'annotations of another article',
      () =>
        JSON.stringify({ ...saved(), source: { ...source, meta: { ...source.meta, id: 'local-other' } } }),
      /belong to another article/,
    ],
    [
      'a paragraph outside the text',
      () => JSON.stringify({ ...saved(), article: { ...article, text: 'short' } }),
      /^This saved article is damaged \(paragraph 0 lies outside the text[^)]*\)\.$/,
    ],
    ['a null', () => 'null', /not a saved Marginalia article/],
  ])('refuses %s with a plain message', (_case, content, problem) => {
    const result = readSavedFile(content())
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem).toMatch(problem)
  })
})
