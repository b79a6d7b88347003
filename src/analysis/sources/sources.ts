import type { SourceAnnotation, SourceKind } from '../../model/annotated-article.ts'
import type { Span } from '../../model/span.ts'
import type { AnalysisContext } from '../text/context.ts'
import { anyInitial, classifySource, phraseAfter, phraseBefore } from './source-phrases.ts'
import { PLATFORMS } from '../lexicon/outlets.ts'
import { alternation, DOCUMENT_NOUNS, STATEMENT_NOUNS } from '../lexicon/documents.ts'
import type { SourceRule } from '../text/rules.ts'
import { TITLE_WORDS } from '../lexicon/titles.ts'
import { ANONYMOUS_PATTERNS } from './anonymous.ts'
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.ts'
import { countryOf } from '../lexicon/demonyms.ts'
import { withoutPossessive } from '../text/tokens.ts'
import { findBodies } from './bodies.ts'

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
  /** When set, an unknown phrase takes `unknown` only if the text after the cue matches this. */
  unknownIf?: RegExp
  /** When set, no source unless an outlet, if the text after the cue matches this. */
  refuseIf?: RegExp
}

/**
 * "the Prime Minister", "the Kazakh foreign minister": a person by a title within the phrase's first four words
 * (read before the phrase is trimmed to its capitalized head), never an outlet.
 */
const titled = (from: string): boolean =>
  from
    .split(/[\s,.;:]+/)
    .slice(0, 4)
    .some((w) => TITLE_WORDS.has(w.toLowerCase()))

/** "told the Ledger", "in an interview with the Sunday Courier": a name after "the" is not a person's. */
const THE_NAME = /^the\s+\p{Lu}/u

/** "The company reported revenue of …", "reported a net loss": a body reporting its own results is a speaker. */
const OWN_RESULTS =
  /^\s+(?:an?\s+|its\s+|their\s+)?(?:(?:record|net|higher|lower|strong|weak|quarterly|annual|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year|pre-tax|operating)\s+)*(?:revenues?|sales|profits?|loss(?:es)?|earnings|income|results|growth|turnover|deficit|surplus)\b/

const STATEMENT_NOUN = alternation(STATEMENT_NOUNS)
const DOC_NOUN = anyInitial(alternation(DOCUMENT_NOUNS))
const SHOW_VERB =
  '(?:(?:has|have|had)\\s+)?(?:said|says|showed|shows|show|shown|found|finds|find|noted|notes|stated|states|read|reads|concluded|estimated|suggested|suggests|suggest|indicated|indicates|indicate|revealed|reveals|linked|links|link|tied|confirmed|confirms|estimates|estimate|put|puts|alleges|alleged|allege|accuses|accused|argues|argued|warned|warns|predicted|predicts|projected|projects|recommended|recommends|described|describes|identified|identifies)'
/** Data and reports that name their origin with "from"/"by": "figures from the ministry", "a poll by Ipsos". */
const DATA_NOUN = anyInitial(
  alternation(
    new Set(
      `data figures statistics numbers estimate estimates research study studies report reports survey surveys poll
      polls analysis analyses statement transcript letter readout results records filings documents note review
      investigation assessment audit projections forecasts count tally`.split(/\s+/),
    ),
  ),
)

const CUES: Cue[] = [
  { rule: 'source/according-to', pattern: /\b[Aa]ccording to /g, read: 'after', accept: 'any' },
  {
    rule: 'source/citing',
    pattern: /\b(?:citing|quoting|cited by|quoted by) /g,
    read: 'after',
    accept: 'any',
  },
  {
    rule: 'source/told',
    pattern: /\b(?:told|(?:spoke|speaking|talking|talked) (?:to|with)) /g,
    read: 'after',
    accept: 'media',
    unknown: 'media',
    unknownIf: THE_NAME,
  },
  // "economists polled by Reuters", "analysts surveyed by FactSet".
  {
    rule: 'source/polled',
    pattern: /\b(?:polled|surveyed|canvassed) by /g,
    read: 'after',
    accept: 'any',
    unknown: 'organization',
  },
  // "Residents contacted by Al Jazeera", "villagers interviewed by the BBC".
  {
    rule: 'source/contacted',
    pattern: /\b(?:contacted|interviewed|reached|questioned) by /g,
    read: 'after',
    accept: 'media',
  },
  // "In a statement read on state television", "speaking on BBC Radio 4", "appeared on CNN".
  {
    rule: 'source/broadcast',
    pattern:
      /\b(?:said|says|told|announced|read|broadcast|aired|shown|appeared|appearing|speaking|statement|address) on /g,
    read: 'after',
    accept: 'media',
  },
  {
    rule: 'source/interview',
    pattern:
      /\b[Ii]n an? (?:(?:exclusive|recent|televised|separate|phone|written) )?interview (?:with|on|to) /g,
    read: 'after',
    accept: 'media',
    unknown: 'media',
    unknownIf: THE_NAME,
  },
  {
    rule: 'source/data-from',
    pattern: new RegExp(
      String.raw`\b(?:(?:${DATA_NOUN}) (?:from|by)|(?:published|released|compiled|issued|provided|collected|costed|calculated|prepared) by) (?=\p{L})`,
      'gu',
    ),
    read: 'after',
    accept: 'any',
  },
  {
    rule: 'source/reported',
    pattern: /\b(?:reported|reports|(?:has|have|had|first) reported)\b/g,
    read: 'before',
    accept: 'any',
    unknown: 'media',
    // "Politico reported that …"; not "FreshLink reported revenue of …" (a company reporting its own results).
    unknownIf: /^\s*(?:[,.;:—]|$|(?:that|on|in|last|earlier|late|this|overnight|first)\b)/,
    refuseIf: OWN_RESULTS,
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

/**
 * "said in a statement", "in its annual report", "in a joint communique", "in a blog post" (up to two words
 * before the document noun, as many as fit; never a function word: "in the region since records began").
 */
const IN_DOCUMENT = new RegExp(
  String.raw`\b[Ii]n\s+((?:a|an|its|the|his|her|their|this|a\s+joint)\s+(?:(?!(?:of|to|and|or|which|that|since|in|on|at|for|from|with|by|after|before|during|while|as|when|where)\b)[\p{L}-]+\s+){0,2}(?:${STATEMENT_NOUN}))\b`,
  'gu',
)
/** "said in court papers", "in regulatory filings": plural documents cited without a determiner. */
const IN_PAPERS =
  /\b[Ii]n\s+((?:court|legal|regulatory|securities|public|financial|bankruptcy)\s+(?:papers|filings|documents|records|disclosures))\b/g
/** "said on its website", "on the ministry's Telegram channel". */
const ON_SITE =
  /\bon\s+((?:its|the|his|her|their)\s+(?:official\s+)?(?:website|web site|(?:Telegram|WeChat|Weibo|Twitter|Facebook|Instagram|X|social media)\s+(?:channel|account|page)|social media))\b/g
/** "wrote on X", "in a post on Telegram" (the platform is the source, not the post). */
const ON_PLATFORM = new RegExp(
  String.raw`\b(?:said|wrote|posted|tweeted|announced|added|stated|shared|posts?|messages?|videos?|statements?|tweets?|comments?)\s+on\s+(${PLATFORMS.join('|')})\b`,
  'g',
)
/**
 * "the report said", "preliminary data shows", "court documents showed", "A 2019 report by the … found", "The
 * complaint, filed in federal court, alleges": the document before its verb, across a "by"/"from" phrase or a
 * participle clause between commas (both bounded).
 */
const DOCUMENT_SAYS = new RegExp(
  String.raw`\b(${DOC_NOUN})(?:\s+(?:by|from)\s+[^,.;:"“”\n]{1,60}?|,\s+(?:published|released|issued|filed|seen|obtained|commissioned|prepared|compiled|unsealed|submitted)\b[^,.;:"“”\n]{0,80},)?\s+(?:${SHOW_VERB})\b`,
  'g',
)
/** "Other studies", "earlier research", "previous surveys": scholarly work cited as a body (not "reports of gunfire"). */
const SCHOLARLY =
  /\b(?:[Oo]ther|[Ee]arlier|[Pp]revious|[Pp]rior|[Rr]ecent|[Ss]everal|[Nn]umerous|[Mm]any)\s+(?:(?:scientific|academic|peer-reviewed|published|independent|international|clinical)\s+)?(?:studies|research|surveys|polls|analyses|papers|trials|experiments)\b(?!\s+(?:of|on|into|about)\b)/g
/** "Internal emails seen by the Guardian", "documents obtained by Reuters": the papers are the source. */
const SEEN_BY =
  /\b(emails?|e-mails?|documents?|records|messages|minutes|memos?|letters?|files|papers)\s+(?:seen|obtained|reviewed)\s+by\b/g
/**
 * "published in the journal Nature", "published in The Lancet": the journal a finding appeared in is a source.
 * The journal is the capitalised name after "in" (with "the journal" before it when written).
 */
const JOURNAL =
  /\bpublished\s+(?:(?:on|last|this|earlier|online)\s+)?(?:\p{L}+\s+)?in\s+((?:the\s+journal\s+|[Tt]he\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|&|and|for|in)\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){0,5})/gu
/**
 * "Treasury data released on Monday", "Census Bureau estimates", "Eurostat figures": data named by the body that
 * published it. The name must read as an institution (or stand mid-sentence, where a capital means a name).
 */
const NAMED_DATA = /\b((?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})(?:data|figures|statistics|estimates)\b/gu
/**
 * "a Lindqvist Data survey of 24 analysts", "a Reuters poll", "the Brookings report": a document named by the body
 * that made it; the body is the source. One unknown capitalised word alone ("the Mueller report") is left alone.
 */
const NAMED_DOCUMENT =
  /\b(?:[Aa]n?\s+((?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})(?:survey|poll|report|study|analysis|research note|note|forecast|review|estimate|tally)|[Tt]he\s+((?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})(?:survey|poll|study|analysis))\b(?!-)/gu
const FROM_BODY = /^\s+(?:from|by|on|(?:released|compiled|issued|published|provided|collected)\s+by)\s+/

/** "appear in the journal Ecology & Evolution", "the journal Science reported": "the journal" names one. */
const JOURNAL_NAMED =
  /\b[Tt]he\s+journal\s+\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|&|and|for|in)\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){0,5}/gu
/** "a study published in Nature". */
const PUBLISHED_IN =
  /\b(?:[Aa]n?|[Tt]he)\s+(?:(?:new|recent|peer-reviewed)\s+)?(?:study|paper|report|article|survey|analysis)\s+published\s+(?:(?:on|last|this|earlier|online)\s+)?(?:\p{L}+\s+)?in\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*)(?:\s+(?:of\s+)?[\p{Lu}][\p{L}-]*){0,4}/gu

/**
 * Finds the outlets, agencies, institutions and documents an article cites as the origin of its information
 * ("BBC News reported", "according to the Chinese Foreign Ministry", "said in a statement", "data from the
 * World Bank"). An institution that simply "said" something is a speaker, not a source, and a person named after
 * a cue ("according to Yang") is left to the speaker pass. Each pattern is one global scan, so the pass is linear.
 */
export function findSources(context: AnalysisContext): SourceAnnotation[] {
  const { doc, ids } = context
  const { text } = doc
  const found: Found[] = []
  const add = (span: Span | null, kind: SourceKind | null, rule: SourceRule) => {
    if (span && kind && span.end > span.start)
      found.push({ ...span, kind, name: text.slice(span.start, span.end), rule })
  }
  // Anonymous sources first: "officials familiar with the talks" is one source, not the officials alone.
  for (const pattern of ANONYMOUS_PATTERNS)
    for (const m of text.matchAll(pattern))
      add({ start: m.index, end: m.index + m[0].length }, 'other', 'source/anonymous')
  for (const cue of CUES) {
    for (const m of text.matchAll(cue.pattern)) {
      const span =
        cue.read === 'after' ? phraseAfter(text, m.index + m[0].length) : phraseBefore(text, m.index)
      if (!span) continue
      const phrase = text.slice(span.start, span.end)
      const unknownOk =
        !cue.unknownIf || cue.unknownIf.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
      const kind =
        classifySource(phrase) ??
        (/^\p{Lu}/u.test(phrase.replace(/^the /, '')) &&
        unknownOk &&
        !titled(text.slice(span.start, span.start + 60))
          ? (cue.unknown ?? null)
          : null)
      if (cue.accept === 'media' && kind !== 'media') continue
      if (
        kind !== 'media' &&
        cue.refuseIf?.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))
      )
        continue
      add(span, kind, cue.rule)
    }
  }
  for (const m of text.matchAll(IN_DOCUMENT)) add(group(m), 'document', 'source/in-document')
  for (const m of text.matchAll(IN_PAPERS)) add(group(m), 'document', 'source/in-document')
  for (const m of text.matchAll(ON_SITE)) add(group(m), 'document', 'source/website')
  for (const m of text.matchAll(ON_PLATFORM)) add(group(m), 'media', 'source/platform')
  for (const m of text.matchAll(PUBLISHED_IN))
    add({ start: m.index, end: m.index + m[0].length }, 'document', 'source/published-in')
  // A journal is labelled as the outlet that published the work, as newsrooms cite it ("in The Lancet").
  for (const m of text.matchAll(JOURNAL)) add(group(m), 'media', 'source/journal')
  for (const m of text.matchAll(JOURNAL_NAMED))
    add({ start: m.index, end: m.index + m[0].length }, 'media', 'source/journal')
  for (const m of text.matchAll(SCHOLARLY))
    add({ start: m.index, end: m.index + m[0].length }, 'document', 'source/scholarly')
  for (const b of findBodies(context)) add(b, b.kind, b.rule)
  for (const m of text.matchAll(NAMED_DATA)) {
    const name = (m[1] ?? '').trim()
    const midSentence = !/(?:^|[.!?:"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))
    const kind = classifySource(name)
    if (name.split(/\s+/).some((w) => STOP_NAMES.has(w.toLowerCase()))) continue
    // "Commerce Department data" is the department's: the kind of the body that published it.
    if (kind !== null || midSentence)
      add({ start: m.index, end: m.index + m[0].length }, kind ?? 'document', 'source/named-data')
  }
  for (const m of text.matchAll(NAMED_DOCUMENT)) {
    // "The World Health Organization estimates …" is a verb: after "the", only nouns that are not verbs.
    const span = group(m[1] === undefined ? [m[0], m[2]] : m, m.index)
    if (!span) continue
    const name = text.slice(span.start, span.end).trim()
    const words = name.split(/\s+/)
    if (words.some((w) => STOP_NAMES.has(w.toLowerCase()) || CALENDAR_WORDS.has(w.toLowerCase()))) continue
    if (words.some((w) => countryOf(withoutPossessive(w.toLowerCase())) !== undefined)) continue
    const kind = classifySource(name) ?? (words.length > 1 ? 'organization' : null)
    add({ start: span.start, end: span.start + name.length }, kind, 'source/named-document')
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
    const span = phraseBefore(text, m.index + (m[1]?.length ?? 0), true)
    // "The Bureau of Labor Statistics said": a body's name, not a document (the body rules judge it).
    if (
      span &&
      classifySource(text.slice(span.start, span.end)) !== 'document' &&
      /^\p{Lu}/u.test(m[1] ?? '')
    )
      continue
    add(span, 'document', 'source/document-says')
  }
  return dropOverlaps(origins(text, found)).map((f) => ({
    id: ids.next('source', f.name),
    layer: 'source',
    ...f,
  }))
}

/**
 * "a statement from the ministry", "figures released by the Interior Ministry", "a post on X": the body (or the
 * platform) is the origin, and the document gives way to it. A body the lexicons do not know stays with its
 * document: "a poll by Hartley & Moss" is one source; bare data ("data from Sensor Tower") is the body's.
 */
function origins(text: string, found: Found[]): Found[] {
  const starts = new Set(found.map((f) => f.start))
  const out: Found[] = []
  for (const f of found) {
    const gap = f.kind === 'document' ? FROM_BODY.exec(text.slice(f.end, f.end + 32)) : null
    if (!gap) {
      out.push(f)
      continue
    }
    const bodyStart = f.end + gap[0].length
    if (starts.has(bodyStart)) continue
    const body = phraseAfter(text, bodyStart)
    const name = body ? text.slice(body.start, body.end) : ''
    if (!body || classifySource(name) !== null || !/^\p{Lu}/u.test(name.replace(/^the /, ''))) {
      out.push(f)
      continue
    }
    if (/^\S+$/.test(f.name) && gap[0].trim() !== 'on')
      out.push({ ...body, kind: 'organization', name, rule: f.rule })
    else out.push({ ...f, end: body.end, name: text.slice(f.start, body.end) })
  }
  return out
}

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS])

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
function group(
  m: RegExpMatchArray | [string, string | undefined],
  index = (m as RegExpMatchArray).index,
): Span | null {
  const inner = m[1]
  if (inner === undefined || index === undefined) return null
  const start = index + m[0].indexOf(inner)
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
