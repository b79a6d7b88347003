/**
 * Plural nouns for unnamed groups that speak in the news: "observers said", "…, said experts",
 * "local residents told …". Lower-cased.
 */
export const GROUP_NOUNS = new Set(
  `observers experts analysts officials residents witnesses critics sources diplomats lawmakers legislators
  activists protesters protestors demonstrators investigators prosecutors researchers scientists economists
  doctors medics nurses teachers students parents workers employees staff villagers locals citizens voters
  supporters opponents insiders officers commentators scholars academics historians aides advisers advisors
  allies leaders ministers members organizers organisers campaigners rescuers survivors victims relatives
  families neighbors neighbours farmers traders investors bankers executives managers owners fans users
  consumers customers passengers patients specialists pundits watchers spokespeople representatives delegates
  negotiators participants attendees media observers authorities police troops soldiers militants rebels
  insurgents lawyers attorneys judges regulators forecasters meteorologists epidemiologists engineers
  developers residents onlookers bystanders eyewitnesses mourners pilgrims refugees migrants organisers
  strategists economists polls pollsters tenants renters homeowners landlords shoppers commuters motorists
  drivers firefighters paramedics nurses physicians clinicians surgeons educators unions regulators prosecutors
  inspectors auditors creditors shareholders bondholders traders economists campaigners advocates protesters
  retirees pensioners veterans detectives agents guards crews workers residents chiefs sources people
  fishermen fishers businessmen businesswomen tradesmen craftsmen servicemen congressmen`
    .split(/\s+/)
    .filter(Boolean),
)

/** Quantifiers and adjectives that may stand before a group noun: "some analysts", "two senior officials". */
export const GROUP_MODIFIERS = new Set(
  `some many several most few two three four five six seven eight nine ten dozens hundreds thousands other
  local senior junior western eastern foreign international independent military security government
  political industry health medical legal state federal regional provincial city police company party
  opposition unnamed anonymous top former current chinese american russian european`
    .split(/\s+/)
    .filter(Boolean),
)

/** Heads of anonymous sources: "a person familiar with the matter", "two people with direct knowledge of …". */
export const ANONYMOUS_SOURCE_HEADS: ReadonlySet<string> = new Set([
  'person',
  'people',
  'source',
  'sources',
  'insider',
  'insiders',
])

/** The word that ties an anonymous source to what it knows: "familiar with", "close to", "briefed on". */
export const ANONYMOUS_SOURCE_LINKS: ReadonlySet<string> = new Set([
  'familiar',
  'close',
  'with',
  'briefed',
  'involved',
  'aware',
  'knowledgeable',
])
