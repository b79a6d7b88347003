import { describe, expect, it } from 'vitest'
import { ArticleMetaSchema } from '../model/article.ts'
import { emptyDraft, MAX_TEXT_LENGTH, type ArticleDraft } from './article-draft.ts'
import { checkDraftFields, draftToSource, UNKNOWN_OUTLET } from './draft-to-source.ts'

const TEXT = 'Wang said on Monday that it would rain.\n\nIt did.'
const draft = (fields: Partial<ArticleDraft>): ArticleDraft => ({
  ...emptyDraft(),
  headline: 'Rain is coming',
  published: '2022-01-11',
  text: TEXT,
  ...fields,
})
const problemsOf = (d: ArticleDraft) => {
  const r = draftToSource(d)
  return r.ok ? [] : r.problems
}

describe('draftToSource', () => {
  it('turns a draft into a source with a local id, the paragraphs and the outlet fallback', () => {
    const r = draftToSource(
      draft({ headline: '  Rain   is coming ', extra: { url: 'https://example.com/rain' } }),
    )
    expect(r).toEqual({
      ok: true,
      source: {
        meta: {
          id: expect.stringMatching(/^local-[a-z0-9]+-[a-z0-9]+$/),
          headline: 'Rain is coming',
          deck: null,
          published: '2022-01-11',
          outlet: UNKNOWN_OUTLET,
          zone: null,
          url: 'https://example.com/rain',
          photo: null,
        },
        paragraphs: ['Wang said on Monday that it would rain.', 'It did.'],
      },
    })
    if (r.ok) expect(ArticleMetaSchema.safeParse(r.source.meta).success).toBe(true)
  })

  it('gives the same article the same id, and another headline or text another id', () => {
    const id = (d: ArticleDraft) => {
      const r = draftToSource(d)
      return r.ok ? r.source.meta.id : ''
    }
    expect(id(draft({ outlet: 'Times' }))).toBe(id(draft({ published: '2023-01-01' })))
    expect(id(draft({ headline: 'Rain is going' }))).not.toBe(id(draft({})))
    expect(id(draft({ text: `${TEXT}!` }))).not.toBe(id(draft({})))
  })

  it.each([
    ['2015-03-18', '2015-03-18'],
    ['2015-03-18T09:30', '2015-03-18T09:30:00'],
    ['2015-03-18T09:30:15', '2015-03-18T09:30:15'],
    ['2015-03-18 09:30+01:00', '2015-03-18T09:30:00+01:00'],
    ['2015-03-18T09:30:15-0500', '2015-03-18T09:30:15-05:00'],
    ['2016-02-29T23:59Z', '2016-02-29T23:59:00Z'],
  ])('accepts the published value %s', (value, iso) => {
    const r = draftToSource(draft({ published: value }))
    expect(r.ok && r.source.meta.published).toBe(iso)
  })

  it.each([
    ['2022-13-45', 'is not a real date'],
    ['2022-02-30', 'is not a real date'],
    ['2015-02-29T10:00', 'is not a real date'],
    ['2022-01-11T24:00', 'is not a real date'],
    ['last Tuesday', 'is not a date like'],
    ['Jan 11, 2022 and later', 'is not a date like'],
  ])("refuses the published value %s with the model's message naming it", (value, message) => {
    expect(problemsOf(draft({ published: value }))).toEqual([
      { field: 'published', message: expect.stringContaining(`"${value}" ${message}`) },
    ])
  })

  it('names every field that is missing at once', () => {
    expect(problemsOf(emptyDraft())).toEqual([
      { field: 'text', message: "Paste the article's text, or drop or choose a file." },
      { field: 'headline', message: 'Give the article a headline.' },
      {
        field: 'published',
        message: 'Give the date it was published, like 2015-03-18 (the time and zone are optional).',
      },
    ])
  })

  it.each([
    [
      'a headline and no text',
      draft({ text: ' \n ' }),
      "There is only a headline: paste the article's text too.",
    ],
    [
      'a headline repeated as the text',
      draft({ text: 'Rain is coming' }),
      "This is only a headline: paste the article's text below it.",
    ],
    [
      'a headline-like line alone',
      draft({ headline: '', text: 'Rain is coming' }),
      "This is only a headline: paste the article's text below it.",
    ],
    [
      'binary data',
      draft({ text: `PK\u0003\u0004${'\u0000'.repeat(20)}` }),
      'This looks like a binary file, not text.',
    ],
  ])('refuses %s', (_case, d, message) => {
    expect(problemsOf(d)).toContainEqual({ field: 'text', message })
  })

  it('refuses text over the size limit and says the limit', () => {
    const long = `${'Wang said it would rain. '.repeat(MAX_TEXT_LENGTH / 25)}More.`
    expect(problemsOf(draft({ text: long }))).toEqual([
      {
        field: 'text',
        message: `The text is ${long.length.toLocaleString('en-US')} characters long; Marginalia opens up to 2,000,000 (about 300,000 words) so the analysis stays quick. Open it in parts.`,
      },
    ])
  })

  it('keeps hostile text as text and drops a link that is not a web address', () => {
    const hostile = '<script>alert(1)</script>'
    const r = draftToSource(
      draft({
        headline: hostile,
        outlet: '<img src=x onerror=alert(1)>',
        extra: { url: 'javascript:alert(1)' },
      }),
    )
    expect(r.ok && r.source.meta).toMatchObject({
      headline: hostile,
      outlet: '<img src=x onerror=alert(1)>',
      url: null,
    })
    for (const url of ['//evil.example/login', 'data:text/html,hi', 'https:/x', 'http://'])
      expect(
        draftToSource(draft({ extra: { url } })).ok && draftToSource(draft({ extra: { url } })),
      ).toMatchObject({
        source: { meta: { url: null } },
      })
  })
})

describe('checkDraftFields: what the page checks before the worker reads the text', () => {
  const draft = (change: Partial<ArticleDraft>): ArticleDraft => ({
    ...emptyDraft(),
    headline: 'A headline',
    published: '2015-03-18',
    text: 'First paragraph.\n\nSecond paragraph.',
    ...change,
  })

  it('finds the same field problems as draftToSource, text aside', () => {
    for (const change of [
      { headline: '' },
      { published: '2015-13-45' },
      { published: '' },
      { outlet: 'x'.repeat(300) },
      { headline: '', published: 'yesterday' },
    ]) {
      const full = draftToSource(draft(change))
      expect(full.ok).toBe(false)
      if (!full.ok) expect(checkDraftFields(draft(change))).toEqual(full.problems)
    }
  })

  it('refuses empty, binary and over-long text at once, and leaves reading the paragraphs to the worker', () => {
    expect(checkDraftFields(draft({ text: ' \n\n ' }))[0]?.message).toMatch(/only a headline/)
    expect(checkDraftFields(draft({ text: 'a\u0000b' }))[0]?.message).toMatch(/binary/)
    expect(checkDraftFields(draft({ text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }))[0]?.message).toMatch(
      /2,000,000/,
    )
    // One paragraph that is the headline: only reading the text finds it.
    expect(checkDraftFields(draft({ text: 'A headline' }))).toEqual([])
    expect(draftToSource(draft({ text: 'A headline' }))).toMatchObject({
      ok: false,
      problems: [{ field: 'text', message: expect.stringMatching(/only a headline/) }],
    })
  })
})
