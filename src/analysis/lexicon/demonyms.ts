/**
 * Countries and the adjectives for them, so "Kazakh authorities" and "Kazakhstan authority", or "the Chinese
 * Foreign Minister" and a role "China's foreign minister", are recognised as the same. Lower-cased.
 */
const TABLE = `afghanistan:afghan albania:albanian algeria:algerian argentina:argentine,argentinian
  armenia:armenian australia:australian austria:austrian azerbaijan:azerbaijani,azeri bangladesh:bangladeshi
  belarus:belarusian,belarussian belgium:belgian bolivia:bolivian bosnia:bosnian brazil:brazilian
  britain:british,uk,u.k. bulgaria:bulgarian cambodia:cambodian cameroon:cameroonian canada:canadian
  chile:chilean china:chinese colombia:colombian croatia:croatian cuba:cuban cyprus:cypriot czechia:czech
  denmark:danish ecuador:ecuadorian egypt:egyptian england:english estonia:estonian ethiopia:ethiopian
  europe:european finland:finnish france:french georgia:georgian germany:german ghana:ghanaian greece:greek
  hungary:hungarian iceland:icelandic india:indian indonesia:indonesian iran:iranian iraq:iraqi ireland:irish
  israel:israeli italy:italian japan:japanese jordan:jordanian kazakhstan:kazakh,kazakhstani kenya:kenyan
  korea:korean kosovo:kosovar kuwait:kuwaiti kyrgyzstan:kyrgyz latvia:latvian lebanon:lebanese libya:libyan
  lithuania:lithuanian malaysia:malaysian mali:malian mexico:mexican moldova:moldovan mongolia:mongolian
  morocco:moroccan myanmar:burmese nepal:nepalese,nepali netherlands:dutch nigeria:nigerian norway:norwegian
  pakistan:pakistani palestine:palestinian peru:peruvian philippines:philippine,filipino poland:polish
  portugal:portuguese qatar:qatari romania:romanian russia:russian rwanda:rwandan serbia:serbian
  singapore:singaporean slovakia:slovak slovenia:slovenian somalia:somali spain:spanish sudan:sudanese
  sweden:swedish switzerland:swiss syria:syrian taiwan:taiwanese tajikistan:tajik tanzania:tanzanian
  thailand:thai tunisia:tunisian turkey:turkish,turkiye turkmenistan:turkmen uganda:ugandan ukraine:ukrainian
  us:u.s.,american,usa,u.s.a.,america uzbekistan:uzbek venezuela:venezuelan vietnam:vietnamese yemen:yemeni
  zambia:zambian zimbabwe:zimbabwean scotland:scottish wales:welsh`

function buildMap(): Map<string, string> {
  const map = new Map<string, string>()
  for (const entry of TABLE.split(/\s+/)) {
    const [country = '', adjectives = ''] = entry.split(':')
    if (!country) continue
    map.set(country, country)
    for (const a of adjectives.split(',')) if (a) map.set(a, country)
  }
  return map
}

const PLACES = buildMap()

/** The country a lower-cased demonym or country name stands for ("kazakh" -> "kazakhstan"), else undefined. */
export function countryOf(word: string): string | undefined {
  const w = word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word
  return PLACES.get(w)
}
