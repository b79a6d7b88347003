/**
 * The tense of the clause a time expression sits in, as far as a bare month, day or weekday needs it: "sales fell
 * in May" looks back, "will meet in November" forward, "elections are in November" neither (the nearest
 * occurrence then). No part-of-speech tagger: auxiliaries, a list of irregular past forms and "-ed" words, read
 * from the expression outwards within its clause. Linear: a bounded window on each side.
 */
export type Tense = 'past' | 'future' | 'unknown'

/**
 * A cheap first test; FUTURE then checks that no past-tense verb follows the marker ("who will retire said").
 * Besides will/shall, "would" in reported speech ("said the city would honor him on Monday") and a scheduling
 * verb in the present tense ("The Games open in February", "the law takes effect in March", "the committee meets
 * on June 12", "Arsenal face Chelsea on Sunday") point forward.
 */
const FUTURE_CUE =
  /\b(?:will|shall|won't|'ll|would|set to|due|scheduled|expected|forecast|slated|plans? to|upcoming|opens?|begins?|starts?|takes? effect|kicks? off|resumes?|reconvenes?|expires?|goes into effect|hosts?|holds?|meets?|faces?|plays?|visits?|hears?|launch(?:es)?|releases?|returns?|travels?|closes?|ends?|votes?|convenes?|debates?)\b/i
const FUTURE =
  /(?:\b(?:will|shall|won't|'ll|would|is (?:set|due|scheduled|expected|slated) to|are (?:set|due|scheduled|expected|slated) to|(?:is|are) due\b|(?:is|are|was|were) (?:expected|forecast)(?! to)\b|plans? to|scheduled for|upcoming|(?<!\b(?:remained|remain|remains|stayed|was|were|is|are|be|been|kept|keep|wide|door|doors|the|an?|had|has|have|did|to) )(?:opens?|begins?|starts?|takes? effect|kicks? off|resumes?|reconvenes?|expires?|goes into effect|hosts?|holds?|meets?|faces?|plays?|visits?|hears?|launch(?:es)?|releases?|returns?|travels?|closes?|ends?|votes?|convenes?|debates?)))\b(?![^.!?;]*\b(?<!\bbe )(?<!\bbeen )(?:said|told|met|took|gave|sent|held|made|came|went|began|opened|started|(?<!\b(?:a|an|the|its|their|his|her|our|fully|newly|well|widely|long|\w+ly) )[a-z]{3,}ed)\b)[^.!?;]*$/i

/** Past forms that do not end in "-ed" (the ones that also serve as present forms, "cut", "set", are left out). */
const IRREGULAR_PAST = new Set(
  (
    'was were had did arose awoke became began bent bit bled blew broke brought built bought caught chose came ' +
    'crept dealt dug drew drank drove ate fell fed felt fought found fled flung flew forbade forgot forgave froze ' +
    'got gave went grew hung heard hid held kept knelt knew laid led left lent lay lost made meant met paid rode ' +
    'rang rose ran said saw sought sold sent shook shone shot shrank sang sank sat slept slid spoke sped spent ' +
    'spun sprang stood stole stuck struck swore swept swam swung took taught tore told thought threw understood ' +
    'woke wore wept won withdrew wrote overtook undertook underwent oversaw overthrew upheld'
  ).split(' '),
)
/** "-ed" words that are not past verbs. */
const NOT_PAST = new Set(
  'need speed seed feed bed red shed hundred indeed united based related expected scheduled planned proposed ' +
    'supposed used naked wicked sacred kindred beloved wretched rugged'.split(' '),
)
/** Before a participle, these make it perfect or passive present ("has issued", "is delayed"): not a past date. */
const PRESENT_AUXILIARY = new Set('has have is are am be been being'.split(' '))
const MODAL = new Set('will would shall can could may might must should'.split(' '))
/** How far the clause is read on each side of the expression, in characters. */
const BEFORE = 120
const AFTER = 80

/** The tense of the clause around the expression `[start, end)` of `text`. */
export function clauseTense(text: string, start: number, end: number): Tense {
  // Curly apostrophes as straight ones, so "I’ll" reads like "I'll".
  const before = text.slice(Math.max(0, start - BEFORE), start).replace(/’/g, "'")
  const clause = before.slice(Math.max(0, before.search(/[^.!?;\n]*$/)))
  const after = text.slice(end, Math.min(text.length, end + AFTER)).replace(/’/g, "'")
  const rest = after.slice(0, Math.max(0, after.search(/[.!?;\n]|$/)))
  if (FUTURE_CUE.test(clause) && FUTURE.test(clause)) {
    // "The ruling was expected on Thursday but was delayed": what was planned then, told afterwards.
    return /\bbut (?:it |they |he |she )?(?:was|were|had|did)\b/i.test(rest) ? 'past' : 'future'
  }
  const back = scan(words(clause).reverse(), 'backward')
  if (back !== 'unknown') return back
  // "By March, the factory will close": an expression that opens its clause takes the tense of what follows.
  if (/\p{L}{3,}/u.test(clause.replace(/\b(?:by|in|on|since|until|from|during|and|but|then)\b/gi, ''))) {
    return 'unknown'
  }
  return scan(words(rest), 'forward')
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[a-z']+/g) ?? []
}

/** The first verb met decides: a modal or "going to" is future, a past form past, a present auxiliary unknown. */
function scan(list: string[], direction: 'backward' | 'forward'): Tense {
  for (let i = 0; i < list.length; i++) {
    const w = list[i] ?? ''
    // The word the scan met just before this one (nearer the expression when reading backward).
    const outer = direction === 'backward' ? list[i + 1] : list[i - 1]
    if (MODAL.has(w) || w.endsWith("'ll")) return w === 'could' || w === 'might' ? 'unknown' : 'future'
    if (IRREGULAR_PAST.has(w))
      return w === 'had' || w === 'was' || w === 'were' || w === 'did' ? 'past' : past(outer)
    // "ahead of its elections in September": the date is that of what lies ahead, not of the verb before it.
    if (direction === 'backward' && w === 'ahead' && list[i - 1] === 'of') return 'unknown'
    // "a fully costed manifesto", "the newly elected mayor": a participle used as an adjective is no verb.
    if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w) && !isModifier(outer)) return past(outer)
    if (PRESENT_AUXILIARY.has(w) || w === 'does' || w === 'do') return 'unknown'
  }
  return 'unknown'
}

const DETERMINERS = new Set('a an the its their his her our my your this that these those'.split(' '))
/** A determiner or an "-ly" adverb before an "-ed" word makes it an adjective ("a fully costed plan"). */
const isModifier = (word: string | undefined): boolean =>
  word !== undefined && (DETERMINERS.has(word) || (word.length > 3 && word.endsWith('ly')))

/** A past form after "has", "is", "will be"… is a participle: the tense is the auxiliary's, read next. */
function past(auxiliary: string | undefined): Tense {
  if (auxiliary === undefined) return 'past'
  if (PRESENT_AUXILIARY.has(auxiliary) || MODAL.has(auxiliary)) return 'unknown'
  return 'past'
}
