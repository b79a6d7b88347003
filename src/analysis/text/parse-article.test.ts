import { describe, it, expect } from 'vitest'
import raw from '../../../content/articles/global-times-2022-01-11-kazakhstan.md?raw'
import { ArticleInputError, cleanParagraph, parseArticle, splitParagraphs } from './parse-article.ts'
import { buildDocument } from './document.ts'

describe('parseArticle', () => {
  it('reads the seed article front matter and all 26 body paragraphs', () => {
    const { meta, paragraphs } = parseArticle(raw)
    expect(meta).toMatchObject({
      id: 'global-times-2022-01-11-kazakhstan',
      headline: 'Kazakhstan will emerge more resilient from dark hour: FM',
      deck: 'China welcomes Tokayev to attend opening of Olympics, sign of confidence',
      published: '2022-01-11T01:15:00+08:00',
      outlet: 'Global Times',
      zone: 'Beijing time',
      url: null,
    })
    expect(meta.photo?.credit).toBe('VCG')
    expect(meta.photo?.caption).toMatch(/^People lay flowers .* rocked by a week of upheaval\.$/)
    expect(paragraphs).toHaveLength(26)
    expect(paragraphs[0]).toMatch(/^Chinese State Councilor/)
    expect(paragraphs.at(-1)).toMatch(/Yang said\.$/)
    expect(paragraphs.join('')).not.toMatch(/\u00a0| {2}/)
  })

  it('reads plain text: headline, blank line, paragraphs, with a Published line', () => {
    const source = parseArticle(
      'Big news today\n\nPublished: Mar 3, 2021 09:30 PM +02:00\n\nFirst para\ncontinues.\n\nSecond.',
    )
    expect(source.meta.headline).toBe('Big news today')
    expect(source.meta.published).toBe('2021-03-03T21:30:00+02:00')
    expect(source.meta.id).toBe('big-news-today')
    expect(source.paragraphs).toEqual(['First para continues.', 'Second.'])
  })

  it('lets --published override and supply the date', () => {
    const source = parseArticle('H\n\nBody.', { published: '2020-01-01T00:00:00Z', fallbackId: 'My File' })
    expect(source.meta.published).toBe('2020-01-01T00:00:00Z')
    expect(source.meta.id).toBe('my-file')
  })

  it.each([
    ['no date anywhere', 'Headline\n\nBody text.', /no publication date/],
    ['only a headline', 'Headline only', /empty/],
    ['binary input', 'abc\u0000def', /binary/],
    ['broken YAML', '---\nid: [unclosed\n---\nBody', /not valid YAML/],
    ['a bad id', '---\nid: "Bad Id!"\nheadline: H\npublished: "2022-01-01T00:00:00Z"\n---\nBody', /id/],
    [
      'front matter without body',
      '---\nid: a\nheadline: H\npublished: "2022-01-01T00:00:00Z"\n---\n\n',
      /no body/,
    ],
  ])('rejects %s with a clear message', (_name, input, message) => {
    expect(() => parseArticle(input)).toThrow(ArticleInputError)
    expect(() => parseArticle(input)).toThrow(message)
  })
})

describe('splitParagraphs', () => {
  it.each([
    ['bullets after an intro line', 'He said:\n- one\n- two', ['He said:', '- one', '- two']],
    ['other bullet marks', '* one\n+ two\n• three', ['* one', '+ two', '• three']],
    ['a numbered list from 1', 'Steps:\n1. one\n2. two', ['Steps:', '1. one', '2. two']],
    ['an item wrapped over two lines', '- one that\n  goes on\n- two', ['- one that goes on', '- two']],
    [
      'a hard-wrapped number that starts no list',
      'The vote was on March\n12. Then it ended.',
      ['The vote was on March 12. Then it ended.'],
    ],
    ['a hyphen inside a line', 'A well-known - and loved - baker.', ['A well-known - and loved - baker.']],
  ])('gives a list item a paragraph of its own: %s', (_case, body, expected) => {
    expect(splitParagraphs(body)).toEqual(expected)
  })
})

describe('cleanParagraph', () => {
  it('turns non-breaking and zero-width spaces into plain text without touching the words', () => {
    expect(cleanParagraph('\u00a0 Wang said.\u00a0 \u00a0 ')).toBe('Wang said.')
    expect(cleanParagraph('a\u200bb  c')).toBe('ab c')
  })

  it.each([
    ['a zero-width space that stood for a space (regression: "WangYi")', 'Wang\u200bYi said', 'Wang Yi said'],
    ['a zero-width space inside a word', 'Kazakh\u200bstan', 'Kazakhstan'],
    ['a zero-width space beside a real space', 'Wang \u200bYi', 'Wang Yi'],
    ['a word joiner and a byte-order mark inside the text', 'co\u2060op\ufeff', 'coop'],
    ['a family emoji held together by joiners (regression: four people)', 'A 👩‍👩‍👧‍👦 family', 'A 👩‍👩‍👧‍👦 family'],
    ['a zero-width non-joiner in Persian', 'می\u200cخواهم', 'می\u200cخواهم'],
  ])('keeps the text as printed: %s', (_case, input, expected) => {
    expect(cleanParagraph(input)).toBe(expected)
  })
})

describe('buildDocument', () => {
  it('puts the caption first and joins paragraphs with a blank line, offsets matching the text', () => {
    const doc = buildDocument(parseArticle(raw))
    expect(doc.paragraphs).toHaveLength(27)
    expect(doc.paragraphs[0]?.kind).toBe('caption')
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).not.toMatch(/^\s|\s$|\n/)
    expect(doc.text.slice(doc.paragraphs[1]!.start - 2, doc.paragraphs[1]!.start)).toBe('\n\n')
  })
})
