// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { contextOfDocument } from '../text/context.ts'
import { documentOf } from '../text/document.ts'
import { findAttribution } from './attribution.ts'
import type { AnalysisDocument } from '../text/types.ts'

function docOf(paragraphs: string[]): AnalysisDocument {
  return documentOf(paragraphs, '2024-03-05T10:00:00Z')
}

/** Claims as [speaker name, text, rule, direct]. */
function claimsOf(...paragraphs: string[]) {
  const doc = docOf(paragraphs)
  const result = findAttribution(contextOfDocument(doc))
  const nameOf = (id: string | null) => result.speakers.find((s) => s.id === id)?.name ?? null
  return result.claims.map((c) => [nameOf(c.speakerId), doc.text.slice(c.start, c.end), c.rule, c.direct])
}

describe('claims a cue-less sentence gets from its paragraph', () => {
  it.each([
    [
      'a quoted fragment between two claims of one speaker',
      'Lena Oberst, an economist at Halden University, told the Daily Ledger that the budget was a gamble. ' +
        'Local banks have lent to the council for years, which is "a house of cards." ' +
        'They also fund its pension scheme, said Oberst.',
      ['Lena Oberst', 'Local banks have lent to the council for years, which is "a house of cards."'],
    ],
    [
      'the sentence before a tail attribution that opens with a pronoun',
      'Some rivers in Norland have flooded every spring for decades. ' +
        'They carry silt that chokes the harbours, said engineers.',
      ['engineers', 'Some rivers in Norland have flooded every spring for decades'],
    ],
    [
      'two sentences before a tail attribution that opens with "This"',
      'Usually a mayor resigns after such a vote. But Halloran is staying. ' +
        'This shows the council still backs him, Piet Vance said.',
      ['Piet Vance', 'But Halloran is staying'],
    ],
  ])('%s', (_name, paragraph, [speaker, text]) => {
    const found = claimsOf(paragraph).filter(
      (c) => c[2] !== undefined && String(c[2]).startsWith('sentence-'),
    )
    expect(found.map((c) => [c[0], c[1]])).toContainEqual([speaker, text])
    expect(found.every((c) => c[3] === false)).toBe(true)
  })

  it.each([
    [
      'a quoted fragment after the only claim (not between two)',
      ['Lena Oberst said the budget was a gamble. The plan is a "fantasy" to some.'],
    ],
    [
      'a quoted fragment between claims of two speakers',
      ['Lena Oberst said the budget was a gamble. Banks are "nervous." Mayor Tomas Brill said it was sound.'],
    ],
    [
      'a tail attribution whose claim does not open with a pronoun',
      ['The fire broke out at 3 a.m. Nobody was hurt, the fire chief said.'],
    ],
    [
      'a sentence with a quote before a tail attribution',
      ['The storm was "unprecedented" in scale. It flooded 300 homes, officials said.'],
    ],
    [
      'a paragraph with a second attribution',
      ['Rivers flooded, the agency said. Farms were lost. They will be rebuilt, officials said.'],
    ],
    [
      'too many sentences before a tail attribution',
      ['Rivers rose. Roads closed. Schools shut. It was the worst week in years, officials said.'],
    ],
    [
      'narration right after a reported claim',
      ['City Attorney Nora Feld said the city would sue the owner. A hearing is scheduled for May 3.'],
    ],
    ['sentences of another paragraph', ['Rivers rose all week.', 'They flooded 300 homes, officials said.']],
  ])('adds nothing for %s', (_name, paragraphs) => {
    expect(claimsOf(...paragraphs).filter((c) => String(c[2]).startsWith('sentence-'))).toEqual([])
  })
})
