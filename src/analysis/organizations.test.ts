// @vitest-environment node
/**
 * Issue 9, kind 3: organizations and groups as speakers and sources, affiliations as roles, scholarly sources.
 * One row per pattern, in sentences written for this test; each runs the whole pipeline.
 */
import { describe, expect, it } from 'vitest'
import type { AnnotatedArticle } from '../model/annotated-article.ts'
import { annotateStrictly } from './annotate-strictly.ts'

const annotate = (...paragraphs: string[]): AnnotatedArticle => annotateStrictly(paragraphs)

const speakersOf = (doc: AnnotatedArticle) => doc.speakers.map((s) => [s.name, s.kind, s.role])
const sourcesOf = (doc: AnnotatedArticle) =>
  doc.annotations.filter((a) => a.layer === 'source').map((a) => doc.text.slice(a.start, a.end))

describe('organizations and groups as speakers', () => {
  it.each([
    ['Fitch Ratings said the downgrade reflected rising debt.', 'Fitch Ratings', 'organization'],
    ["Moody's Analytics said the cost would reach $2 billion.", "Moody's Analytics", 'organization'],
    ['The think tank Bruegel said the plan was too costly.', 'Bruegel', 'organization'],
    ['The ratings agency Scope said the outlook was negative.', 'Scope', 'organization'],
    [
      'The Office for National Statistics said unemployment rose.',
      'Office for National Statistics',
      'organization',
    ],
    [
      "The central bank's policy committee said in a statement that rates would hold.",
      "central bank's policy committee",
      'organization',
    ],
    ['Opposition lawmakers said the bill was rushed.', 'Opposition lawmakers', 'group'],
    ['Residents said the water had been brown for weeks.', 'residents', 'group'],
    [
      'Analysts at Ridgefield Partners said the merger would face scrutiny.',
      'analysts at Ridgefield Partners',
      'group',
    ],
  ])('%s', (sentence, name, kind) => {
    expect(speakersOf(annotate(sentence)).map(([n, k]) => [n, k])).toEqual([[name, kind]])
  })
})

describe("a person's affiliation is their role, not the speaker", () => {
  it.each([
    [
      '"This is unprecedented," said Julia Reyes, a historian at the University of Texas.',
      'Julia Reyes',
      'historian at the University of Texas',
    ],
    [
      'Mark Chen, a researcher at the Brookings Institution, said the policy had failed.',
      'Mark Chen',
      'researcher at the Brookings Institution',
    ],
    [
      '"Growth will slow," said Ben May, an economist at Oxford Economics.',
      'Ben May',
      'economist at Oxford Economics',
    ],
    [
      'Theresa May, the former prime minister, said the vote was lost.',
      'Theresa May',
      'former prime minister',
    ],
  ])('%s', (sentence, name, role) => {
    expect(speakersOf(annotate(sentence))).toEqual([[name, 'person', role]])
  })
})

describe('documents, data and scholarly work as sources', () => {
  it.each([
    [
      'Retail sales rose in July, Commerce Department figures showed on Tuesday.',
      'Commerce Department figures',
    ],
    ['Treasury data released on Monday showed a wider deficit.', 'Treasury data'],
    ['Prices fell, Eurostat figures showed. Wages rose.', 'Eurostat figures'],
    [
      'The findings, published in the journal Nature, suggest the drug slows decline.',
      ['The findings', 'the journal Nature'],
    ],
    ['Research published in The Lancet last year found a link.', 'The Lancet'],
    ['Other studies have found no such effect.', 'Other studies'],
    ['Earlier research has linked the gene to obesity.', 'Earlier research'],
    ['The report said the river was polluted.', 'The report'],
  ])('%s', (sentence, source) => {
    expect(sourcesOf(annotate(sentence))).toEqual(typeof source === 'string' ? [source] : source)
  })

  it('keeps a document out of the speakers', () => {
    expect(annotate('Research published in The Lancet last year found a link.').speakers).toEqual([])
    expect(annotate('The report said the river was polluted.').speakers).toEqual([])
  })

  it("does not read the end of a sentence into the next one's source", () => {
    expect(sourcesOf(annotate('Prices rose. Eurostat figures showed a fall.'))).toEqual(['Eurostat figures'])
  })
})
