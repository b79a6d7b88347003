// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { documentOf } from './document.ts'
import { findTranscripts } from './transcript.ts'

/** Each transcript as its turns: [paragraph, role, first words of the turn]. */
function turnsOf(...paragraphs: string[]) {
  const doc = documentOf(paragraphs, '2024-03-05T10:00:00Z')
  return findTranscripts(doc).map((t) =>
    [...t.turns].map(([p, turn]) => [p, turn.role, doc.text.slice(turn.start, turn.start + 6).trim()]),
  )
}

describe('findTranscripts', () => {
  it('reads Q: and A: turns, and a paragraph that continues an answer', () => {
    expect(turnsOf('Intro.', 'Q: Why?', 'A: Because.', 'And more.', 'Q: When?', 'A: Soon.')).toEqual([
      [
        [1, 'question', 'Why?'],
        [2, 'answer', 'Becaus'],
        [3, 'answer', 'And mo'],
        [4, 'question', 'When?'],
        [5, 'answer', 'Soon.'],
      ],
    ])
  })

  it('tells the interviewer by the question marks when names are the labels', () => {
    const [turns] = turnsOf('POST: Why?', 'SOLANO: Because.', 'POST: When?', 'SOLANO: Soon.')
    expect(turns?.map(([, role]) => role)).toEqual(['question', 'answer', 'question', 'answer'])
  })

  it('ends at the last label: what follows is the article again', () => {
    const [turns] = turnsOf('Q: Why?', 'A: Because.', 'Q: When?', 'A: Soon.', 'The port reopened on Monday.')
    expect(turns?.map(([p]) => p)).toEqual([0, 1, 2, 3])
  })

  it.each([
    ['one question and one answer', ['Q: Why?', 'A: Because.']],
    ['labels used once each', ['SMITH: Hello.', 'JONES: Hi?', 'BROWN: Yes.']],
    ['names that never ask', ['SMITH: We won.', 'JONES: We lost.', 'SMITH: Again.', 'JONES: Again.']],
    ['turns too far apart', ['Q: Why?', 'x.', 'x.', 'x.', 'x.', 'A: Because.', 'Q: When?', 'A: Soon.']],
  ])('finds no transcript in %s', (_case, paragraphs) => {
    expect(turnsOf(...paragraphs)).toEqual([])
  })
})
