// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { classifyPhrase } from './noun-phrase.ts'
import { tokenize } from '../text/tokens.ts'

const classify = (phrase: string) => {
  const np = classifyPhrase(tokenize(phrase, 0, phrase.length, []), phrase)
  return np && [np.kind, np.name, np.role]
}

describe('classifyPhrase', () => {
  it.each([
    [
      'Deputy Prime Minister and Foreign Minister Ana Ruiz',
      ['person', 'Ana Ruiz', 'Deputy Prime Minister and Foreign Minister'],
    ],
    ['Secretary of State Ben Okoro', ['person', 'Ben Okoro', 'Secretary of State']],
    ['Sen. Jane Dorrit', ['person', 'Jane Dorrit', 'Sen.']],
    ['Mr. Hartley', ['person', 'Hartley', 'Mr.']],
    ['John King', ['person', 'John King', null]],
    ['Tomas Brill', ['person', 'Tomas Brill', null]],
    ['he', ['pronoun', 'he', null]],
    ['the Interior Ministry of Freedonia', ['organization', 'Interior Ministry of Freedonia', null]],
    ['The National Water Council', ['organization', 'National Water Council', null]],
    ['police', ['organization', 'police', null]],
    ['the ministry', ['org-ref', 'ministry', null]],
    ['the company', ['org-ref', 'company', null]],
    ['Acme Corp.', ['organization', 'Acme Corp.', null]],
    ['NATO', ['organization', 'NATO', null]],
    ['the Daily Ledger', ['organization', 'Daily Ledger', null]],
    ['local media', ['group', 'local media', null]],
    ['some analysts', ['group', 'analysts', null]],
    ['Western diplomats', ['group', 'Western diplomats', null]],
    ['the Chinese Foreign Minister', ['title-ref', 'Chinese Foreign Minister', 'Chinese Foreign Minister']],
    ['a spokesman for the agency', ['unnamed', 'spokesman for the agency', 'spokesman for the agency']],
    ["Hartley's spokesman", ['unnamed', "Hartley's spokesman", "Hartley's spokesman"]],
    ['the weather', null],
    ['Norwegian', null],
  ])('reads "%s"', (phrase, expected) => {
    expect(classify(phrase)).toEqual(expected)
  })
})

describe('classifyPhrase: organizations, anonymous sources and pairs of people', () => {
  it.each([
    ['Sorami Energy', ['organization', 'Sorami Energy', null]],
    ['Prairie Lane Properties', ['organization', 'Prairie Lane Properties', null]],
    ['Amnesty International', ['organization', 'Amnesty International', null]],
    ['The Red Cross', ['organization', 'Red Cross', null]],
    ['United Auto Workers Local 1187', ['organization', 'United Auto Workers Local 1187', null]],
    ['the auto parts maker', ['org-ref', 'auto parts maker', null]],
    ['the company', ['org-ref', 'company', null]],
    ['Officials in Rzeszow', ['group', 'Officials in Rzeszow', null]],
    ['Tenants', ['group', 'Tenants', null]],
    ['the chiefs', ['group', 'chiefs', null]],
    [
      "A person familiar with the company's plans",
      ['unnamed', "person familiar with the company's plans", "person familiar with the company's plans"],
    ],
    [
      'two people with direct knowledge of the matter',
      ['group', 'people with direct knowledge of the matter', null],
    ],
    ['the second person', ['group', 'person', null]],
    ['Whitaker and Police Chief Omar Haddad', ['group', 'Whitaker and Omar Haddad', null]],
    ['Prof Hannah Lutz', ['person', 'Hannah Lutz', 'Prof']],
  ])('%s', (phrase, expected) => {
    expect(classify(phrase)).toEqual(expected)
  })

  it('keeps one person with two titles joined by "and"', () => {
    expect(classify('State Councilor and Foreign Minister Wang Yi')).toEqual([
      'person',
      'Wang Yi',
      'State Councilor and Foreign Minister',
    ])
  })
})
