/**
 * Words of reported speech that is not introduced by a reporting verb (lower-cased): what a speaker believes or
 * intends ("She believes …", "He is sure that …", "She would …"), what introduces a list of their points ("Among
 * the points she made:"), and how an interview is announced ("X spoke to Y"). Read by attribution/.
 */

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean))

/**
 * Verbs of thinking and intention in the present, both persons ("she believes", "they believe"): what follows
 * them is the speaker's view. The past ("she believed") is left out: in a feature it narrates a life.
 */
export const BELIEF_VERBS = words(`
  believe believes think thinks want wants hope hopes plan plans expect expects fear fears doubt doubts
  feel feels intend intends worry worries suspect suspects reckon reckons insist insists
`)

/** Verbs of intention whose infinitive keeps its subject in the claim: "She plans to visit Dover …". */
export const INTENTION_VERBS = words('want wants plan plans hope hopes intend intends expect expects')

/** Adjectives of conviction after "is", "are", "remains", "was": "She is sure that …". */
export const BELIEF_ADJECTIVES = words(`
  sure convinced confident certain adamant determined optimistic pessimistic hopeful worried concerned keen
  eager afraid doubtful
`)

/** Copulas that may carry a conviction adjective. */
export const CONVICTION_COPULAS = words('is are remains remain was were')

/** Modal verbs that make a sentence a stance rather than a report of fact: "She would scrap …", "Britain should …". */
export const MODALS = words(`
  would will should must could can might may cannot can't won't wouldn't shouldn't couldn't mustn't
  ought needs
`)

/** The nouns of an intro that announces a speaker's list: "He listed three demands:", "Among the points she made:". */
export const LIST_INTRO_NOUNS = words(`
  points demands proposals pledges promises measures steps priorities conditions reasons arguments commitments
  plans recommendations ideas changes policies remarks messages warnings concerns goals aims objectives lessons
  requests suggestions proposals commitments principles criticisms objections questions answers
`)

/** Verbs that announce an interview ("Aldecoa spoke to Politico Europe", "sat down with", "talked to"). */
export const INTERVIEW_VERBS = words('spoke speaks talked talks sat sits met meets')

/** Nouns that announce one ("In an interview with …", "a conversation with …"). */
export const INTERVIEW_NOUNS = words('interview interviews conversation conversations')

/** Adverbs that may stand between a pronoun and its verb of belief ("She also believes", "He firmly thinks"). */
export const BELIEF_ADVERBS = words(`
  also still now firmly strongly genuinely really clearly privately openly already certainly increasingly
  personally honestly truly
`)

/** Connectives that may open a sentence that continues a speaker ("But she believes …", "Still, he thinks …"). */
export const CONTINUING_OPENERS = words('but and yet still now also meanwhile however')
