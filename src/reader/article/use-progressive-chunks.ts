import {
  startTransition,
  useEffect,
  useState,
  useSyncExternalStore,
  type Dispatch,
  type RefObject,
  type SetStateAction,
} from 'react'
import { flushSync } from 'react-dom'
import { fullPlan, isComplete, nextPlan, withChunks, type RenderPlan } from '../../layout/article-chunks.ts'
import { whenIdleAfterNextFrame } from '../ui/after-next-frame.ts'

/** Chunks added per idle slice: ~30 paragraphs, rendered by React in 5 ms pieces and committed at once. */
const STEP = 4
/** How far outside the viewport a placeholder the reader scrolls towards is rendered at once, in screens. */
const MARGIN_SCREENS = 1

const subscribeNothing = () => () => undefined

/** True while React renders on the server or hydrates: the pre-rendered HTML holds every chunk, so must the client. */
export function useIsHydrating(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => false,
    () => true,
  )
}

/**
 * False on the first client render when `later` is set, then true from the first idle moment after a frame (a
 * transition, rendered in slices): for a long article's secondary views, such as a timeline of a thousand events,
 * which would otherwise delay its first screen. Always true where the HTML was pre-rendered with them.
 */
export function useShownLater(later: boolean): boolean {
  const hydrating = useIsHydrating()
  const [shown, setShown] = useState(() => hydrating || !later)
  useEffect(() => {
    if (shown) return
    return whenIdleAfterNextFrame(() => startTransition(() => setShown(true)), 500)
  }, [shown])
  return shown
}

/**
 * Renders the rest of a long article after its first screen: one slice of chunks in each idle moment after a frame,
 * as a transition (an input interrupts it). A placeholder scrolled into view is rendered at once, and printing
 * renders everything first.
 */
export function useProgressiveChunks(
  body: RefObject<HTMLElement | null>,
  count: number,
  plan: RenderPlan,
  setPlan: Dispatch<SetStateAction<RenderPlan>>,
) {
  const complete = isComplete(plan, count)
  useEffect(() => {
    if (complete) return
    return whenIdleAfterNextFrame(() => startTransition(() => setPlan((p) => nextPlan(p, count, STEP))), 500)
  }, [plan, complete, count, setPlan])

  useEffect(() => {
    const el = body.current
    if (!el || complete) return
    let frame = 0
    const renderInView = () => {
      frame = 0
      const near = pendingNearViewport(el)
      if (near.length > 0) setPlan((p) => withChunks(p, near))
    }
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(renderInView)
    }
    const onPrint = () => flushSync(() => setPlan(fullPlan(count)))
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('beforeprint', onPrint)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('beforeprint', onPrint)
    }
  }, [body, complete, count, setPlan])
}

/** Indices of the placeholders within a screen of the viewport (chunks are in order: binary search, then walk). */
function pendingNearViewport(body: HTMLElement): number[] {
  const chunks = body.children
  const margin = window.innerHeight * MARGIN_SCREENS
  let lo = 0
  let hi = chunks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (chunks[mid]!.getBoundingClientRect().bottom < -margin) lo = mid + 1
    else hi = mid
  }
  const out: number[] = []
  for (let i = lo; i < chunks.length; i++) {
    const chunk = chunks[i] as HTMLElement
    if (chunk.getBoundingClientRect().top > window.innerHeight + margin) break
    if (chunk.dataset.pending !== undefined) out.push(i)
  }
  return out
}
