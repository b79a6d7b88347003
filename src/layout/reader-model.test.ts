import { describe, it, expect } from 'vitest'
import {
  AnnotatedArticleSchema,
  findConsistencyProblems,
  type TimeAnnotation,
} from '../model/annotated-article.ts'
import { smallArticle } from './fixtures/small-article.ts'
import {
  buildReaderModel,
  claimsOf,
  groupEventsByDay,
  isHighlighted,
  visibleInOrder,
} from './reader-model.ts'
import { describeAnnotation, describeForScreenReader } from './describe-annotation.ts'

const model = buildReaderModel(smallArticle)

describe('the fixture', () => {
  it('is a valid, consistent AnnotatedArticle', () => {
    expect(AnnotatedArticleSchema.safeParse(smallArticle).success).toBe(true)
    expect(findConsistencyProblems(smallArticle)).toEqual([])
  })
})

describe('buildReaderModel', () => {
  it('counts claims per speaker and orders speakers by kind, then claims', () => {
    expect(model.claimCount.get('tom-ode')).toBe(2)
    expect(model.claimCount.get('ana-ruiz')).toBe(1)
    expect(model.speakers.map((s) => s.id)).toEqual(['tom-ode', 'ana-ruiz'])
  })
  it('sorts each layer in document order and gives each paragraph its annotations', () => {
    expect(model.byLayer.claim.map((a) => a.id)).toEqual(['cl-bridges', 'cl-ready', 'cl-approved'])
    expect(model.paragraphAnnotations[0]?.map((a) => a.id)).toEqual(['ti-march'])
    expect(model.paragraphAnnotations[1]?.map((a) => a.id)).toContain('nu-12')
  })
})

describe('highlight rules', () => {
  const all = new Set(['speaker', 'claim', 'number', 'source', 'time'] as const)
  it('a layer that is off highlights nothing; the filter only affects claims', () => {
    const claim = model.annotationById.get('cl-ready')!
    expect(isHighlighted(claim, new Set(['number']), [])).toBe(false)
    expect(isHighlighted(claim, all, ['ana-ruiz'])).toBe(false)
    expect(isHighlighted(claim, all, ['tom-ode'])).toBe(true)
    expect(isHighlighted(model.annotationById.get('nu-12')!, all, ['tom-ode'])).toBe(true)
  })
  it('walks visible highlights in document order', () => {
    expect(visibleInOrder(model, new Set(['number', 'time']), []).map((a) => a.id)).toEqual([
      'ti-march',
      'ti-monday',
      'nu-12',
    ])
  })
  it('lists the claims of chosen speakers', () => {
    expect(claimsOf(model, ['tom-ode']).map((a) => a.id)).toEqual(['cl-ready', 'cl-approved'])
  })
})

describe('groupEventsByDay', () => {
  it('groups by date and filters by speaker', () => {
    expect(groupEventsByDay(smallArticle.events, []).map((d) => d.date)).toEqual(['2024-03-03', '2024-03-04'])
    expect(groupEventsByDay(smallArticle.events, ['ana-ruiz']).map((d) => d.events[0]?.id)).toEqual([
      'ev-monday',
    ])
    expect(groupEventsByDay(smallArticle.events, ['tom-ode'])).toEqual([])
  })
})

describe('describeAnnotation', () => {
  it('describes a claim with speaker, role, cue and kind of quote', () => {
    const d = describeAnnotation(model, model.annotationById.get('cl-bridges')!)
    expect(d.title).toBe('Claim by Ana Ruiz')
    expect(d.rows).toEqual([
      { label: 'Speaker', value: 'Ana Ruiz' },
      { label: 'Role', value: 'Mayor' },
      { label: 'Cue', value: '“said”' },
      { label: 'Quoted', value: 'Reported speech' },
    ])
    expect(d.speakerId).toBe('ana-ruiz')
    expect(d.why).toBe('The cue “said” introduced it; found by the rule “fixture”.')
  })
  it('says which rule found a highlight without a cue', () => {
    expect(describeAnnotation(model, model.annotationById.get('nu-12')!).why).toBe(
      'Found by the rule “fixture”.',
    )
  })
  it('describes a number, a source and a date', () => {
    expect(describeAnnotation(model, model.annotationById.get('nu-12')!).rows).toEqual([
      { label: 'Value', value: '12' },
      { label: 'Counts', value: 'bridges' },
    ])
    expect(describeAnnotation(model, model.annotationById.get('so-post')!).rows[0]?.value).toBe('News media')
    expect(describeAnnotation(model, model.annotationById.get('ti-monday')!).rows[0]?.value).toBe(
      'Monday 4 March 2024',
    )
  })
  it('gives screen readers a short name', () => {
    expect(describeForScreenReader(model, model.annotationById.get('cl-ready')!)).toBe('claim by Tom Ode')
    expect(describeForScreenReader(model, model.annotationById.get('ti-monday')!)).toBe(
      'date, Monday 4 March 2024',
    )
  })
})

describe('approximate dates and dates the text does not give', () => {
  const monday = smallArticle.annotations.find((a): a is TimeAnnotation => a.id === 'ti-monday')!
  const variant = buildReaderModel({
    ...smallArticle,
    annotations: [
      ...smallArticle.annotations,
      { ...monday, id: 'ti-about', date: '1992', approximate: true },
      { ...monday, id: 'ti-relative', date: null, approximate: false },
    ],
  })
  const time = (id: string) => variant.annotationById.get(id)!

  it('describes an approximate date as "c." with its precision, and says "about" to a screen reader', () => {
    expect(describeAnnotation(variant, time('ti-about')).rows.slice(0, 2)).toEqual([
      { label: 'Date', value: 'c. 1992' },
      { label: 'Precision', value: 'Approximate' },
    ])
    expect(describeForScreenReader(variant, time('ti-about'))).toBe('date, about 1992')
  })

  it('says a date counted from another event is not known', () => {
    expect(describeAnnotation(variant, time('ti-relative')).rows[0]?.value).toMatch(/^Not known/)
    expect(describeForScreenReader(variant, time('ti-relative'))).toBe('date, date not known')
  })

  it('keeps an approximate day apart from the exact one in the timeline', () => {
    const [event] = smallArticle.events
    const days = groupEventsByDay(
      [
        { ...event!, id: 'a', date: '1992', approximate: true },
        { ...event!, id: 'b', date: '1992', approximate: false },
        { ...event!, id: 'c', date: '1992' },
      ],
      [],
    )
    expect(days.map((d) => [d.approximate, d.events.map((e) => e.id)])).toEqual([
      [true, ['a']],
      [false, ['b', 'c']],
    ])
  })

  it('validates a time expression with no date and an event without "approximate" (older documents)', () => {
    const doc = {
      ...smallArticle,
      annotations: [...smallArticle.annotations, { ...monday, id: 'ti-relative', date: null }],
    }
    expect(AnnotatedArticleSchema.safeParse(doc).success).toBe(true)
    expect(findConsistencyProblems(doc)).toEqual([])
  })
})
