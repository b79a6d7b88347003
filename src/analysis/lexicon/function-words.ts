import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './calendar.ts'

/** Closed word classes the attribution rules need, lower-cased. */

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean))

export const DETERMINERS = words('the a an this that these those its his her their our my your some any')

export const SUBJECT_PRONOUNS = words('he she they it we i you')

/** Words linking a person to the organization they speak for: "Priya Menon of Meridian", "a fellow at …". */
export const AFFILIATION_LINKS = words('of at from')

export const POSSESSIVE_DETERMINERS = words('his her their its our my your whose')

/** Words that end a noun phrase when walking left from a verb to find its subject. */
export const CLAUSE_BOUNDARIES = words(`
  that and but or as while when whenever because which who whom whose where after before since though although
  if unless so then than to not nor yet once until whether how what why even also just still only
  in on at with by from during into onto over under about against between among through via without within
  upon amid despite following ahead is are was were be been being has have had do does did will would can could
  should may might must shall there here
`)

/** Adverbs and auxiliaries that may stand between a subject and its reporting verb ("Wang also stressed"). */
export const VERB_ADVERBS = words(`
  also later earlier previously further repeatedly once again again reportedly then publicly privately recently
  separately subsequently immediately quickly firmly strongly clearly openly specifically explicitly simply
  has have had yesterday today tonight last week has had already first initially originally
`)

/** Prepositions that open an adverbial after a reporting verb ("said in a statement", "told Reuters on Monday"). */
export const ADVERBIAL_PREPOSITIONS = words(
  'in on at during via through over after before late early from by',
)

/** Nouns that end such an adverbial ("in a statement", "on Monday", "in the call"). */
export const ADVERBIAL_NOUNS = words(`
  statement interview call conference briefing meeting speech post tweet email letter message program programme
  show broadcast radio television tv twitter x facebook instagram telegram weibo wechat youtube linkedin website
  week month year night morning afternoon evening weekend time day days hearing session summit event rally
  address remarks comments note release video podcast report filing court parliament chamber forum
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december yesterday today tonight
`)

/** Words that begin an adverbial clause which ends a claim given as a noun phrase ("…, during a phone call"). */
export const ADVERBIAL_OPENERS = words(`
  during after before when while as amid despite following ahead according in on at
`)

/** After ", but": verbs of a second predicate of the speaker that ends the claim ("…, but did not name …"). */
export const BUT_PREDICATES = words(`
  did didn't does doesn't declined refused failed gave offered provided would wouldn't could couldn't stopped
  added noted said gave withheld
`)

/** Closed-class words that often start a sentence; an abbreviation such as "Inc." may end a sentence before them. */
export const SENTENCE_STARTERS = words(`
  the a an he she it they we i you this that these those there his her its their our my but and so yet
  however in on at as after before when while if for meanwhile still also then now today yesterday
`)

/** Weekday and month names, and month abbreviations with their full stop ("jan.", as tokens keep it). */
export const WEEKDAYS_AND_MONTHS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...[...MONTH_ABBREVIATIONS.keys()].map((a) => `${a}.`),
])

/** Recipients of "told" that are not proper names: "told reporters", "told the crowd". */
export const RECIPIENT_NOUNS = words(`
  reporters journalists media press lawmakers legislators parliament delegates supporters crowd audience court
  jurors jury committee students residents members officials newspaper paper station outlet broadcaster
  colleagues friends him her them me us you listeners viewers readers senators investors analysts congress
`)
