// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { speechVerb, speechVerbLemmaCount } from './speech-verbs.ts'

describe('speechVerb', () => {
  it('knows well over a hundred reporting verbs', () => {
    expect(speechVerbLemmaCount()).toBeGreaterThan(130)
  })

  it.each([
    ['said', 'say', 'say', 'past'],
    ['says', 'say', 'say', 's'],
    ['saying', 'say', 'say', 'ing'],
    ['told', 'tell', 'tell', 'past'],
    ['stressed', 'stress', 'say', 'past'],
    ['stresses', 'stress', 'say', 's'],
    ['denied', 'deny', 'deny', 'past'],
    ['refuted', 'refute', 'deny', 'past'],
    ['replied', 'reply', 'say', 'past'],
    ['admitted', 'admit', 'say', 'past'],
    ['wrote', 'write', 'say', 'past'],
    ['tweeted', 'tweet', 'say', 'past'],
    ['calling', 'call', 'call', 'ing'],
    ['reported', 'report', 'report', 'past'],
    ['argues', 'argue', 'say', 's'],
    ['noting', 'note', 'say', 'ing'],
  ])('reads "%s" as %s (%s, %s)', (word, lemma, verbClass, form) => {
    expect(speechVerb(word)).toEqual({ lemma, verbClass, form })
  })

  it.each(['table', 'river', 'sayd', 'the'])('does not know "%s"', (word) => {
    expect(speechVerb(word)).toBeUndefined()
  })
})
