import { describe, it, expect } from 'vitest'
import { contextOfDocument } from '../text/context.ts'
import seedSource from '../../../content/articles/global-times-2022-01-11-kazakhstan.md?raw'
import { buildDocument } from '../text/document.ts'
import { parseArticle } from '../text/parse-article.ts'
import { findSources } from './sources.ts'
import type { AnalysisDocument } from '../text/types.ts'

const docOf = (text: string): AnalysisDocument => ({
  text,
  paragraphs: [{ start: 0, end: text.length, kind: 'body' }],
  published: '2022-01-11T01:15:00+08:00',
})
const run = (text: string) =>
  findSources(contextOfDocument(docOf(text))).map((s) => ({
    text: text.slice(s.start, s.end),
    kind: s.kind,
    name: s.name,
  }))

describe('findSources', () => {
  it.each([
    ['He did not name them, BBC News reported.', 'BBC News', 'media'],
    ['Yang Jin told the Global Times.', 'the Global Times', 'media'],
    ['The attackers were trained abroad, local media reported.', 'local media', 'media'],
    [
      'The situation is stable, according to the Chinese Foreign Ministry.',
      'the Chinese Foreign Ministry',
      'government',
    ],
    ['They will leave, according to Kazakhstan authority.', 'Kazakhstan authority', 'government'],
    ['The ministry said in a statement on Monday that it was calm.', 'a statement', 'document'],
    ['The mayor told Reuters on Sunday.', 'Reuters', 'media'],
    ['Prices fell, according to a statement.', 'a statement', 'document'],
    ['The report said 12 people died.', 'The report', 'document'],
    ['A study published in Nature found a link.', 'A study published in Nature', 'document'],
    [
      'Internal emails seen by the Guardian show that officials raised concerns.',
      'Internal emails seen by the Guardian',
      'document',
    ],
    ['Growth slowed, data from the World Bank show.', 'the World Bank', 'organization'],
    ['Ten people died, state news agency Xinhua reported.', 'state news agency Xinhua', 'media'],
    ['He paid the bribe, according to court documents.', 'court documents', 'document'],
    ['The Associated Press reported that he resigned.', 'The Associated Press', 'media'],
    ['The company said on its website that it would close.', 'its website', 'document'],
    ['He said in an interview with CNN that he would run.', 'CNN', 'media'],
    [
      'A deal is close, a source familiar with the matter said.',
      'a source familiar with the matter',
      'other',
    ],
    ['The risk is low, according to experts.', 'experts', 'expert'],
    ['The risk is low, according to analysts.', 'analysts', 'expert'],
    ['The minister resigned, Politico reported.', 'Politico', 'media'],
    ['The deal collapsed, the newspaper reported.', 'the newspaper', 'media'],
    [
      'Cases rose, according to the World Health Organization.',
      'the World Health Organization',
      'organization',
    ],
    ['He said on Twitter that he was leaving.', 'Twitter', 'media'],
    [
      'The talks stalled, according to officials familiar with the talks.',
      'officials familiar with the talks',
      'other',
    ],
    [
      'Two died, according to figures released by the Interior Ministry.',
      'the Interior Ministry',
      'government',
    ],
    ['Prices rose, according to a statement from the ministry.', 'the ministry', 'government'],
    ['He spoke, according to the country’s health ministry.', 'the country’s health ministry', 'government'],
    ['Cases rose, according to Johns Hopkins University.', 'Johns Hopkins University', 'organization'],
    ['Two were held, the Kremlin said, according to the RIA news agency.', 'the RIA news agency', 'media'],
    ['He told state broadcaster Khabar 24.', 'state broadcaster Khabar 24', 'media'],
  ])('finds the source in %j', (text, expected, kind) => {
    expect(run(text)).toEqual([{ text: expected, kind, name: expected }])
  })

  it('finds both the outlet and the source it cites', () => {
    expect(run('Two people died, Interfax reported, citing police.').map((s) => [s.text, s.kind])).toEqual([
      ['Interfax', 'media'],
      ['police', 'government'],
    ])
  })

  it.each([
    ['The risk is low, according to Yang.'],
    ['The risk is low, according to him.'],
    ['He told reporters that he would stay.'],
    ['He told parliament that he would stay.'],
    ['Deaths were reported in the north.'],
    ['The Interior Ministry said the situation was calm.'],
    ['Observers said the role had grown.'],
    ['They use popular demands to inflame emotions, said experts.'],
  ])('finds no source in %j', (text) => {
    expect(run(text)).toEqual([])
  })

  it('finds the sources of the seed article', () => {
    const source = seedSource
    const doc = buildDocument(parseArticle(source))
    const found = findSources(contextOfDocument(doc)).map((s) => [s.name, s.kind])
    expect(found).toEqual([
      ['BBC News', 'media'],
      ['the Global Times', 'media'],
      ['preliminary data', 'document'],
      ['local media', 'media'],
      ['a statement', 'document'],
      ['local media', 'media'],
      ['Kazakhstan authority', 'government'],
      ['the Chinese Foreign Ministry', 'government'],
    ])
  })

  it.each([
    ['empty text', ''],
    [
      'a 1 MB paragraph without a full stop',
      'officials said according to the ministry and local media reported '.repeat(15_000),
    ],
    ['a 100,000-character word', 'according to ' + 'X'.repeat(100_000) + ' reported'],
    ['10,000 quote marks', '"'.repeat(10_000) + ' BBC News reported'],
  ])('survives %s with offsets inside the text', (_name, text) => {
    for (const s of findSources(contextOfDocument(docOf(text)))) {
      expect(s.start).toBeGreaterThanOrEqual(0)
      expect(s.end).toBeLessThanOrEqual(text.length)
      expect(s.start).toBeLessThan(s.end)
    }
  })
})

describe('findSources: emails, platforms and presentations', () => {
  it.each([
    ["The governor's office said in an email that officials met.", 'an email', 'document'],
    ['Morimoto wrote on X last month that sales doubled.', 'X', 'media'],
    [
      'The plant was shelved, according to a 2015 company presentation.',
      'a 2015 company presentation',
      'document',
    ],
  ])('%s', (text, name, kind) => {
    expect(run(text).map((s) => [s.name, s.kind])).toContainEqual([name, kind])
  })
})
