import { describe, expect, it } from 'vitest'
import {
  SPEAKER_SLOTS,
  claimSpeakerClass,
  speakerFilterClasses,
  speakerFilterRules,
} from './speaker-filter-style.ts'

describe('speaker filter style', () => {
  it('names claim classes by speaker position, and by-none for a claim without a speaker', () => {
    expect(claimSpeakerClass(0)).toBe('by-0')
    expect(claimSpeakerClass(11)).toBe('by-11')
    expect(claimSpeakerClass(-1)).toBe('by-none')
  })

  it('puts no class on the root without a filter, and one keep class per chosen speaker with one', () => {
    expect(speakerFilterClasses([])).toEqual([])
    expect(speakerFilterClasses([3, 0])).toEqual(['filtering', 'keep-3', 'keep-0', 'slot0-3', 'slot1-0'])
    expect(speakerFilterClasses([-1])).toEqual(['filtering'])
  })

  it('clears each speaker’s claims unless that speaker is kept, marks and spoken labels alike', () => {
    const css = speakerFilterRules(3)
    for (const i of [0, 1, 2]) {
      expect(css).toContain(`.filtering:not(.keep-${i}) mark.hl-claim.by-${i},`.slice(0, -1))
      expect(css).toContain(`.filtering:not(.keep-${i}) mark.hl-claim.by-${i}::before`)
      expect(css).toContain(`.filtering:not(.keep-${i}) mark.hl-claim.by-${i}:hover`)
    }
    expect(css).not.toContain('by-3')
    expect(css).toMatch(/background: none;/)
    expect(css).toMatch(/visibility: hidden;/)
    expect(css).toMatch(/cursor: inherit;/)
    // Balanced braces: three rules, one per slot, nothing left open for what follows in the sheet.
    expect(css.split('{').length).toBe(4 + SPEAKER_SLOTS)
    expect(css.split('}').length).toBe(4 + SPEAKER_SLOTS)
  })

  it('gives the first chosen speakers a colour each, by slot, for their claims and their mentions alike', () => {
    expect(speakerFilterClasses([0, 1, 2, 3, 4, 5, 6]).filter((c) => c.startsWith('slot'))).toHaveLength(
      SPEAKER_SLOTS,
    )
    const css = speakerFilterRules(2)
    expect(css).toContain('.slot0-1 mark.by-1')
    expect(css).toContain(`.slot${SPEAKER_SLOTS - 1}-0 mark.by-0`)
    expect(css).toContain('--chosen-bg: var(--slot0-bg);')
  })

  it('writes nothing for an article without speakers', () => {
    expect(speakerFilterRules(0)).toBe('')
  })
})
