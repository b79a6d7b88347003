/**
 * Nouns for documents and bodies of data that speak for someone, one list per concept: what a person or body
 * says something *in* ("said in a statement", "wrote in a blog post"), and every document or body of data a
 * story cites ("according to a statement from the ministry", "the report said", "Treasury data"). Lower-cased,
 * singular and plural.
 */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(
  `statement statements report reports release releases communique communiqué letter letters post posts tweet
  tweets readout notice announcement filing filings memo memos video note notes decree email e-mail emails
  presentation paper papers essay op-ed review`
    .split(/\s+/)
    .filter(Boolean),
)

/** Every document noun: the statement nouns, then studies, data and legal papers. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  ...STATEMENT_NOUNS,
  ...`study studies survey surveys poll polls data figures statistics stats document documents record records
  transcript census estimate estimates analysis paper research assessment audit article blog footage images
  website presentations slides testimony complaint lawsuit indictment affidavit ruling minutes findings
  trial trials results agreement contract settlement budget dataset database review inquiry investigation
  transcripts deposition petition projections forecasts tally count archives archive diary diaries imagery
  photos photographs messages preprint`
    .split(/\s+/)
    .filter(Boolean),
])

/** A set as a regex alternation, longest first ("statements" before "statement"). */
export const alternation = (words: ReadonlySet<string>): string =>
  [...words].sort((a, b) => b.length - a.length).join('|')
