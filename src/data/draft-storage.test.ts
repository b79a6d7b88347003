import { beforeEach, describe, expect, it } from 'vitest'
import { clearDraft, loadDraft, saveDraft, type SavedDraft } from './draft-storage.ts'

const draft: SavedDraft = {
  headline: 'A headline <script>alert(1)</script>',
  outlet: 'Outlet',
  published: '2015-03-18',
  text: 'First paragraph.\n\nSecond.',
  picked: [{ field: 'headline', value: 'A headline', from: 'the first line' }],
}

describe('the open form draft', () => {
  beforeEach(() => localStorage.clear())

  it('comes back exactly as saved, and is gone once cleared', () => {
    expect(saveDraft(draft)).toEqual({ ok: true })
    expect(loadDraft()).toEqual(draft)
    clearDraft()
    expect(loadDraft()).toBeNull()
  })

  it('removes the stored draft when every field is emptied', () => {
    saveDraft(draft)
    saveDraft({ ...draft, headline: ' ', outlet: '', published: '', text: '\n' })
    expect(localStorage.length).toBe(0)
  })

  it('ignores a damaged or foreign value instead of throwing', () => {
    localStorage.setItem('marginalia:open-draft', '{"headline": 3')
    expect(loadDraft()).toBeNull()
    localStorage.setItem('marginalia:open-draft', '{"headline": 3}')
    expect(loadDraft()).toBeNull()
  })

  it('says why when the browser refuses to keep it', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    } as unknown as Storage
    expect(saveDraft(draft, full)).toEqual({
      ok: false,
      reason: expect.stringContaining('too long for the browser to keep over a reload'),
    })
  })
})
