import * as z from 'zod/mini'

/**
 * The open form's draft in localStorage, so a reload (or a crashed tab) loses nothing typed. Read back through
 * a schema: whatever is stored there may come from another version of the app, or be damaged.
 */
const DraftSchema = z.object({
  headline: z.string(),
  outlet: z.string(),
  published: z.string(),
  text: z.string(),
  picked: z.array(z.object({ field: z.string(), value: z.string(), from: z.string() })),
  /** What the input carried beyond the fields (deck, url…), kept as the import gave it. */
  extra: z.optional(z.record(z.string(), z.unknown())),
})
export type SavedDraft = z.infer<typeof DraftSchema>

const KEY = 'marginalia:open-draft'

/** The saved draft, or null when there is none (or it cannot be read, which loses nothing worth keeping). */
export function loadDraft(storage: Storage | undefined = globalThis.localStorage): SavedDraft | null {
  try {
    const raw = storage?.getItem(KEY)
    if (!raw) return null
    const parsed = DraftSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Saves the draft (an empty one is removed); says why when the browser will not keep it. */
export function saveDraft(
  draft: SavedDraft,
  storage: Storage | undefined = globalThis.localStorage,
): { ok: true } | { ok: false; reason: string } {
  try {
    if (!storage) return { ok: false, reason: 'this browser keeps no drafts' }
    if (isEmpty(draft)) storage.removeItem(KEY)
    else storage.setItem(KEY, JSON.stringify(draft))
    return { ok: true }
  } catch {
    return {
      ok: false,
      reason:
        'This draft is too long for the browser to keep over a reload; it stays here while this page is open.',
    }
  }
}

export function clearDraft(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(KEY)
  } catch {
    // Nothing to lose: the draft was used.
  }
}

function isEmpty(draft: SavedDraft): boolean {
  return !draft.headline.trim() && !draft.outlet.trim() && !draft.published.trim() && !draft.text.trim()
}
