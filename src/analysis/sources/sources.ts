import type { SourceAnnotation, SourceKind } from '../../model/annotated-article.ts'
import type { Span } from '../../model/span.ts'
import type { AnalysisContext } from '../text/context.ts'
import { classifySource, phraseAfter, phraseBefore } from './source-phrases.ts'
import { PLATFORMS } from '../lexicon/outlets.ts'
import { alternation, DOCUMENT_NOUNS, STATEMENT_NOUNS } from '../lexicon/documents.ts'
import type { SourceRule } from '../text/rules.ts'

type Found = Omit<SourceAnnotation, 'id' | 'layer'>

/** Which kinds a cue accepts: "told X" names an outlet only (not "told reporters", not "told parliament"). */
type Accept = 'any' | 'media'

interface Cue {
  rule: SourceRule
  pattern: RegExp
  /** Where the source phrase lies relative to the match. */
  read: 'after' | 'before'
  accept: Accept
  /** Kind for a capitalized phrase the lexicons do not know: "Politico reported" is an outlet. */
  unknown?: SourceKind
}

const STATEMENT_NOUN = alternation(STATEMENT_NOUNS)
const DOC_NOUN = alternation(DOCUMENT_NOUNS)
const SHOW_VERB =
  '(?:(?:has|have|had)\\s+)?(?:said|says|showed|shows|show|shown|found|finds|find|noted|notes|stated|states|read|reads|concluded|estimated|suggested|suggests|suggest|indicated|indicates|indicate|revealed|reveals|linked|links|link|tied|confirmed|confirms)'

const CUES: Cue[] = [
  { rule: 'source/according-to', pattern: /\b[Aa]ccording to /g, read: 'after', accept: 'any' },
  {
    rule: 'source/citing',
    pattern: /\b(?:citing|quoting|cited by|quoted by) /g,
    read: 'after',
    accept: 'any',
  },
  { rule: 'source/told', pattern: /\btold /g, read: 'after', accept: 'media' },
  {
    rule: 'source/interview',
    pattern:
      /\b[Ii]n an? (?:(?:exclusive|recent|televised|separate|phone|written) )?interview (?:with|on|to) /g,
    read: 'after',
    accept: 'media',
  },
  {
    rule: 'source/data-from',
    pattern:
      /\b(?:(?:data|figures|statistics|numbers|estimates|research|study|report|survey|poll|analysis|statement|transcript|letter|readout) (?:from|by)|(?:published|released|compiled|issued) by) (?=\p{L})/gu,
    read: 'after',
    accept: 'any',
  },
  {
    rule: 'source/reported',
    pattern: /\b(?:reported|reports|(?:has|have|had|first) reported)\b/g,
    read: 'before',
    accept: 'any',
    unknown: 'media',
  },
  {
    rule: 'source/quoted',
    pattern: /\b(?:quoted|cited) (?=\p{Lu}|\p{Ll}+ (?:officials|sources))/gu,
    read: 'before',
    accept: 'media',
  },
  {
    rule: 'source/inverted',
    pattern: /[,"”] (?:reported|reports) /g,
    read: 'after',
    accept: 'any',
    unknown: 'media',
  },
]

/** "a source familiar with the matter", "officials who spoke on condition of anonymity". */
const ANONYMOUS = new RegExp(
  String.raw`\b(?:(?:[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]ultiple|[Ss]ome|[Oo]ther)\s+)?(?:(?:senior|unnamed|anonymous|Western|European|US|U\.S\.|government|military|security|diplomatic|industry|police|intelligence)\s+){0,2}(?:sources?|persons?|people|officials?|insiders?|diplomats?)\s+(?:(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in|aware of)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?=\s+(?:said|says|told|added|confirmed|say)\b|[,.;])|who (?:spoke on (?:the )?condition of anonymity|declined to be (?:named|identified)|asked not to be (?:named|identified)|requested anonymity))`,
  'gu',
)
/**
 * "said in a statement", "in its annual report", "in a joint communique", "in a blog post" (up to two words
 * before the document noun, as many as fit; never a function word: "in the region since records began").
 */
const IN_DOCUMENT = new RegExp(
  String.raw`\b[Ii]n\s+((?:a|an|its|the|his|her|their|this|a\s+joint)\s+(?:(?!(?:of|to|and|or|which|that|since|in|on|at|for|from|with|by|after|before|during|while|as|when|where)\b)[\p{L}-]+\s+){0,2}(?:${STATEMENT_NOUN}))\b`,
  'gu',
)
/** "said on its website", "on the ministry's Telegram channel". */
const ON_SITE =
  /\bon\s+((?:its|the|his|her|their)\s+(?:official\s+)?(?:website|web site|(?:Telegram|WeChat|Weibo|Twitter|Facebook|Instagram|X|social media)\s+(?:channel|account|page)|social media))\b/g
const ON_PLATFORM = new RegExp(
  String.raw`\b(?:said|wrote|posted|tweeted|announced|added|stated|shared)\s+on\s+(${PLATFORMS.join('|')})\b`,
  'g',
)
/** "the report said", "preliminary data shows", "court documents showed". */
const DOCUMENT_SAYS = new RegExp(String.raw`\b(${DOC_NOUN})\s+(?:${SHOW_VERB})\b`, 'g')
/** "Internal emails seen by the Guardian", "documents obtained by Reuters": the papers are the source. */
const SEEN_BY =
  /\b(emails?|e-mails?|documents?|records|messages|minutes|memos?|letters?|files|papers)\s+(?:seen|obtained|reviewed)\s+by\b/g
/**
 * "published in the journal Nature", "published in The Lancet": the journal a finding appeared in is a source.
 * The journal is the capitalised name after "in" (with "the journal" before it when written).
 */
const JOURNAL =
  /\bpublished\s+(?:(?:on|last|this|earlier|online)\s+\p{L}+\s+)?in\s+((?:the\s+journal\s+|[Tt]he\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){0,5})/gu
/**
 * "Treasury data released on Monday", "Census Bureau estimates", "Eurostat figures": data named by the body that
 * published it. The name must read as an institution (or stand mid-sentence, where a capital means a name).
 */
const NAMED_DATA = /\b((?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})(?:data|figures|statistics|estimates)\b/gu
const FROM_BODY = /^\s+(?:from|by|(?:released|compiled|issued|published)\s+by)\s+/

/** "a study published in Nature". */
const PUBLISHED_IN =
  /\b(?:[Aa]n?|[Tt]he)\s+(?:(?:new|recent|peer-reviewed)\s+)?(?:study|paper|report|article|survey|analysis)\s+published\s+in\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*)(?:\s+(?:of\s+)?[\p{Lu}][\p{L}-]*){0,4}/gu

/**
 * Finds the outlets, agencies, institutions and documents an article cites as the origin of its information
 * ("BBC News reported", "according to the Chinese Foreign Ministry", "said in a statement", "data from the
 * World Bank"). An institution that simply "said" something is a speaker, not a source, and a person named after
 * a cue ("according to Yang") is left to the speaker pass. Each pattern is one global scan, so the pass is linear.
 */
export function findSources({ doc, ids }: AnalysisContext): SourceAnnotation[] {
  const { text } = doc
  const found: Found[] = []
  const add = (span: Span | null, kind: SourceKind | null, rule: SourceRule) => {
    if (span && kind && span.end > span.start)
      found.push({ ...span, kind, name: text.slice(span.start, span.end), rule })
  }
  // Anonymous sources first: "officials familiar with the talks" is one source, not the officials alone.
  for (const m of text.matchAll(ANONYMOUS))
    add({ start: m.index, end: m.index + m[0].length }, 'other', 'source/anonymous')
  for (const cue of CUES) {
    for (const m of text.matchAll(cue.pattern)) {
      const span =
        cue.read === 'after' ? phraseAfter(text, m.index + m[0].length) : phraseBefore(text, m.index)
      if (!span) continue
      const phrase = text.slice(span.start, span.end)
      const kind =
        classifySource(phrase) ??
        (/^\p{Lu}/u.test(phrase.replace(/^the /, '')) ? (cue.unknown ?? null) : null)
      if (cue.accept === 'media' && kind !== 'media') continue
      add(span, kind, cue.rule)
    }
  }
  for (const m of text.matchAll(IN_DOCUMENT)) add(group(m), 'document', 'source/in-document')
  for (const m of text.matchAll(ON_SITE)) add(group(m), 'document', 'source/website')
  for (const m of text.matchAll(ON_PLATFORM)) add(group(m), 'media', 'source/platform')
  for (const m of text.matchAll(PUBLISHED_IN))
    add({ start: m.index, end: m.index + m[0].length }, 'document', 'source/published-in')
  for (const m of text.matchAll(JOURNAL)) add(group(m), 'document', 'source/journal')
  for (const m of text.matchAll(NAMED_DATA)) {
    const name = (m[1] ?? '').trim()
    const midSentence = !/(?:^|[.!?:"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))
    const kind = classifySource(name)
    if (name.split(/\s+/).some((w) => STOP_NAMES.has(w.toLowerCase()))) continue
    if (kind !== null || midSentence)
      add({ start: m.index, end: m.index + m[0].length }, 'document', 'source/named-data')
  }
  for (const m of text.matchAll(SEEN_BY)) {
    const span = phraseBefore(text, m.index + (m[1]?.length ?? 0), true)
    // The outlet that saw them is part of the source: "emails seen by the Guardian".
    if (span)
      add(
        { start: span.start, end: m.index + m[0].length + phraseEnd(text, m.index + m[0].length) },
        'document',
        'source/seen-by',
      )
  }
  for (const m of text.matchAll(DOCUMENT_SAYS)) {
    add(phraseBefore(text, m.index + (m[1]?.length ?? 0), true), 'document', 'source/document-says')
  }
  // "a statement from the ministry", "figures released by the Interior Ministry": the body is the origin.
  const starts = new Set(found.map((f) => f.start))
  const origins = found.filter((f) => {
    const gap = f.kind === 'document' ? FROM_BODY.exec(text.slice(f.end, f.end + 32)) : null
    return !gap || !starts.has(f.end + gap[0].length)
  })
  return dropOverlaps(origins).map((f) => ({ id: ids.next('source', f.name), layer: 'source', ...f }))
}

/** Capitalised words that open a sentence or a clause rather than name a body: "The data", "New data". */
const STOP_NAMES = new Set([
  'the',
  'new',
  'this',
  'that',
  'these',
  'those',
  'latest',
  'official',
  'preliminary',
  'but',
  'and',
  'our',
  'its',
  'their',
  'his',
  'her',
])

/** Length of the name after "seen by": "the Guardian", "Reuters", "The New York Times". */
function phraseEnd(text: string, from: number): number {
  const span = phraseAfter(text, from)
  return span ? span.end - from : 0
}

/** The span of a pattern's first group. */
function group(m: RegExpMatchArray): Span | null {
  const inner = m[1]
  if (inner === undefined || m.index === undefined) return null
  const start = m.index + m[0].indexOf(inner)
  return { start, end: start + inner.length }
}

/** Text order; of overlapping findings the one found first by the rule order above wins, then the longer. */
function dropOverlaps(found: Found[]): Found[] {
  const ordered = found.map((f, i) => ({ f, i })).sort((a, b) => a.f.start - b.f.start || a.i - b.i)
  const kept: { f: Found; i: number }[] = []
  for (const item of ordered) {
    const last = kept[kept.length - 1]
    if (last && item.f.start < last.f.end) {
      if (item.i < last.i) kept[kept.length - 1] = item
      continue
    }
    kept.push(item)
  }
  return kept.map((k) => k.f)
}
