import { hashText } from '../analysis/text/ids.ts'
import { cleanParagraph, splitParagraphs } from '../analysis/text/parse-article.ts'
import { ArticleMetaSchema, type ArticleSource } from '../model/article.ts'
import { parsePublished } from '../model/published-date.ts'
import { looksBinary, MAX_TEXT_LENGTH, type ArticleDraft } from './article-draft.ts'
import { looksLikeHeadline } from './read-plain-text.ts'

/** Shown as the outlet when the reader leaves it empty: the header says so instead of inventing one. */
export const UNKNOWN_OUTLET = 'Unknown outlet'
export const MAX_HEADLINE_LENGTH = 500
export const MAX_OUTLET_LENGTH = 200

export type DraftProblem = { field: 'text' | 'headline' | 'published' | 'outlet'; message: string }

/**
 * The checks of a draft that read no more of the text than its length and first characters: cheap on any
 * length, so the page runs them at once (the form shows its errors with no round trip), while the worker reads
 * the text itself (see draftToSource).
 */
export function checkDraftFields(draft: ArticleDraft): DraftProblem[] {
  const problems: DraftProblem[] = []
  const headline = cleanLine(draft.headline)
  const outlet = cleanLine(draft.outlet)
  const textProblem = checkTextLength(draft.text, headline)
  if (textProblem) problems.push({ field: 'text', message: textProblem })
  if (headline === '') problems.push({ field: 'headline', message: 'Give the article a headline.' })
  else if (headline.length > MAX_HEADLINE_LENGTH)
    problems.push({ field: 'headline', message: `A headline is at most ${MAX_HEADLINE_LENGTH} characters.` })
  if (outlet.length > MAX_OUTLET_LENGTH)
    problems.push({
      field: 'outlet',
      message: `An outlet's name is at most ${MAX_OUTLET_LENGTH} characters.`,
    })
  const published = draft.published.trim()
  const iso = published === '' ? undefined : parsePublished(published)
  if (!iso)
    problems.push({
      field: 'published',
      message: 'Give the date it was published, like 2015-03-18 (the time and zone are optional).',
    })
  else if (!iso.ok) problems.push({ field: 'published', message: capitalize(iso.message) })
  return problems
}

/**
 * Checks a draft and turns it into the ArticleSource the analysis reads. The id is `local-` plus a hash of the
 * headline and text, so the same article opened twice (or from a link) is the same entry in the library.
 */
export function draftToSource(
  draft: ArticleDraft,
): { ok: true; source: ArticleSource } | { ok: false; problems: DraftProblem[] } {
  const headline = cleanLine(draft.headline)
  const problems = checkDraftFields(draft)
  const paragraphs = problems.some((p) => p.field === 'text') ? [] : splitParagraphs(draft.text)
  const textProblem = problems.some((p) => p.field === 'text')
    ? undefined
    : checkParagraphs(paragraphs, headline)
  if (textProblem) problems.unshift({ field: 'text', message: textProblem })
  const iso = parsePublished(draft.published.trim())
  if (problems.length > 0 || !iso.ok) return { ok: false, problems }
  const extra = draft.extra ?? {}
  const meta = ArticleMetaSchema.safeParse({
    id: articleIdOf(headline, paragraphs),
    headline,
    deck: extra.deck ?? null,
    published: iso.iso,
    outlet: cleanLine(draft.outlet) || UNKNOWN_OUTLET,
    zone: extra.zone ?? null,
    // Only a web address is a link (the model's check): anything else ("javascript:", "//host") is dropped.
    url: extra.url && ArticleMetaSchema.shape.url.safeParse(extra.url).success ? extra.url : null,
    photo: extra.photo ?? null,
  })
  if (!meta.success)
    return {
      ok: false,
      problems: [
        { field: 'text', message: `This article cannot be opened: ${meta.error.issues[0]?.message}` },
      ],
    }
  return { ok: true, source: { meta: meta.data, paragraphs } }
}

/** A one-line field (headline, outlet) as the article will show it: whitespace runs are one space. */
const cleanLine = (line: string) => cleanParagraph(line.replace(/\s+/g, ' '))

const EMPTY_TEXT = "Paste the article's text, or drop or choose a file."
const ONLY_HEADLINE = "There is only a headline: paste the article's text too."

function checkTextLength(text: string, headline: string): string | undefined {
  if (text.length > MAX_TEXT_LENGTH)
    return (
      `The text is ${formatCount(text.length)} characters long; Marginalia opens up to ` +
      `${formatCount(MAX_TEXT_LENGTH)} (about 300,000 words) so the analysis stays quick. Open it in parts.`
    )
  if (looksBinary(text)) return 'This looks like a binary file, not text.'
  if (!/\S/.test(text)) return headline === '' ? EMPTY_TEXT : ONLY_HEADLINE
  return undefined
}

function checkParagraphs(paragraphs: readonly string[], headline: string): string | undefined {
  if (paragraphs.length === 0) return headline === '' ? EMPTY_TEXT : ONLY_HEADLINE
  const only = paragraphs[0] ?? ''
  if (
    paragraphs.length === 1 &&
    (only === headline || (headline === '' && looksLikeHeadline(only) && only.split(' ').length < 15))
  )
    return "This is only a headline: paste the article's text below it."
  return undefined
}

/** `local-` + 64 bits of hash (two FNV-1a passes) of the headline and text: matches the article id pattern. */
export function articleIdOf(headline: string, paragraphs: readonly string[]): string {
  const key = `${headline}\n\n${paragraphs.join('\n\n')}`
  return `local-${hashText(key)}-${hashText(`${key.length}:${key}`)}`
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

function capitalize(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1)
}
