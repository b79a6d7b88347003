/**
 * Reporting verbs, the cues of attribution. Each lemma is inflected here so the rest of the analysis looks up
 * a lower-cased word form and gets its class back.
 *
 * Classes decide what may follow the verb as the claim:
 * - `say`: a that-clause, a bare clause, a quote or a noun phrase ("pledged support to …") is the claim.
 * - `tell`: like `say`, but the first noun phrase is the person told ("told Reuters that …").
 * - `deny`: only a that-clause or a quote is the claim; a noun phrase is what is denied ("refuted the accusations").
 * - `call`: "calling X "…"": only a quote after the verb is the claim.
 * - `report`: a medium reporting ("BBC News reported"); dropped when it wraps another speaker's claim.
 * - `accuse`: "accused X of Y": the accused and the charge together are the claim, only with "of" (or a
 *   that-clause or quote); "accused the police" alone is not one.
 */
export type VerbClass = 'say' | 'tell' | 'deny' | 'call' | 'report' | 'accuse'

export type VerbForm = 'base' | 's' | 'past' | 'ing'

export interface SpeechVerb {
  lemma: string
  verbClass: VerbClass
  form: VerbForm
}

const SAY = `say:said add agree allege announce answer argue assert affirm acknowledge admit:admitted:admitting
  attest boast brag caution claim clarify comment complain concede conclude concur:concurred:concurring confirm
  confess contend counter cry declare detail disclose echo elaborate emphasise emphasize estimate exclaim explain
  forecast:forecast hint highlight insist joke lament maintain mention muse mutter note observe opine outline plead
  pledge point predict proclaim promise propose quip:quipped:quipping reaffirm reason recall recount reiterate remark
  reply repeat report respond restate retort reveal say shout signal:signaled:signaling speculate state stress
  suggest summarise summarize surmise swear:swore:swearing tweet underline underscore urge vow warn whisper wonder
  write:wrote:writing yell post posit predict recommend request demand ask query question testify threaten vouch
  add insist concur guarantee caution indicate imply specify announce publish pronounce assess forewarn`

const TELL = 'tell:told assure brief inform notify remind advise instruct'

const DENY = `deny refute reject dismiss rebut:rebutted:rebutting repudiate dispute contest criticise criticize
  condemn decry praise hail blame disavow retract`

const ACCUSE = 'accuse'

const CALL = 'call describe characterise characterize label:labelled:labelling dub:dubbed:dubbing brand term'

const REPORT = 'report quote cite'

const VOWELS = 'aeiou'

/** Regular inflection; irregular verbs spell their past (and, when it doubles, their -ing) in the tables above. */
function inflect(entry: string): { lemma: string; forms: [VerbForm, string][] } {
  const [lemma = '', past, ing] = entry.split(':')
  const last = lemma.at(-1) ?? ''
  const beforeLast = lemma.at(-2) ?? ''
  let s = `${lemma}s`
  let ed = `${lemma}ed`
  let ingForm = `${lemma}ing`
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) s = `${lemma}es`
  if (last === 'y' && !VOWELS.includes(beforeLast)) {
    s = `${lemma.slice(0, -1)}ies`
    ed = `${lemma.slice(0, -1)}ied`
  }
  if (last === 'e') {
    ed = `${lemma}d`
    ingForm = `${lemma.slice(0, -1)}ing`
  }
  return {
    lemma,
    forms: [
      ['base', lemma],
      ['s', s],
      ['past', past ?? ed],
      ['ing', ing ?? ingForm],
    ],
  }
}

function buildTable(): Map<string, SpeechVerb> {
  const table = new Map<string, SpeechVerb>()
  const groups: [VerbClass, string][] = [
    ['report', REPORT],
    ['call', CALL],
    ['deny', DENY],
    ['accuse', ACCUSE],
    ['tell', TELL],
    ['say', SAY],
  ]
  for (const [verbClass, list] of groups) {
    for (const entry of list.split(/\s+/)) {
      if (!entry) continue
      const { lemma, forms } = inflect(entry)
      for (const [form, word] of forms) if (!table.has(word)) table.set(word, { lemma, verbClass, form })
    }
  }
  // "written" and "spoken" only follow "has", which the cue finder already allows.
  table.set('written', { lemma: 'write', verbClass: 'say', form: 'past' })
  return table
}

const SPEECH_VERBS = buildTable()

/** The reporting verb a lower-cased word form is, if any: `speechVerb('stressed')` -> `{ lemma: 'stress', … }`. */
export function speechVerb(word: string): SpeechVerb | undefined {
  return SPEECH_VERBS.get(word)
}

/** Number of distinct lemmas, for tests and documentation. */
export function speechVerbLemmaCount(): number {
  return new Set([...SPEECH_VERBS.values()].map((v) => v.lemma)).size
}
