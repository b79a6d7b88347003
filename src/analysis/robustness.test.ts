// @vitest-environment node
/**
 * No character zeroes an article: names and organizations carry `&`, hyphens, initials, dotted abbreviations,
 * apostrophes, digits and letters outside ASCII, and whatever the analysis makes of one sentence must not change
 * what it finds in the others. Property: an article of attributed sentences, one of which gets such characters
 * inserted into its speaker's name or role, keeps the claims and speakers of every other paragraph exactly. The
 * passes that read several paragraphs at once (a list after "said:", a Q&A transcript, "She believes …" after a
 * claim) keep to their own paragraphs too, and never throw whatever mix of markers and labels they meet.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AnnotatedArticle } from '../model/annotated-article.ts'
import { annotateStrictly } from './annotate-strictly.ts'

/** Paragraphs that never refer back (no pronouns), so a change in one cannot rightly change another. */
const OTHERS = [
  '"The bridge will reopen in the spring," said Helen Marsh, a spokeswoman for the transport agency.',
  'Council leader David Okafor said the repairs had cost more than expected.',
  'According to the city engineer, Paula Grant, the cables were replaced in 2019.',
  '"We have waited long enough," said Tomas Lindgren, who runs a bakery near the bridge.',
]

/** Pieces of real names and organizations that have broken rules before. */
const ODD_PIECES = [
  '&',
  'Smith & Jones',
  'J.P.',
  'Co.',
  'Inc.',
  'Jr.',
  'U.S.',
  "O'Neill",
  'O’Neill',
  "Macy's",
  '3M',
  'Zoë',
  'Nuño',
  'Jean-Luc',
  'AT&T',
  'St. John’s',
  '(AP)',
  '—',
  'L.L.C.',
  'No. 10',
  '&amp;',
  'Ø',
  '#1',
  '"',
  '…',
]

type Slot = 'name' | 'role' | 'organization'

function target(piece: string, slot: Slot): string {
  const name = slot === 'name' ? `Maria ${piece} Lopez` : 'Maria Lopez'
  const organization = slot === 'organization' ? `the ${piece} Foundation` : 'the Hale Foundation'
  const role = slot === 'role' ? `the ${piece} director` : 'executive director'
  return `"We are not going anywhere," said ${name}, ${role} of ${organization}.`
}

interface Finding {
  layer: string
  words: string
  speaker: string | null
}

/** The findings whose spans lie in paragraph `p`, by their words and speaker name (offsets differ). */
function findingsIn(doc: AnnotatedArticle, p: number): Finding[] {
  const para = doc.paragraphs[p]
  if (!para) return []
  const names = new Map(doc.speakers.map((s) => [s.id, s.name]))
  return doc.annotations
    .filter((a) => a.start >= para.start && a.end <= para.end)
    .map((a) => ({
      layer: a.layer,
      words: doc.text.slice(a.start, a.end),
      speaker: 'speakerId' in a && a.speakerId !== null ? (names.get(a.speakerId) ?? null) : null,
    }))
}

const annotate = (paragraphs: string[]): AnnotatedArticle => annotateStrictly(paragraphs)

describe('one sentence cannot take down the others', () => {
  const baseline = annotate(OTHERS)
  const before = OTHERS.map((_, p) => findingsIn(baseline, p))

  it('finds a claim with its speaker in every paragraph of the plain article', () => {
    for (const found of before)
      expect(found.some((f) => f.layer === 'claim' && f.speaker !== null)).toBe(true)
  })

  it.each(
    ODD_PIECES.flatMap((piece) => (['name', 'role', 'organization'] as const).map((slot) => [piece, slot])),
  )('keeps the other paragraphs when %j is in the %s', (piece, slot) => {
    for (const at of [0, 2, OTHERS.length]) {
      const paragraphs = [...OTHERS.slice(0, at), target(piece, slot as Slot), ...OTHERS.slice(at)]
      const doc = annotate(paragraphs)
      const after = paragraphs.map((_, p) => findingsIn(doc, p)).filter((_, p) => p !== at)
      expect(after).toEqual(before)
    }
  })

  it('keeps the other paragraphs whatever characters the name and role hold', () => {
    const piece = fc.string({
      unit: fc.constantFrom(...'aZ.&\'’-–—"“”()/,;:!?0123456789 ëñØ#@*_+=[]{}<>|\\'.split('')),
      maxLength: 12,
    })
    fc.assert(
      fc.property(piece, fc.constantFrom<Slot>('name', 'role', 'organization'), (p, slot) => {
        const paragraphs = [OTHERS[0] as string, target(p, slot), ...OTHERS.slice(1)]
        const doc = annotate(paragraphs)
        const after = paragraphs.map((_, i) => findingsIn(doc, i)).filter((_, i) => i !== 1)
        expect(after).toEqual(before)
      }),
      { numRuns: 150 },
    )
  })

  it.each([
    ['Procter & Gamble said sales rose.', 'Procter & Gamble', 'organization'],
    ['"It was a good year," said Ana Ruiz of Ernst & Young.', 'Ana Ruiz', 'person'],
    ['AT&T said it would cut jobs.', 'AT&T', 'organization'],
    ['Analysts at S&P Global said the outlook was stable.', 'analysts at S&P Global', 'group'],
  ])('reads an ampersand inside a name: %s', (sentence, speaker, kind) => {
    const doc = annotate([sentence])
    expect(doc.speakers.map((s) => [s.name, s.kind])).toEqual([[speaker, kind]])
    expect(doc.annotations.filter((a) => a.layer === 'claim')).toHaveLength(1)
  })

  it('attributes the claim despite the odd characters', () => {
    for (const piece of [
      'Smith & Jones',
      'J.P.',
      "O'Neill",
      'Zoë',
      '3M',
      'U.S.',
      'Co.',
      'Jr.',
      "Macy's",
      'Nuño',
    ])
      for (const slot of ['role', 'organization'] as const) {
        const doc = annotate([target(piece, slot)])
        const names = new Map(doc.speakers.map((s) => [s.id, s.name]))
        const claims = doc.annotations.filter((a) => a.layer === 'claim')
        expect(claims.map((c) => ('speakerId' in c && c.speakerId ? names.get(c.speakerId) : null))).toEqual([
          'Maria Lopez',
        ])
      }
  })
})

/** Paragraph blocks that the reported-speech rules read as one: a list after a colon, a transcript, a belief. */
function block(name: string, kind: 'list' | 'transcript' | 'belief'): string[] {
  switch (kind) {
    case 'list':
      return [
        `Speaking in the town hall, ${name} said:`,
        '- Fares should fall.',
        '- The line would reopen in May.',
      ]
    case 'transcript':
      return [
        `${name} spoke to the Valley Post.`,
        'Q: Will fares fall?',
        'A: Yes, by a tenth.',
        'Q: When?',
        'A: In May.',
      ]
    case 'belief':
      return [`${name} said the line would reopen.`, 'She believes fares will fall.']
  }
}

describe('the reported-speech rules keep to their paragraphs', () => {
  const baseline = annotate(OTHERS)
  const before = OTHERS.map((_, p) => findingsIn(baseline, p))
  const kinds = ['list', 'transcript', 'belief'] as const

  it.each(
    kinds.flatMap((kind) =>
      ['Maria Lopez', ...ODD_PIECES.map((p) => `Maria ${p} Lopez`)].map((n) => [kind, n]),
    ),
  )('keeps the other paragraphs around a %s block whose speaker is %j', (kind, name) => {
    const added = block(name as string, kind as (typeof kinds)[number])
    const paragraphs = [OTHERS[0] as string, ...added, ...OTHERS.slice(1)]
    const doc = annotate(paragraphs)
    const after = paragraphs.map((_, p) => findingsIn(doc, p)).filter((_, p) => p === 0 || p > added.length)
    expect(after).toEqual(before)
  })

  it('never throws and never lets a claim cross a paragraph, whatever the markers and labels', () => {
    const piece = fc.constantFrom(
      'Governor Ines Harrow said:',
      'Among the points she made:',
      'The figures:',
      '- Fares should fall.',
      '• ',
      '1. Wages must rise.',
      '2) ',
      'Q: Why?',
      'A: Because.',
      'Q:',
      'A: ',
      'HARROW: Yes.',
      'POST: Really?',
      'Harrow spoke to the Post.',
      'She believes it.',
      'She would not.',
      'He is sure that the vote will pass.',
      '"It is over," said Tom Vale.',
      'The meeting ended.',
    )
    const paragraphs = fc.array(
      fc.tuple(piece, fc.string({ unit: fc.constantFrom(...'aZ .:-?"“”&’é1'.split('')), maxLength: 6 })),
      { minLength: 1, maxLength: 12 },
    )
    fc.assert(
      fc.property(paragraphs, (parts) => {
        const texts = parts.map(([p, noise]) => `${p}${noise}`.trim()).filter((t) => t.length > 0)
        if (texts.length === 0) return
        const doc = annotate(texts)
        for (const a of doc.annotations) {
          if (a.layer !== 'claim') continue
          expect(doc.paragraphs.some((p) => p.start <= a.start && a.end <= p.end)).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })
})
