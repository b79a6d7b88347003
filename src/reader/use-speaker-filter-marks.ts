import { useLayoutEffect, type RefObject } from 'react'
import type { ReaderModel } from '../layout/reader-model.ts'

/**
 * Applies the speaker filter to the rendered claims: the article root gets `filtering`, and the chosen
 * speakers' claim marks get `data-kept`. Only the claims whose state changes are touched, so Chromium restyles
 * those marks and nothing else (a rewritten style sheet would restyle the whole page). A layout effect, so the
 * change is in the very next frame.
 */
export function useSpeakerFilterMarks(
  root: RefObject<HTMLElement | null>,
  model: ReaderModel,
  speakers: readonly string[],
) {
  useLayoutEffect(() => {
    const el = root.current
    if (!el || speakers.length === 0) return
    const kept: HTMLElement[] = []
    for (const id of speakers) {
      el.querySelectorAll<HTMLElement>(`mark.hl-claim[data-speaker-id="${id}"]`).forEach((m) => {
        m.dataset.kept = ''
        kept.push(m)
      })
    }
    el.classList.add('filtering')
    return () => {
      el.classList.remove('filtering')
      for (const m of kept) delete m.dataset.kept
    }
  }, [root, model, speakers])
}
