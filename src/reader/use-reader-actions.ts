import { useCallback, useRef, type RefObject } from 'react'
import type { Annotation, Layer, TimelineEvent } from '../model/annotated-article.ts'
import { claimsOf, visibleInOrder, type ReaderModel } from '../layout/reader-model.ts'
import { nextInOrder } from '../state/navigation.ts'
import type { ViewState } from '../state/view-state.ts'
import type { ViewStore } from '../state/view-store.ts'
import { showToast } from './ui/toast.tsx'

/**
 * What the reader's controls, keys and clicks do to the view. Every action reads the view from the store when
 * it runs, so the callbacks stay stable and the memoized panels skip re-rendering when only a layer changes.
 * `scrollToFocus` is set when an action wants the newly focused highlight scrolled into view and given focus.
 */
export function useReaderActions(
  model: ReaderModel,
  store: ViewStore<{ view: ViewState }>,
  scrollToFocus: RefObject<boolean>,
) {
  const read = useCallback(() => store.getSnapshot().checked.view, [store])
  const actions = useRef<ReturnType<typeof makeActions>>(null)
  actions.current ??= makeActions(model, store, read, scrollToFocus)
  return actions.current
}

function makeActions(
  model: ReaderModel,
  store: ViewStore<{ view: ViewState }>,
  read: () => ViewState,
  scrollToFocus: RefObject<boolean>,
) {
  const focusOn = (id: string, mode: 'push' | 'replace') => {
    scrollToFocus.current = true
    store.update({ focus: id }, mode)
  }
  const nameOf = (id: string) => model.speakerById.get(id)?.name ?? id

  /** Filters to `chosen`; claims are switched on if they were off (and the reader told), or nothing would show. */
  const filterTo = (chosen: readonly string[], mode: 'push' | 'replace' = 'push') => {
    const view = read()
    const layers = new Set(view.layers)
    const claimsWereOff = chosen.length > 0 && !layers.has('claim')
    if (claimsWereOff) layers.add('claim')
    store.update({ speakers: chosen, focus: null, layers }, mode)
    if (claimsWereOff) showToast('Claims switched on to show the chosen speakers’ claims')
  }

  const toggleLayer = (layer: Layer) => {
    const view = read()
    const layers = new Set(view.layers)
    const hiding = layers.delete(layer)
    if (!hiding) layers.add(layer)
    // Hiding a layer closes the details of a highlight of that layer.
    const focused = view.focus === null ? undefined : model.annotationById.get(view.focus)
    const focus = hiding && focused?.layer === layer ? null : view.focus
    store.update({ layers, focus }, 'replace')
  }

  const stepHighlight = (direction: 1 | -1) => {
    const view = read()
    if (view.layers.size === 0)
      return showToast('Every layer is off: switch one on (keys 1–5) to step through')
    const list = visibleInOrder(model, view.layers, view.speakers)
    const id = nextInOrder(list, view.focus, direction)
    if (!id) return showToast('No highlight to step to in this view')
    if (wrapped(model, view.focus, id, direction))
      showToast(direction === 1 ? 'Back to the first highlight' : 'Wrapped to the last highlight')
    focusOn(id, 'replace')
  }

  const stepClaim = (direction: 1 | -1) => {
    const view = read()
    if (view.speakers.length === 0)
      return showToast('Choose a speaker first: n and p step through the chosen speakers’ claims')
    const id = nextInOrder(claimsOf(model, view.speakers), view.focus, direction)
    if (!id) return showToast('The chosen speakers have no claims in this article')
    if (!view.layers.has('claim')) filterTo(view.speakers, 'replace')
    if (wrapped(model, view.focus, id, direction))
      showToast(direction === 1 ? 'Back to the first claim' : 'Wrapped to the last claim')
    focusOn(id, 'replace')
  }

  return {
    read,
    filterTo,
    toggleLayer,
    stepHighlight,
    stepClaim,
    toggleSpeaker: (id: string) => {
      const current = read().speakers
      filterTo(current.includes(id) ? current.filter((s) => s !== id) : [...current, id])
    },
    clearFilter: () => filterTo([]),
    closeDetails: () => store.update({ focus: null }, 'replace'),
    activateEvent: (event: TimelineEvent) => {
      const id = event.annotationIds[0]
      if (id) focusOn(id, 'push')
    },
    /**
     * A click or tap on a highlight focuses it; on a speaker's name alone it filters to that speaker instead and
     * shows their claims, with no popover over them (a name that is also a source opens the popover of both,
     * which offers the filter). Keyboard focus always focuses.
     */
    activateHighlight: (a: Annotation, by: 'pointer' | 'focus', alone: boolean) => {
      if (by === 'pointer' && alone && a.layer === 'speaker') {
        filterTo([a.speakerId])
        const count = model.claimCount.get(a.speakerId) ?? 0
        showToast(`Showing ${count} ${count === 1 ? 'claim' : 'claims'} by ${nameOf(a.speakerId)}`)
      } else if (read().focus !== a.id) store.update({ focus: a.id }, 'replace')
    },
  }
}

/** Whether stepping from `from` to `to` went round the end of the article. */
function wrapped(model: ReaderModel, from: string | null, to: string, direction: 1 | -1): boolean {
  const a = from === null ? undefined : model.annotationById.get(from)
  const b = model.annotationById.get(to)
  if (!a || !b || a.id === b.id) return false
  return direction === 1 ? b.start < a.start : b.start > a.start
}
