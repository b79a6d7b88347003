/**
 * The names of the rules that make findings: every annotation's `rule` is one of these (CONTEXT.md lists them
 * with what each means). A typed union, so a pass cannot invent a name the docs and golden reviews do not know.
 */

/** Speaker mentions. */
export const MENTION_RULES = [
  'full-name',
  'short-name',
  'name',
  'title-reference',
  'pronoun',
  'definite-description',
  'group-subject',
] as const

/** Claims, by the layout of their attribution. */
export const CLAIM_RULES = [
  'name-said-that',
  'name-said-clause',
  'name-said-quote',
  'name-accused-of',
  'quote-then-name-said',
  'quote-then-said-name',
  'claim-then-name-said',
  'claim-then-said-name',
  'said-interrupting-before',
  'said-interrupting-after',
  'participle-saying',
  'participle-calling',
  'according-to-then-claim',
  'claim-according-to',
  'quote-after-cue',
  'quote-continues-speaker',
  'sentence-between-claims',
  'sentence-before-tail-claim',
  'list-item-after-colon',
  'answer-in-interview',
  'pronoun-continues-speaker',
] as const

export const NUMBER_RULES = [
  'number/digits',
  'number/words',
  'number/fraction',
  'number/vague',
  'number/ratio',
] as const

export const SOURCE_RULES = [
  'source/anonymous',
  'source/according-to',
  'source/citing',
  'source/told',
  'source/interview',
  'source/data-from',
  'source/reported',
  'source/quoted',
  'source/inverted',
  'source/in-document',
  'source/website',
  'source/platform',
  'source/published-in',
  'source/seen-by',
  'source/document-says',
  'source/journal',
  'source/named-data',
  'source/polled',
  'source/contacted',
  'source/broadcast',
  'source/scholarly',
  'source/official-figures',
  'source/firm',
  'source/experts-at',
  'source/named-document',
] as const

export const TIME_RULES = [
  'time/chrono',
  'time/year',
  'time/year-range',
  'time/decade',
  'time/decades-ago',
  'time/quarter',
  'time/part-of-year',
  'time/month-range',
  'time/window',
  'time/period-to',
  'time/month-of-year',
  'time/relative',
] as const

export type MentionRule = (typeof MENTION_RULES)[number]
export type ClaimRule = (typeof CLAIM_RULES)[number]
export type NumberRule = (typeof NUMBER_RULES)[number]
export type SourceRule = (typeof SOURCE_RULES)[number]
export type TimeRule = (typeof TIME_RULES)[number]
export type RuleName = MentionRule | ClaimRule | NumberRule | SourceRule | TimeRule
