import { describe, it, expect } from 'vitest'
import { buildReaderModel } from './reader-model.ts'
import { printNotes } from './print-notes.ts'
import { smallArticle } from './fixtures/small-article.ts'

describe('printNotes', () => {
  const model = buildReaderModel(smallArticle)

  it('gives every claim and source one note, in the order their marks open in the text', () => {
    const notes = printNotes(model)
    const expected = smallArticle.annotations
      .filter((a) => a.layer === 'claim' || a.layer === 'source')
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((a) => a.id)
    expect(notes.map((n) => n.id)).toEqual(expected)
  })

  it('names the speaker, their role, the cue and the kind of quote of a claim, and the kind of a source', () => {
    const notes = new Map(printNotes(model).map((n) => [n.id, n.text]))
    expect(notes.get('cl-bridges')).toBe('Claim by Ana Ruiz, Mayor; cue “said”; reported speech.')
    expect(notes.get('so-post')).toMatch(/^Source: .+, news media\.$/)
  })
})
