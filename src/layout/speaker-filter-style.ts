/**
 * The speaker filter as CSS: every claim mark carries a class for its speaker (`by-3`, by position in the
 * article's speaker list, or `by-none`), and the article root carries `filtering` plus `keep-3` for each chosen
 * speaker. Choosing a speaker then changes classes on one element, as switching a layer does, and Chromium
 * restyles only the claims on screen; writing an attribute on each kept claim touched thousands of marks on a
 * long article. Class names hold numbers only, so nothing from the article reaches the style sheet.
 */

/** Class of a claim mark said by the speaker at `index` in the article's speaker list (-1: no speaker). */
export function claimSpeakerClass(index: number): string {
  return index >= 0 ? `by-${index}` : 'by-none'
}

/** Classes for the article root: none without a filter, else `filtering` and one `keep-N` per chosen speaker. */
export function speakerFilterClasses(chosen: readonly number[]): string[] {
  if (chosen.length === 0) return []
  return ['filtering', ...chosen.filter((i) => i >= 0).map((i) => `keep-${i}`)]
}

/**
 * Rules that clear, under `filtering`, the claims of every speaker not kept, exactly as a hidden layer is
 * cleared in index.css (no background or outline, no pointer of its own, and no spoken label). One pair of selectors per
 * speaker; claims without a speaker are cleared by index.css itself.
 */
export function speakerFilterRules(speakerCount: number): string {
  if (speakerCount <= 0) return ''
  const marks: string[] = []
  for (let i = 0; i < speakerCount; i++) marks.push(`.filtering:not(.keep-${i}) mark.hl-claim.by-${i}`)
  const rule = (suffix: string, declarations: string) =>
    `${marks.map((m) => m + suffix).join(',\n')} {\n  ${declarations}\n}\n`
  return (
    rule('', 'background: none;\n  outline: none;') +
    rule(':hover', 'cursor: inherit;') +
    rule('::before', 'visibility: hidden;')
  )
}
