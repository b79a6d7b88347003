/**
 * General knowledge for the source pass: names of news outlets and state bodies, and the head nouns that
 * tell what kind of source a phrase names. Nothing here is specific to one article.
 */

/** News outlets and agencies often cited by name alone (compared case-sensitively, as written). */
export const OUTLET_NAMES = new Set(
  [
    'Reuters',
    'AFP',
    'Agence France-Presse',
    'AP',
    'Associated Press',
    'Xinhua',
    'TASS',
    'Interfax',
    'RIA Novosti',
    'Sputnik',
    'RT',
    'CNN',
    'BBC',
    'NPR',
    'PBS',
    'ABC',
    'CBS',
    'NBC',
    'MSNBC',
    'Fox News',
    'CCTV',
    'CGTN',
    'Bloomberg',
    'Politico',
    'Axios',
    'Semafor',
    'Kyodo',
    'Yonhap',
    'NHK',
    'PTI',
    'ANI',
    'dpa',
    'DPA',
    'ANSA',
    'EFE',
    'KCNA',
    'Al Jazeera',
    'Al Arabiya',
    'Euronews',
    'Deutsche Welle',
    'DW',
    'Kommersant',
    'Vedomosti',
    'Izvestia',
    'Le Monde',
    'Der Spiegel',
    'Spiegel',
    'Haaretz',
    'Nikkei',
    'Caixin',
    'SCMP',
    'WSJ',
    'Vox',
    'Vice',
    'BuzzFeed News',
    'HuffPost',
    'ProPublica',
    'Forbes',
    'Fortune',
    'Newsweek',
    'Nature',
    'Science',
    'The Lancet',
    'Lancet',
    'Khabar',
    'Tengrinews',
    'Kazinform',
    'Anadolu',
    'IRNA',
    'WAFA',
    'Ukrinform',
    'Meduza',
  ].map((n) => n.toLowerCase()),
)

/** Well-known seats of government cited by metonymy: "the Kremlin said", "according to the White House". */
export const GOVERNMENT_NAMES = new Set(
  [
    'Kremlin',
    'White House',
    'Pentagon',
    'Downing Street',
    'Elysee',
    'Élysée',
    'Zhongnanhai',
    'Whitehall',
    'Akorda',
  ].map((n) => n.toLowerCase()),
)

/** Capitalized words that name a news outlet: "BBC News", "the Global Times", "Daily Mail". */
export const MEDIA_NAME_WORDS = new Set(
  (
    'news times post journal herald tribune gazette telegraph guardian daily weekly chronicle express mirror ' +
    'observer independent standard economist inquirer examiner bulletin courier dispatch monitor review record ' +
    'press today tv radio television broadcasting'
  ).split(' '),
)

/** Common nouns for news outlets, in any case: "local media", "state broadcaster", "the newspaper". */
export const MEDIA_NOUNS = new Set(
  (
    'media newspaper newspapers paper magazine outlet outlets broadcaster broadcasters network networks channel ' +
    'television tv radio wire newswire tabloid portal newsletter podcast station daily news'
  ).split(' '),
)

/** Words that make a phrase a government body. */
export const GOVERNMENT_WORDS = new Set(
  (
    'ministry ministries department government governments authority authorities police administration treasury ' +
    'cabinet parliament congress senate presidency embassy consulate military army navy prosecutor prosecutors ' +
    "prosecutor's office court courts commission bureau council committee agency service regulator regulators " +
    'officials official spokesman spokeswoman spokesperson mayor governor state-run kremlin ' +
    'secretariat directorate inspectorate command guard forces reserve'
  ).split(' '),
)

/** Capitalized words that name a statistics office: "Statistics Canada", "the Census Bureau". */
export const STATISTICS_NAME_WORDS: ReadonlySet<string> = new Set(['statistics', 'statistical', 'census'])

/**
 * The field of a public agency named "<field> <country>": "Environment Canada", "Health Canada", "Transport
 * Canada", "Statistics Netherlands", "Australia Post" is not one (the country comes first).
 */
export const AGENCY_FIELD_WORDS: ReadonlySet<string> = new Set(
  (
    'environment health transport statistics fisheries parks heritage justice finance employment immigration ' +
    'revenue infrastructure defence defense sport agriculture energy housing'
  ).split(' '),
)

/** Words that make a phrase a non-state organization; they win over government words ("World Bank", "UN Council"). */
export const ORGANIZATION_WORDS = new Set(
  (
    'organization organisation organizations organisations association foundation institute institution ' +
    'university college center centre fund bank group company corporation corp inc ltd llc plc union alliance ' +
    'federation society party coalition charity ngo ngos watch amnesty international world united nations un ' +
    'red cross crescent think-tank consultancy firm lab laboratory league chamber exchange'
  ).split(' '),
)

/** Experts cited as a group: "according to experts", "analysts say". */
export const EXPERT_WORDS = new Set(
  (
    'expert experts analyst analysts economist economists scientist scientists researcher researchers ' +
    'scholar scholars specialist specialists academic academics observers epidemiologists professor professors'
  ).split(' '),
)

/** People who pass on information without a name: "a source familiar with the matter", "witnesses". */
export const ANONYMOUS_WORDS = new Set(
  'source sources insider insiders witness witnesses resident residents person people diplomat diplomats'.split(
    ' ',
  ),
)

/** Social platforms: "said on Twitter", "wrote on Telegram". */
export const PLATFORMS = [
  'Twitter',
  'Facebook',
  'Telegram',
  'Weibo',
  'WeChat',
  'Instagram',
  'YouTube',
  'TikTok',
  'LinkedIn',
  'VKontakte',
  'Truth Social',
  'X',
  'Threads',
  'Bluesky',
  'Reddit',
]
