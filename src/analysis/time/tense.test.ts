import { describe, it, expect } from 'vitest'
import { clauseTense } from './tense.ts'

const tenseOf = (sentence: string, words: string) => {
  const at = sentence.indexOf(words)
  return clauseTense(sentence, at, at + words.length)
}

describe('clauseTense', () => {
  it.each([
    ['Sales fell in May.', 'in May', 'past'],
    ['The plant opened in March and closed in June.', 'in June', 'past'],
    ['Output had slowed in April.', 'in April', 'past'],
    ['The vote was held on Monday.', 'on Monday', 'past'],
    ['In November, the company’s profit rose 5%.', 'In November', 'past'],
    ['The board will meet in November.', 'in November', 'future'],
    ['The mayor said the city would honor him on Monday.', 'on Monday', 'future'],
    ['By March, the factory will close.', 'By March', 'future'],
    ['“I’ll be booking a room for the last two weeks.”', 'for the last two weeks', 'future'],
    ['The Games open in February.', 'in February', 'future'],
    ['Elections are in November.', 'in November', 'unknown'],
    ['The Met Office has issued a warning for the area from Saturday.', 'from Saturday', 'unknown'],
    ['The hearing is expected to last until Friday.', 'until Friday', 'future'],
    ['The road has been closed since May.', 'since May', 'unknown'],
    ['The two men are due in court on Monday.', 'on Monday', 'future'],
    ['She plans to publish a fully costed manifesto in January.', 'in January', 'future'],
    ['He said more rain was expected on Thursday night.', 'on Thursday night', 'future'],
    ['The ruling was expected on Thursday but was delayed.', 'on Thursday', 'past'],
    [
      'He said Drastan was using water as a weapon ahead of its elections in September.',
      'in September',
      'unknown',
    ],
    ['The newly elected council met in March.', 'in March', 'past'],
    ['The talks, which were delayed, ended in May.', 'in May', 'past'],
  ])('%j: %j is %s', (sentence, words, tense) => {
    expect(tenseOf(sentence, words)).toBe(tense)
  })
})
