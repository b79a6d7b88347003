import { describe, expect, it } from 'vitest'
import { parseIndex } from './article-queries.ts'
import { InvalidDataError } from './fetch-json.ts'

const entry = {
  id: 'global-times-2022-01-11-kazakhstan',
  headline: 'Kazakhstan will emerge more resilient',
  deck: null,
  published: '2022-01-11T01:15:00+08:00',
  outlet: 'Global Times',
}

describe('parseIndex', () => {
  it('accepts a list whose ids all match the article id pattern', () => {
    expect(parseIndex({ articles: [entry] }).articles[0]?.id).toBe(entry.id)
  })

  it.each(['../../../etc/passwd', '//evil.example/login', 'javascript:alert(1)', 'Upper-Case', '', 'a/b'])(
    'rejects the id %j with a message naming the field and the rule',
    (id) => {
      const read = () => parseIndex({ articles: [entry, { ...entry, id }] })
      expect(read).toThrow(InvalidDataError)
      expect(read).toThrow(
        'The list of articles is damaged (articles.1.id: an article id is lowercase letters, digits and dashes (at most 120)).',
      )
    },
  )
})
