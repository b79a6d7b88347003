import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LAYERS, type Layer } from '../model/annotated-article.ts'
import { ARTICLE_ID_PATTERN } from '../model/article.ts'
import {
  DEFAULT_LAYERS,
  DEFAULT_VIEW_STATE,
  formatViewState,
  parseViewState,
  type TextQuote,
  type ViewState,
} from './view-state.ts'

const ARTICLE = 'global-times-2022-01-11-kazakhstan'

function view(overrides: Partial<ViewState>): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...overrides }
}

describe('formatViewState', () => {
  it.each<[string, ViewState, string]>([
    ['writes the home page as a bare slash', DEFAULT_VIEW_STATE, '/'],
    [
      'writes an article with every default as its path alone',
      view({ articleId: ARTICLE }),
      `/read/${ARTICLE}`,
    ],
    [
      'lists layers in canonical order, speakers sorted and unique',
      view({
        articleId: ARTICLE,
        layers: new Set<Layer>(['claim', 'speaker']),
        speakers: ['wang-yi', 'kassym-jomart-tokayev', 'wang-yi'],
        focus: 'cl1x2y3',
      }),
      `/read/${ARTICLE}?layers=speaker,claim&speakers=kassym-jomart-tokayev,wang-yi&focus=cl1x2y3`,
    ],
    ['writes layers=none when every layer is off', view({ layers: new Set() }), '/?layers=none'],
    [
      'writes a passage readably, with + for spaces and the last character protected from auto-linkers',
      view({
        articleId: ARTICLE,
        passage: { exact: '164 people, 2,000+ hurt', prefix: 'said ', suffix: ' died.' },
      }),
      `/read/${ARTICLE}?quote=164+people,+2,000%2B+hurt&before=said+&after=+died%2E`,
    ],
    [
      'leaves out what the parser would reject, and focus or passage without an article',
      view({
        articleId: '../etc',
        speakers: ['ok', 'not ok'],
        focus: 'cl1',
        passage: { exact: 'x', prefix: '', suffix: '' },
      }),
      '/?speakers=ok',
    ],
  ])('%s', (_name, state, expected) => {
    expect(formatViewState(state)).toBe(expected)
  })
})

describe('parseViewState', () => {
  it.each<[string, string, Partial<ViewState>, string[]]>([
    ['reads the home page', '/', {}, []],
    ['reads an empty string as the home page', '', {}, []],
    [
      'reads an article with layers, speakers and a focus',
      `/read/${ARTICLE}?layers=speaker,claim&speakers=wang-yi&focus=cl1x2y3`,
      { articleId: ARTICLE, layers: new Set(['speaker', 'claim']), speakers: ['wang-yi'], focus: 'cl1x2y3' },
      [],
    ],
    [
      'reads a full URL, ignoring its origin and fragment',
      `https://example.org/read/${ARTICLE}/?focus=nu3#top`,
      { articleId: ARTICLE, focus: 'nu3' },
      [],
    ],
    ['reads layers=none as every layer off', '/?layers=none', { layers: new Set() }, []],
    [
      'ignores unknown layers and keeps the known ones',
      '/?layers=Claim,foo,claim',
      { layers: new Set(['claim']) },
      ['Unknown layer "foo" was ignored.'],
    ],
    [
      'shows every layer when no known layer is named',
      '/?layers=foo',
      {},
      ['Unknown layer "foo" was ignored.', 'No known layer was named; all layers are shown.'],
    ],
    [
      'ignores bad percent-encoding in one parameter and keeps the rest',
      `/read/${ARTICLE}?quote=%E0%A4%A&focus=cl1`,
      { articleId: ARTICLE, focus: 'cl1' },
      ['The "quote" parameter is not valid percent-encoding and was ignored.'],
    ],
    [
      'uses the first of duplicate parameters',
      '/?speakers=b&speakers=a',
      { speakers: ['b'] },
      ['The "speakers" parameter appears more than once; only the first was used.'],
    ],
    [
      'keeps well-formed speaker ids and reports the others',
      '/?speakers=wang-yi,-dash,a%2Fb,%3Cscript%3E,tokayev',
      { speakers: ['tokayev', 'wang-yi'] },
      [
        'Speaker id "-dash" is not valid and was ignored.',
        'Speaker id "a/b" is not valid and was ignored.',
        'Speaker id "<script>" is not valid and was ignored.',
      ],
    ],
    [
      'refuses a javascript: link',
      'javascript:alert(1)',
      {},
      ['There is no page at "javascript:alert(1)"; showing the article list.'],
    ],
    ['refuses /read/ without an id', '/read/', {}, ['The link names no article; showing the article list.']],
    [
      'refuses an id with dots',
      '/read/../secret',
      {},
      ['There is no page at "/read/../secret"; showing the article list.'],
    ],
    [
      'refuses an id with a slash',
      '/read/a/b',
      {},
      ['There is no page at "/read/a/b"; showing the article list.'],
    ],
    [
      'refuses an article id with bad percent-encoding',
      '/read/%E0%A4%A',
      {},
      ['"%E0%A4%A" is not a valid article id; showing the article list.'],
    ],
    [
      'drops a focus and a passage on the home page',
      '/?focus=cl1&quote=hello',
      {},
      [
        'A focused annotation needs an article; it was ignored.',
        'A shared passage needs an article; it was ignored.',
      ],
    ],
    [
      'reports an invalid focus id',
      `/read/${ARTICLE}?focus=a%20b`,
      { articleId: ARTICLE },
      ['The focused annotation id "a b" is not valid and was ignored.'],
    ],
    [
      'reads a passage with + as space and %2B as plus',
      `/read/${ARTICLE}?quote=2,000%2B+hurt&before=said+&after=+in`,
      { articleId: ARTICLE, passage: { exact: '2,000+ hurt', prefix: 'said ', suffix: ' in' } },
      [],
    ],
    [
      'ignores context without a quote',
      `/read/${ARTICLE}?before=x`,
      { articleId: ARTICLE },
      ['Context ("before"/"after") without a "quote" was ignored.'],
    ],
    ['ignores unknown parameters such as tracking tags', '/?utm_source=x&fbclid=y', {}, []],
  ])('%s', (_name, input, expected, problems) => {
    expect(parseViewState(input)).toEqual({ state: view(expected), problems })
  })

  it('keeps the start of a passage longer than 500 characters and says so', () => {
    const { state, problems } = parseViewState(`/read/a?quote=${'x'.repeat(600)}&after=y`)
    expect(state.passage).toEqual({ exact: 'x'.repeat(500), prefix: '', suffix: '' })
    expect(problems).toEqual(['The shared passage is longer than 500 characters; only its start is shown.'])
  })

  it('keeps only the 32 characters of context nearest the passage', () => {
    const { state } = parseViewState(`/read/a?quote=q&before=${'b'.repeat(40)}1&after=2${'a'.repeat(40)}`)
    expect(state.passage).toEqual({ exact: 'q', prefix: `${'b'.repeat(31)}1`, suffix: `2${'a'.repeat(31)}` })
  })

  it('accepts only the layers it is told are known', () => {
    const { state, problems } = parseViewState('/?layers=claim,time', { layers: ['claim', 'speaker'] })
    expect(state.layers).toEqual(new Set(['claim']))
    expect(problems).toEqual(['Layer "time" is not available here and was ignored.'])
  })

  it('reads only the first 8 KB of a huge link, quickly', () => {
    const junk = `/read/a?speakers=${'x,'.repeat(50_000)}`
    const started = performance.now()
    const { state, problems } = parseViewState(junk)
    expect(performance.now() - started).toBeLessThan(200)
    expect(state.articleId).toBe('a')
    expect(state.speakers).toEqual(['x'])
    expect(problems).toEqual(['The link is longer than 8192 characters; the rest was ignored.'])
  })

  it('does not throw on input that is not a string at all', () => {
    expect(parseViewState(undefined as unknown as string).state).toEqual(DEFAULT_VIEW_STATE)
  })
})

// ---- properties ----

const id = fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9-]{0,119}$/)
const articleId = fc.stringMatching(ARTICLE_ID_PATTERN)
/** Any text, including the characters a query treats specially and astral code points. */
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength: maxLength / 2 }),
    fc.string({ unit: fc.constantFrom('&', '=', '+', '#', '%', ',', ' ', '?', '/', '.', ')'), maxLength }),
  )
const passage: fc.Arbitrary<TextQuote> = fc.record({
  exact: text(500).filter((s) => s !== '' && s.length <= 500),
  prefix: text(32).filter((s) => s.length <= 32),
  suffix: text(32).filter((s) => s.length <= 32),
})
const layers = fc.subarray([...LAYERS]).map((list) => new Set<Layer>(list))
const speakers = fc.uniqueArray(id, { maxLength: 6 }).map((list) => list.sort())

/** Every state the formatter can write: focus and passage only come with an article. */
const validState: fc.Arbitrary<ViewState> = fc.oneof(
  fc.record({
    articleId: fc.constant(null),
    layers,
    speakers,
    focus: fc.constant(null),
    passage: fc.constant(null),
  }),
  fc.record({
    articleId,
    layers,
    speakers,
    focus: fc.option(id, { nil: null }),
    passage: fc.option(passage, { nil: null }),
  }),
)

/** Link-shaped junk: real parameter names with hostile values, plus plain garbage of every kind. */
const anyLink = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom('', '/', '/read/', '/read', '/read/abc', '/read/%E0%A4%A', 'javascript:', '/x/'),
      fc.string({ maxLength: 10 }),
      fc.array(
        fc.tuple(
          fc.constantFrom('layers', 'speakers', 'focus', 'quote', 'before', 'after', 'other'),
          fc.oneof(fc.string(), fc.constantFrom('none', 'claim,foo', '%E0%A4%A', '%', 'a,,b', '')),
        ),
        { maxLength: 8 },
      ),
    )
    .map(([path, tail, params]) => `${path}${tail}?${params.map(([k, v]) => `${k}=${v}`).join('&')}`),
)

describe('view-state codec properties', () => {
  it('parses every formatted state back to itself, without problems', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseViewState(formatViewState(state))).toEqual({ state, problems: [] })
      }),
    )
  })

  it('formats whatever it parsed to a fixed point of format ∘ parse', () => {
    fc.assert(
      fc.property(anyLink, (link) => {
        const formatted = formatViewState(parseViewState(link).state)
        const again = parseViewState(formatted)
        expect(again.problems).toEqual([])
        expect(formatViewState(again.state)).toBe(formatted)
      }),
    )
  })

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(anyLink, (link) => {
        const { state, problems } = parseViewState(link)
        expect(state.layers.size).toBeLessThanOrEqual(LAYERS.length)
        expect(Array.isArray(problems)).toBe(true)
      }),
    )
  })

  it('keeps a typical view under 300 characters', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,9}$/)
    const words = (maxLength: number) =>
      fc.array(word, { minLength: 1, maxLength: 20 }).map((list) => list.join(' ').slice(0, maxLength))
    // Ids the way the analysis makes them: slugs of names, article slugs, "cl" + a base-36 hash.
    const typical = fc.record({
      articleId: fc.stringMatching(/^[a-z]{2,12}(-[a-z0-9]{2,10}){2,4}$/).filter((s) => s.length <= 48),
      layers,
      speakers: fc.uniqueArray(fc.stringMatching(/^[a-z]{2,10}(-[a-z]{2,10}){0,2}$/), { maxLength: 2 }),
      view: fc.oneof(
        fc.record({
          focus: fc.stringMatching(/^(sp|cl|nu|so|ti)[0-9a-z]{5,7}$/),
          passage: fc.constant(null),
        }),
        fc.record({
          focus: fc.constant(null),
          passage: fc.record({ exact: words(60), prefix: words(32), suffix: words(32) }),
        }),
      ),
    })
    fc.assert(
      fc.property(typical, ({ view: rest, ...state }) => {
        const link = formatViewState({ ...state, ...rest, speakers: state.speakers.sort() })
        expect(link.length).toBeLessThan(300)
      }),
    )
  })

  it('uses the shared DEFAULT_LAYERS when the link names none', () => {
    expect(parseViewState('/read/a').state.layers).toBe(DEFAULT_LAYERS)
  })
})
