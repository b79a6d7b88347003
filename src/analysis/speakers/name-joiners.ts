import { ORGANIZATION_HEADS, TITLE_WORDS } from '../lexicon/titles.ts'
import { isCapitalized, type Token } from '../text/tokens.ts'

/** "Ursula von der Leyen", "Gabriel García de la Cruz", "Mohammed bin Salman": lower-case words inside a name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'van von der den de del della da di du dos das la le bin ibn al el ter ten zu'.split(' '),
)

/** "Commission on International Watercourses", "Institute for Basin Studies": what joins an organization head. */
const ORGANIZATION_LINKS: ReadonlySet<string> = new Set(['for', 'on'])

/**
 * Whether the lower-case (or ampersand) token `j` joins the capitalised words on each side into one name: "of"
 * ("Bank of England"), "&" ("Maritime Grid & Power Co."), "and" after a title ("Secretary and Minister"),
 * "for"/"on" after an organization head, and name particles ("von der"). Capitalised tokens are not joiners.
 */
export function joinsName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]
  const prev = tokens[j - 1]
  if (!t || !prev || t.kind !== 'word' || prev.kind !== 'word' || !isCapitalizedOrParticle(prev)) return false
  let k = j + 1
  if (NAME_PARTICLES.has(t.lower)) while (NAME_PARTICLES.has(tokens[k]?.lower ?? '') && k - j < 3) k++
  const next = tokens[k]
  if (!next || next.kind !== 'word' || !isCapitalized(next.text)) return false
  if (t.text === '&' || t.lower === 'of' || NAME_PARTICLES.has(t.lower)) return true
  if (t.lower === 'and') return TITLE_WORDS.has(prev.lower)
  return ORGANIZATION_LINKS.has(t.lower) && ORGANIZATION_HEADS.has(prev.lower)
}

const isCapitalizedOrParticle = (t: Token): boolean => isCapitalized(t.text) || NAME_PARTICLES.has(t.lower)
