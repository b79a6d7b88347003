/**
 * Titles, roles and organization nouns, lower-cased. A word here lets the analysis split "Kazakh Deputy Prime
 * Minister and Foreign Minister Mukhtar Tileuberdi" into a role and a name, recognise "a spokesman for the
 * agency" as a person, and "the Interior Ministry of Kazakhstan" as an organization.
 */

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean))

/** Words that name a position a person holds; the last one in a capitalised run ends the role. */
export const TITLE_WORDS = words(`
  president vice-president president-elect premier chancellor minister secretary councilor councillor
  spokesman spokeswoman spokesperson ambassador envoy consul senator sen. representative rep. congressman
  congresswoman lawmaker legislator mp governor gov. mayor director director-general chairman chairwoman
  chairperson chair chief ceo cfo coo cto founder co-founder commissioner general gen. admiral adm. colonel col.
  captain capt. lieutenant lt. sergeant sgt. maj. commander officer marshal dr. mr. mrs. ms. mx. miss prof. dr mr mrs
  ms mx prof superintendent firefighter paramedic hydrologist meteorologist physician chemist biologist
  professor lecturer researcher fellow scientist economist analyst strategist judge justice attorney prosecutor
  lawyer solicitor barrister king queen prince princess pope sheikh emir sultan monarch envoy counselor counsellor
  adviser advisor leader head deputy speaker dean rector provost editor editor-in-chief correspondent reporter
  columnist manager executive official diplomat delegate negotiator inspector superintendent sheriff detective
  coach teacher student resident witness doctor nurse surgeon activist campaigner organizer organiser coordinator
  consultant specialist owner partner pastor rabbi imam bishop cardinal archbishop ayatollah mufti taoiseach
  treasurer auditor registrar clerk chairman spokesperson commentator scholar historian researcher engineer
  farmer worker employee driver pilot soldier veteran survivor victim mother father son daughter wife husband
  sister brother neighbor neighbour friend
  republican democrat incumbent challenger candidate nominee
`)

/** Short titles that stand directly before a name and are part of how the person is addressed ("President Xi"). */
export const HONORIFICS = words(`
  president premier chancellor minister secretary senator sen. rep. representative governor gov. mayor
  ambassador general gen. admiral adm. colonel col. captain capt. lieutenant lt. sergeant sgt. major maj.
  dr. mr. mrs. ms. mx. miss prof. dr mr mrs ms mx prof professor judge justice king queen prince princess pope
  sheikh emir sultan superintendent
  sir dame lord lady rev. father sister brother chairman speaker commissioner inspector detective sheriff
`)

/** Titles that say the person's gender, to keep "she said" from resolving to a "Mr." */
export const MALE_TITLES = words(
  'mr. mr spokesman chairman congressman king prince sir lord father son husband brother',
)
export const FEMALE_TITLES = words(`
  mrs. ms. mrs ms miss spokeswoman chairwoman congresswoman queen princess dame lady mother daughter wife sister
`)

/** Head nouns of organizations: "Interior Ministry", "National Security Committee", "police". */
export const ORGANIZATION_HEADS = words(`
  ministry committee council agency department office organization organisation university institute police
  army court commission bank government authority authorities administration bureau parliament congress senate
  assembly cabinet embassy consulate company corporation firm group party union association federation
  foundation fund board service force forces military navy command secretariat directorate inspectorate regulator
  tribunal center centre hospital school college club league coalition alliance movement municipality
  prosecutors' kremlin pentagon presidency palace guard ministry's ministries agencies companies
  inc. inc corp. corp co. ltd. ltd llc plc gmbh holdings limited
  charity campaign nonprofit non-profit ngo think-tank thinktank
`)

/**
 * Capitalized words that name a research, ratings or analytics firm ("Fitch Ratings", "Oxford Economics",
 * "Sensor Tower Analytics"): such a firm publishes figures, so whatever it says or finds is a source. Each is
 * also a company name head (below).
 */
export const FIRM_NAME_WORDS: ReadonlySet<string> = words(
  'ratings analytics economics research metrics insights intelligence consulting consultants advisory',
)

/**
 * Head nouns of company and institution names that are not organizations by themselves ("Sorami Energy",
 * "Prairie Lane Properties", "Red Cross"): a capitalised name ending in one of these is an organization.
 */
export const COMPANY_NAME_HEADS: ReadonlySet<string> = new Set([
  ...FIRM_NAME_WORDS,
  ...words(`
  energy properties property components systems technologies technology industries industrial motors airlines
  airways pharmaceuticals pharma partners labs laboratories foods brands enterprises solutions software
  networks communications telecom electric electronics petroleum mining metals chemicals
  securities investments insurance realty logistics shipping motor automotive robotics therapeutics biotech
  studios entertainment airport railways railroad transit utilities resources group ventures manufacturing
  healthcare clinic international advisors advisers consultancy capital associates strategies institution
  institute
`),
])

/** Well-known organizations whose names end in an ordinary word ("the Red Cross said"), lower-cased. */
export const ORGANIZATION_NAMES = new Set([
  'red cross',
  'red crescent',
  'salvation army',
  'white house',
  'world bank',
  'united nations',
  'european union',
  'european commission',
  'federal reserve',
  'supreme court',
])

/** Common nouns for a company in a definite description: "the auto parts maker said", "the retailer said". */
export const COMPANY_NOUNS = words(`
  company firm maker automaker carmaker chipmaker drugmaker manufacturer producer supplier retailer airline carrier
  operator developer lender insurer bank group conglomerate startup start-up utility chain brand publisher
  owner landlord distributor exporter importer giant
`)

/** Institutions named without a head noun. */
export const INSTITUTION_NAMES = words('kremlin pentagon whitehall élysée elysee vatican')

/** Words that mark the name of a news organization: "BBC News", "the Global Times", "Reuters". */
export const MEDIA_WORDS = words(`
  news times post journal herald tribune guardian telegraph gazette daily review chronicle observer
  reuters afp ap xinhua tass bloomberg cnn bbc nbc abc cbs fox msnbc npr pbs al-jazeera aljazeera kyodo yonhap
  ria interfax dpa efe ansa anadolu media newspaper newspapers outlet outlets broadcaster television tv radio
  channel network agency's wire
`)

/** Singular of a lower-cased noun, good enough for matching organization and group names. */
export function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('sses')) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && word.length > 3)
    return word.slice(0, -1)
  return word
}
