/**
 * Issue 9, kind 3: the sources newsrooms use, one row per form, in sentences written for this test — and the
 * near-misses that look like them. Each row runs the source pass alone on one paragraph.
 */
import { describe, expect, it } from 'vitest'
import { contextOfDocument } from '../text/context.ts'
import { findSources } from './sources.ts'

const run = (text: string) =>
  findSources(
    contextOfDocument({
      text,
      paragraphs: [{ start: 0, end: text.length, kind: 'body' }],
      published: '2025-06-11T09:00:00+01:00',
    }),
  ).map((s) => [text.slice(s.start, s.end), s.kind])

describe('sources newsrooms use', () => {
  it.each([
    // Anonymous sources.
    ['Sources said the deal was close.', [['Sources', 'other']]],
    [
      'A military source told AFP that the trucks had moved.',
      [
        ['A military source', 'other'],
        ['AFP', 'media'],
      ],
    ],
    [
      'One MP, who asked not to be named, said the speech was strong.',
      [['One MP, who asked not to be named', 'other']],
    ],
    [
      'A Harlow campaign aide, who spoke on the condition of anonymity, said the race was lost.',
      [['A Harlow campaign aide, who spoke on the condition of anonymity', 'other']],
    ],
    [
      'Officials who asked not to be named said the plan was dead.',
      [['Officials who asked not to be named', 'other']],
    ],
    // Outlets that polled, contacted or interviewed people, and broadcasts.
    ['Economists polled by Reuters expect a cut of 0.25%.', [['Reuters', 'media']]],
    ['Villagers contacted by the BBC said the well was dry.', [['the BBC', 'media']]],
    [
      'In a statement read on state television, the army said it would withdraw.',
      [
        ['a statement', 'document'],
        ['state television', 'media'],
      ],
    ],
    ['She spoke to Politico Europe at her office in Madrid.', [['Politico Europe', 'media']]],
    ['In an interview with the Sunday Courier, she said it.', [['the Sunday Courier', 'media']]],
    ['He wrote in a post on X that he would stay.', [['X', 'media']]],
    // Documents and data, with or without the body that published them.
    ['According to the plea agreement, he moved the money.', [['the plea agreement', 'document']]],
    ['The budget papers show spending rising.', [['The budget papers', 'document']]],
    ['Polls show the race is tight.', [['Polls', 'document']]],
    ['The indictment alleges that he paid bribes.', [['The indictment', 'document']]],
    ['The complaint, filed in federal court on Monday, alleges fraud.', [['The complaint', 'document']]],
    [
      'The council’s impact assessment, published alongside the plans, found that older residents would suffer.',
      [['The council’s impact assessment', 'document']],
    ],
    ['The report put the cost of repairs at $420,000.', [['The report', 'document']]],
    ['Downloads rose 18%, according to data from Sensor Tower.', [['Sensor Tower', 'organization']]],
    ['Support is at 40%, according to a poll by Hartley & Moss.', [['a poll by Hartley & Moss', 'document']]],
    [
      'Fraud costs $60 billion a year, according to a 2024 estimate by the National Coalition Against Fraud.',
      [['the National Coalition Against Fraud', 'organization']],
    ],
    [
      'Turnout was 52%, according to unofficial results from the county elections office.',
      [['the county elections office', 'government']],
    ],
    // Scholarly work and journals.
    [
      'A study published Wednesday in The Lancet found a link.',
      [['A study published Wednesday in The Lancet', 'document']],
    ],
    [
      'The results appear in the journal Ecology & Evolution.',
      [['the journal Ecology & Evolution', 'media']],
    ],
    ['Other studies, including one from Japan, have suggested the same.', [['Other studies', 'document']]],
    [
      'A 2019 report by the European Pollinator Monitoring Scheme found that 30 per cent were in decline.',
      [['A 2019 report by the European Pollinator Monitoring Scheme', 'document']],
    ],
    ['Earnings beat estimates, according to FactSet.', [['FactSet', 'organization']]],
    ['At least 12 people died, according to a Reuters tally.', [['a Reuters tally', 'media']]],
    ['Prosecutors said in court papers that he had hidden the money.', [['court papers', 'document']]],
    ['Satellite imagery shows the reservoir has shrunk.', [['Satellite imagery', 'document']]],
    ['Text messages show that he knew.', [['Text messages', 'document']]],
    ['According to the archives, the ship sank in 1912.', [['the archives', 'document']]],
    [
      'As the Treasury pointed out in its own review, the wall pays for itself.',
      [['its own review', 'document']],
    ],
    [
      'The plan was costed by the Harlow Institute. Its report estimates that fares would cost $38 million.',
      [
        ['the Harlow Institute', 'organization'],
        ['Its report', 'document'],
      ],
    ],
    ['In an interview with the Ledger on Tuesday, Okafor said she would run.', [['the Ledger', 'media']]],
    ['He told the Ledger that he would stay.', [['the Ledger', 'media']]],
    // Bodies whose trade is figures.
    ['Fitch Ratings said on Thursday it had downgraded the retailer.', [['Fitch Ratings', 'organization']]],
    [
      'Retail sales rose 0.6% last month, the Labor Department said.',
      [['the Labor Department', 'government']],
    ],
    [
      'Statistics Canada said the economy grew at an annualized rate of 2.6%.',
      [['Statistics Canada', 'government']],
    ],
    [
      'According to Statistics Canada, households owe C$1.76 per dollar.',
      [['Statistics Canada', 'government']],
    ],
    [
      'Attendance was 42,118, according to the Australian Professional Leagues.',
      [['the Australian Professional Leagues', 'organization']],
    ],
    ['Analysts at Barrow-Kline Analytics said visits fell.', [['Barrow-Kline Analytics', 'organization']]],
    ['Pollsters at Abacus-Reid found that 71% of voters agreed.', [['Abacus-Reid', 'organization']]],
    // A public agency named by its field and its country; an outlet described, then named; a paper's short name.
    [
      'According to Environment Canada, 212 millimetres of rain has fallen since Sunday.',
      [['Environment Canada', 'government']],
    ],
    [
      'Fernandes-Lobo, speaking to the broadcaster CricWave after the match, said his side had stuck to the plan.',
      [['the broadcaster CricWave', 'media']],
    ],
    ['Delegates who spoke to the Post said the mood was good.', [['the Post', 'media']]],
    // A document named by the body that made it: the body is the source.
    [
      'Analysts expected $14.8 billion in a Lindqvist Data survey of 24 analysts.',
      [['Lindqvist Data', 'organization']],
    ],
    ['A Reuters poll found that most economists expect a cut.', [['Reuters', 'media']]],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual(expected)
  })
})

describe('near-misses: no source', () => {
  it.each([
    ['Everything went according to plan.'],
    ['She brought home the report card.'],
    ['Data is everywhere, he said.'],
    ['The Interior Ministry said the situation was calm.'],
    // A public body's words without a figure, or a person speaking for it, are a speaker's.
    ['The government said it would cut taxes by 5%.'],
    ['A Home Office spokesperson said arrivals had fallen by 30%.'],
    ['Police said 40% of the cars were stolen.'],
    // A company reporting its own results is a speaker, not an outlet.
    ['FreshLink reported revenue of S$62 million in the year to March.'],
    ['The company reported a net loss of $4 million.'],
    // Research as a common noun, reports of an event, an analyst's job.
    ['Research is hard, she said.'],
    ['Several reports of gunfire reached the police.'],
    ['He is an analyst at Jefferies.'],
    // A body's verb, not its document; a month or a nationality before a document noun.
    ['The World Health Organization estimates that falls kill 684,000 people a year.'],
    ['The January survey was larger.'],
    ['A Chinese study was cited.'],
    ['The Mueller report was long.'],
    ['He was interviewed by police on Monday.'],
    ['The minister said on Monday that he would resign.'],
    ['The mayor spoke to reporters outside City Hall.'],
    ['A source of income, she said, was gone.'],
    ['In the study, researchers followed 1,000 people.'],
    // A person after "told" or "interview with", by name or by title, is not an outlet.
    ['In an interview with Okafor, the paper asked about fares.'],
    ['She told the Prime Minister that she would resign.'],
    ['Wang told the Kazakh foreign minister that China welcomed the visit.'],
  ])('%s', (text) => {
    expect(run(text)).toEqual([])
  })

  it('keeps a source already cited out: "The source, who asked not to be named"', () => {
    expect(run('The source, who asked not to be named, said the trucks had moved.')).toEqual([])
  })

  it('gives the note, not the firm, when analysts speak in a document', () => {
    expect(run('Analysts at Jefferies said in a note to clients that demand was weak.')).toEqual([
      ['a note', 'document'],
    ])
  })

  it('gives the statement, not the ministry, when a body with a figure speaks in one', () => {
    expect(
      run('The Ministry of Housing said in a statement that councils would receive a 3.2% increase.'),
    ).toEqual([['a statement', 'document']])
  })
})
