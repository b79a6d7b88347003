import { anyInitial } from './source-phrases.ts'

/**
 * Anonymous sources, one global scan per pattern (the source pass runs them before its other rules, so "officials
 * familiar with the talks" is one source, not "officials" alone). Each match is the whole source.
 */

/** Who may stand before an anonymous source: "a", "two", "several", "one". */
const COUNT = String.raw`(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Mm]ultiple|[Ss]ome|[Oo]ther|[Aa]nother)`
const MODIFIERS = String.raw`(?:(?:senior|junior|unnamed|anonymous|Western|European|US|U\.S\.|government|military|security|diplomatic|industry|police|intelligence|administration|campaign|company|party)\s+){0,2}`
/** Heads that pass on information unnamed, each with an optional capital: "Officials who asked …". */
const HEADS = `(?:${anyInitial(
  [
    'sources?',
    'persons?',
    'people',
    'officials?',
    'insiders?',
    'diplomats?',
    'aides?',
    'advis[eo]rs?',
    'lawmakers?',
    'executives?',
    'employees?',
    'staffers?',
    'officers?',
    'negotiators?',
  ].join('|'),
)})`
/** "familiar with the matter", "with direct knowledge of the plans", up to the verb or the punctuation after it. */
const KNOWS = String.raw`(?:familiar with|close to|with (?:direct |first-hand |firsthand )?knowledge of|briefed on|involved in|aware of|privy to)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?=\s+(?:said|says|told|added|confirmed|say)\b|[,.;])`
/** ", who spoke on condition of anonymity", "who asked not to be named". */
const UNNAMED = String.raw`,?\s+who\s+(?:(?:spoke|speaks|was speaking|were speaking) on (?:the )?condition of anonymity|(?:declined|asked|requested|wished) (?:not )?to be (?:named|identified)|(?:requested|asked for|was granted|were granted) anonymity|did not want to be (?:named|identified))`
/** A word inside an unnamed source's phrase: never a function word, so the match starts at its own determiner. */
const INNER = String.raw`(?:(?!(?:the|a|an|and|or|in|on|at|of|to|for|with|by|from|said|told|says|that|as)\s)[\p{L}'’.-]+\s+)`
const SPEECH = String.raw`(?=\s+(?:said|say|says|told|tell|added|confirmed|cautioned|warned|suggested|indicated)\b)`

/** In this order: of two overlapping matches the earlier pattern wins ("A Pratt campaign aide, who …" whole). */
export const ANONYMOUS_PATTERNS: readonly RegExp[] = [
  // "One MP, who asked not to be named", "A Pratt campaign aide, who spoke on the condition of anonymity".
  new RegExp(String.raw`\b${COUNT}\s+${INNER}{0,3}?[\p{L}'’-]+${UNNAMED}`, 'gu'),
  // "a source familiar with the matter", "officials who spoke on condition of anonymity".
  // Not after "the": "The source, who asked not to be named" is one already cited.
  new RegExp(String.raw`(?<![Tt]he\s)\b(?:${COUNT}\s+)?${MODIFIERS}${HEADS}(?:\s+${KNOWS}|${UNNAMED})`, 'gu'),
  // "Sources said", "a military source told AFP", "two senior sources say".
  new RegExp(String.raw`\b(?:${COUNT}\s+${INNER}{0,2}?sources?|[Ss]ources)${SPEECH}`, 'gu'),
]
