/** Units for the number pass: currencies as ISO 4217 codes, units of measure, and words that are not units. */

/** Currency signs written before digits. Longest first, so "US$" wins over "$". */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['NZ$', 'NZD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['Rs. ', 'INR'],
  ['Rs.', 'INR'],
  ['Rs ', 'INR'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['₴', 'UAH'],
]

/** Currency names written after a number ("5 million euros"), lower-cased. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dollars: 'USD',
  'us dollars': 'USD',
  'hong kong dollars': 'HKD',
  'australian dollars': 'AUD',
  'canadian dollars': 'CAD',
  'singapore dollars': 'SGD',
  euro: 'EUR',
  euros: 'EUR',
  yuan: 'CNY',
  renminbi: 'CNY',
  yen: 'JPY',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  rupee: 'INR',
  rupees: 'INR',
  tenge: 'KZT',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  lira: 'TRY',
  'pounds sterling': 'GBP',
}

/** ISO codes that may stand before or after a figure ("USD 5 million", "3 billion RMB"). */
export const CURRENCY_CODES: Readonly<Record<string, string>> = {
  USD: 'USD',
  EUR: 'EUR',
  GBP: 'GBP',
  CNY: 'CNY',
  RMB: 'CNY',
  JPY: 'JPY',
  RUB: 'RUB',
  INR: 'INR',
  KZT: 'KZT',
  CHF: 'CHF',
}

/**
 * Units of measure, lower-cased, longest first. A unit of measure belongs to the quantity ("30 years",
 * "5 km", "42 percent"), so the number's span includes it; a counted noun ("8,000 people") does not.
 */
/** Units of time, singular; each also counts in the plural ("3 years"). */
export const TIME_UNITS = [
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'fortnight',
  'month',
  'year',
  'decade',
] as const

export const MEASURE_UNITS: readonly string[] = [
  'percentage points',
  'percentage point',
  'per cent',
  'percent',
  'degrees celsius',
  'degrees fahrenheit',
  'square kilometres',
  'square kilometers',
  'square miles',
  'square metres',
  'square meters',
  'cubic metres',
  'cubic meters',
  'light years',
  ...TIME_UNITS.flatMap((u) => [`${u}s`, u]),
  'centuries',
  'century',
  ...[
    'kilometre',
    'kilometer',
    'metre',
    'meter',
    'centimetre',
    'centimeter',
    'millimetre',
    'millimeter',
  ].flatMap((u) => [`${u}s`, u]),
  ...[
    'mile',
    'foot',
    'inch',
    'yard',
    'kilogram',
    'gram',
    'tonne',
    'ton',
    'litre',
    'liter',
    'gallon',
    'barrel',
  ].flatMap((u) => [`${u}s`, u]),
  ...['hectare', 'acre', 'knot', 'degree', 'megawatt', 'gigawatt', 'kilowatt'].flatMap((u) => [`${u}s`, u]),
  'feet',
  'inches',
  'km/h',
  'kph',
  'mph',
  'km',
  'cm',
  'mm',
  'kg',
  'lbs',
  'lb',
  'ft',
  'mw',
  'gw',
  'kwh',
  'gwh',
  'gb',
  'tb',
  '°c',
  '°f',
]

/** Symbols glued to the figure: "42%", "20°C". */
export const UNIT_SYMBOLS: Readonly<Record<string, string>> = { '%': 'percent', '°C': '°c', '°F': '°f' }

/** Canonical names for units the text may spell several ways. */
export const UNIT_ALIASES: Readonly<Record<string, string>> = {
  'per cent': 'percent',
  'percentage point': 'percentage points',
}

/**
 * Words that end the search for a counted noun after a number: function words, auxiliaries and reporting
 * verbs. "7,939, the Interior Ministry" has no unit; "three countries are" has "countries".
 */
export const NOT_A_UNIT = new Set(
  (
    'a an the this that these those it its his her their our your my we they he she you i who whom whose which what ' +
    'and or but nor so yet if than then as of to in on at by for from with without into onto over under about ' +
    'after before during since until till against between among through across per via ago earlier later ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'said says say told tells according not no also only just even more most less least very too each every ' +
    'other another such all both some any many much few several there here when where while because although ' +
    'mainly mostly nearly almost around roughly approximately about percent times'
  ).split(' '),
)

/** Singular nouns after which "one" is a count ("one person was killed") rather than a pronoun ("the one that"). */
export const SINGULAR_COUNT_NOUNS = new Set(
  (
    'person man woman child boy girl baby soldier officer policeman civilian protester demonstrator student ' +
    'worker journalist reporter doctor patient victim death case vote seat member country state city province ' +
    'region village building house home car vehicle plane aircraft ship tank missile bomb shot dollar euro pound ' +
    'yuan ruble company firm bank school hospital time'
  ).split(' '),
)

/** Words before a figure that make it a label, not a quantity: "Article 5", "Flight 370", "No. 1". */
export const LABEL_WORDS = new Set(
  (
    'article section chapter clause paragraph resolution amendment flight route highway interstate room page ' +
    'no. number phase stage level category gate platform terminal line version model episode season volume ' +
    'vol vol. unit block lot apartment suite row table figure exhibit item act bill'
  ).split(' '),
)
