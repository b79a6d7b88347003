// @vitest-environment node
/**
 * The seed article is the first test of the attribution passes: who speaks in it, and what each one claims.
 * Cases are the ones a careful reader marks by hand; see the brief in src/analysis/attribution.ts.
 */
import { describe, it, expect } from 'vitest'
import { contextOfDocument } from '../text/context.ts'
import raw from '../../../content/articles/global-times-2022-01-11-kazakhstan.md?raw'
import {
  findConsistencyProblems,
  SCHEMA_VERSION,
  type AnnotatedArticle,
} from '../../model/annotated-article.ts'
import { buildDocument } from '../text/document.ts'
import { findAttribution } from './attribution.ts'
import { parseArticle } from '../text/parse-article.ts'

const source = parseArticle(raw)
const doc = buildDocument(source)
const result = findAttribution(contextOfDocument(doc))
const speaker = (name: string) => result.speakers.find((s) => s.name === name)
const claimsOf = (name: string) =>
  result.claims.filter((c) => c.speakerId === speaker(name)?.id).map((c) => doc.text.slice(c.start, c.end))
const claimAt = (words: string) => {
  const at = doc.text.indexOf(words)
  return result.claims.find(
    (c) => c.start <= at && at < c.end && doc.text.slice(c.start, c.end).startsWith(words),
  )
}
const nameOfClaim = (words: string) => result.speakers.find((s) => s.id === claimAt(words)?.speakerId)?.name

describe('attribution on the seed article', () => {
  it('finds the twelve speakers and nobody else', () => {
    expect(result.speakers.map((s) => [s.name, s.kind]).sort()).toEqual(
      [
        ['Wang Yi', 'person'],
        ['Kassym-Jomart Tokayev', 'person'],
        ['Mukhtar Tileuberdi', 'person'],
        ['Jen Psaki', 'person'],
        ['Yang Jin', 'person'],
        ['Xi Jinping', 'person'],
        ['Kazakhstan Foreign Ministry', 'organization'],
        ['Interior Ministry of Kazakhstan', 'organization'],
        ['National Security Committee', 'organization'],
        ['Kazakh authorities', 'organization'],
        ['observers', 'group'],
        ['experts', 'group'],
      ].sort(),
    )
    expect(speaker('Vladimir Putin')).toBeUndefined()
    expect(result.mentions.some((m) => doc.text.slice(m.start, m.end).includes('Putin'))).toBe(false)
  })

  it.each([
    ['Wang Yi', 'Chinese State Councilor and Foreign Minister', ['Wang', 'the Chinese Foreign Minister']],
    ['Kassym-Jomart Tokayev', 'Kazakhstan President', ['President Tokayev', 'Tokayev', 'the president']],
    [
      'Mukhtar Tileuberdi',
      'Kazakh Deputy Prime Minister and Foreign Minister',
      ['Tileuberdi', 'the Kazakh foreign minister'],
    ],
    ['Jen Psaki', 'White House Press Secretary', []],
    ['Yang Jin', 'associate research fellow on Central Asia research', ['Yang']],
    ['Xi Jinping', 'Chinese President', ['Xi', 'President Xi']],
    ['Kazakh authorities', null, ['Kazakhstan authority']],
  ])('gives %s the role and aliases the article uses', (name, role, aliases) => {
    expect(speaker(name)?.role).toBe(role)
    expect(speaker(name)?.aliases).toEqual(expect.arrayContaining(aliases))
  })

  it.each([
    ['After the storm comes the rainbow', 'Wang Yi', true],
    ['China will ensure the safety', 'Wang Yi', false],
    ['China, as a permanent comprehensive strategic partner', 'Wang Yi', false],
    ['China welcomes President Tokayev', 'Wang Yi', false],
    ['China will strengthen cooperation', 'Wang Yi', false],
    ['the recent violent demonstrations were an', 'Kassym-Jomart Tokayev', false],
    ['the action had been coordinated by a "single center,"', 'Kassym-Jomart Tokayev', false],
    ['crazy Russian claims.', 'Jen Psaki', true],
    ["China's crucial role", 'observers', false],
    ['The phone call between the foreign ministers', 'Yang Jin', false],
    ['They not only infiltrate', 'Yang Jin', false],
    ['The infiltration of external forces', 'Yang Jin', false],
    ['The three countries are interconnected', 'Yang Jin', true],
    ['China cooperated with Kazakhstan', 'Yang Jin', true],
    ["Wang's remarks not just show", 'Yang Jin', false],
    ['Another key point', 'Yang Jin', true],
    ['Russia is the major power', 'Yang Jin', false],
    ['This proves that Kazakhstan', 'Yang Jin', false],
    ['They use popular demands', 'experts', false],
    ['preliminary data shows', 'Kazakh authorities', false],
    ['peaceful protests were hijacked', 'Kazakhstan Foreign Ministry', false],
    ['strongly rejects any attempt', 'Xi Jinping', false],
    ['China is ready to provide', 'Xi Jinping', false],
    ['On the day of national mourning', 'Mukhtar Tileuberdi', false],
    ['the Beijing Winter Olympic Games is a grand event', 'Mukhtar Tileuberdi', false],
    ['the Games will promote world peace', 'Mukhtar Tileuberdi', false],
    ['The number of people arrested', 'Interior Ministry of Kazakhstan', false],
    ['the situation had stabilized', 'National Security Committee', false],
    ['The Collective Security Treaty Organization', 'Kazakh authorities', false],
  ])('attributes "%s…" to %s', (words, name, direct) => {
    expect(nameOfClaim(words)).toBe(name)
    expect(claimAt(words)?.direct).toBe(direct)
  })

  it('keeps the cue and the speaker out of every claim', () => {
    expect(claimsOf('Yang Jin')).toContain(
      "The phone call between the foreign ministers and the Tokayev's remarks revealed a highly likely color revolution and infiltration of external forces behind the coup",
    )
    expect(claimsOf('Xi Jinping')[0]).toMatch(/^strongly rejects .* cooperation$/)
    expect(claimsOf('Kassym-Jomart Tokayev')[1]).toBe('the action had been coordinated by a "single center,"')
    for (const c of result.claims) {
      const words = doc.text.slice(c.start, c.end)
      if (c.cue) expect(c.cue.end <= c.start || c.cue.start >= c.end).toBe(true)
      expect(words).not.toMatch(/^[\s,]|[\s,]$/)
    }
  })

  it('gives Wang Yi and Yang Jin several claims each', () => {
    expect(claimsOf('Wang Yi').length).toBeGreaterThanOrEqual(6)
    expect(claimsOf('Wang Yi').length).toBeLessThanOrEqual(9)
    expect(claimsOf('Yang Jin').length).toBeGreaterThanOrEqual(7)
    // 12 with the cue-less sentences of his paragraphs ("… which is "a time bomb."", the two before "This
    // proves …, Yang said").
    expect(claimsOf('Yang Jin').length).toBeLessThanOrEqual(12)
  })

  it('resolves the pronouns of attribution', () => {
    const pronouns = result.mentions.filter((m) => m.rule === 'pronoun')
    const names = pronouns.map((m) => [
      doc.text.slice(m.start, m.end),
      result.speakers.find((s) => s.id === m.speakerId)?.name,
    ])
    expect(names).toEqual([
      ['He', 'Kassym-Jomart Tokayev'],
      ['he', 'Yang Jin'],
      ['he', 'Wang Yi'],
    ])
  })

  it('produces annotations a reader can trust', () => {
    const article: AnnotatedArticle = {
      schemaVersion: SCHEMA_VERSION,
      article: source.meta,
      text: doc.text,
      paragraphs: doc.paragraphs,
      speakers: result.speakers,
      annotations: [...result.mentions, ...result.claims],
      events: [],
    }
    expect(findConsistencyProblems(article)).toEqual([])
  })
})
