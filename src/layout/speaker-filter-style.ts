/**
 * The speaker filter as CSS: every claim and speaker mark carries a class for its speaker (`by-3`, by position
 * in the article's speaker list, or `by-none`), and the article root carries `filtering`, `keep-3` for each
 * chosen speaker and `slot1-3` for the colour each chosen speaker gets. Choosing a speaker then changes classes
 * on one element, as switching a layer does, and Chromium restyles only the marks on screen; writing an
 * attribute on each kept claim touched thousands of marks on a long article. Class names hold numbers only, so
 * nothing from the article reaches the style sheet.
 */

/** Chosen speakers with a colour (and line style) of their own; any further ones share the claim colour. */
export const SPEAKER_SLOTS = 6

/** Class of a claim or speaker mark of the speaker at `index` in the article's speaker list (-1: no speaker). */
export function claimSpeakerClass(index: number): string {
  return index >= 0 ? `by-${index}` : 'by-none'
}

/**
 * Classes for the article root: none without a filter, else `filtering`, one `keep-N` per chosen speaker and
 * `slotS-N` giving the S-th chosen speaker (in the order given) their colour.
 */
export function speakerFilterClasses(chosen: readonly number[]): string[] {
  if (chosen.length === 0) return []
  const kept = chosen.filter((i) => i >= 0)
  return [
    'filtering',
    ...kept.map((i) => `keep-${i}`),
    ...kept.slice(0, SPEAKER_SLOTS).map((i, slot) => `slot${slot}-${i}`),
  ]
}

/**
 * Rules that clear, under `filtering`, the claims of every speaker not kept, as a hidden layer is cleared in
 * index.css (no background or outline, no pointer of its own, no spoken label), and fade their text; and rules
 * that hand each chosen speaker's claims and mentions their slot's colour (the `--chosen-*` properties
 * index.css paints with). One selector per speaker, and per speaker and slot; claims without a speaker are
 * cleared by index.css itself.
 */
export function speakerFilterRules(speakerCount: number): string {
  if (speakerCount <= 0) return ''
  const marks: string[] = []
  for (let i = 0; i < speakerCount; i++) marks.push(`.filtering:not(.keep-${i}) mark.hl-claim.by-${i}`)
  const rule = (selectors: string[], declarations: string) =>
    `${selectors.join(',\n')} {\n  ${declarations}\n}\n`
  let css =
    rule(marks, 'background: none;\n  outline: none;\n  color: var(--faded);') +
    rule(
      marks.map((m) => `${m}:hover`),
      'cursor: inherit;',
    ) +
    rule(
      marks.map((m) => `${m}::before`),
      'visibility: hidden;',
    )
  for (let slot = 0; slot < SPEAKER_SLOTS; slot++) {
    const chosen: string[] = []
    for (let i = 0; i < speakerCount; i++) chosen.push(`.slot${slot}-${i} mark.by-${i}`)
    css += rule(
      chosen,
      `--chosen-bg: var(--slot${slot}-bg);\n  --chosen-pattern: var(--slot${slot}-pattern);`,
    )
  }
  return css
}
