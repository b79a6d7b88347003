import { useAdoptedStyleSheet } from './use-adopted-style-sheet.ts'
import { ErrorBoundary } from './error-boundary.tsx'
import { hydratesAnotherAddress } from './use-location.ts'
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { LAYERS, type Layer, type TimelineEvent } from '../model/annotated-article.ts'
import { claimsOf, visibleInOrder, type ReaderModel } from '../layout/reader-model.ts'
import { describeAnnotation } from '../layout/describe-annotation.ts'
import { speakerFilterClasses, speakerFilterRules } from '../layout/speaker-filter-style.ts'
import { nextInOrder } from '../state/navigation.ts'
import { describeTextQuote } from '../state/text-quote.ts'
import { MAX_QUOTE_LENGTH, QUOTE_CONTEXT_LENGTH } from '../state/view-state.ts'
import { AnnotationPopover } from './annotation-popover.tsx'
import { ArticleBody, PhotoCaption } from './article-body.tsx'
import { ArticleHeader } from './article-header.tsx'
import { HelpDialog } from './help-dialog.tsx'
import { RestoreNotice } from './restore-notice.tsx'
import { copyText, useShareHref } from './share-button.tsx'
import { ReaderToolbar, type Sheet } from './reader-toolbar.tsx'
import { useHighlightPopover } from './use-highlight-popover.ts'
import { SpeakerFilter } from './speaker-filter.tsx'
import { Timeline } from './timeline.tsx'
import { useCurrentEvents } from './use-current-events.ts'
import { useHighlightFocus } from './use-highlight-focus.ts'
import { useMarkedPassage } from './use-marked-passage.ts'
import { useSelection } from './use-selection.ts'
import { useShortcuts } from './use-shortcuts.ts'
import { useReaderView } from './use-reader-view.ts'
import { useIdleValue } from './use-idle-value.ts'

/**
 * The interactive reader: view state from the URL, the article rendered once, controls around it. `notice`
 * shows above the article (e.g. how an opened article was stored); `toolbar` adds controls to the toolbar.
 */
export function Reader({
  model,
  notice: pageNotice,
  toolbar,
}: {
  model: ReaderModel
  notice?: ReactNode
  toolbar?: ReactNode
}) {
  const { view, passageSpan, problems: viewProblems, linkProblems, update, store } = useReaderView(model)
  const speakers = useStableList(view.speakers)
  // The timeline under a new filter is redrawn after the frame that filters the highlights: on a long article
  // swapping its list costs more than the rest of the click together (docs/benchmarks.md).
  const timelineSpeakers = useIdleValue(speakers)
  // Handlers read the view from the store when they run, so they stay stable and memoized panels skip
  // re-rendering when only a layer changes.
  const readView = useCallback(() => store.getSnapshot().checked.view, [store])
  // Links we write are canonical, so problems only come from outside (an opened link, Back to one). They stay
  // on screen until dismissed, whatever the reader does next.
  const problems = useStableList([...linkProblems, ...viewProblems])
  const [notice, setNotice] = useState(problems)
  const [seenProblems, setSeenProblems] = useState(problems)
  if (problems !== seenProblems) {
    setSeenProblems(problems)
    if (problems.length > 0) setNotice(problems)
  }
  const shareHref = useShareHref()
  const [sheet, setSheet] = useState<Sheet>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const rootRef = useRef<HTMLElement>(null)
  const scrollToFocus = useRef(view.focus !== null || hydratesAnotherAddress())

  useHighlightFocus(rootRef, view.focus, scrollToFocus)
  useMarkedPassage(rootRef, passageSpan, view.focus === null)
  const currentEvents = useCurrentEvents(rootRef, model)
  const [selection, clearSelection] = useSelection(rootRef)
  // A click on a speaker's name filters to them; on any other highlight it becomes the focus.
  const {
    popover,
    close: closePopover,
    keepOpen,
    closeUnpinnedSoon,
    handlers,
  } = useHighlightPopover(model, view, (a) => {
    if (a.layer === 'speaker') update({ speakers: [a.speakerId], focus: null }, 'push')
    else update({ focus: a.id, passage: null }, 'replace')
  })

  const focusOn = useCallback(
    (id: string | null, mode: 'push' | 'replace') => {
      scrollToFocus.current = true
      update({ focus: id, passage: null }, mode)
    },
    [update],
  )

  const toggleLayer = (layer: Layer) => {
    const layers = new Set(view.layers)
    if (layers.has(layer)) layers.delete(layer)
    else layers.add(layer)
    update({ layers }, 'replace')
  }
  const filterTo = useCallback(
    (chosen: readonly string[]) => {
      closePopover()
      update({ speakers: chosen, focus: null }, 'push')
    },
    [update, closePopover],
  )
  const toggleSpeaker = useCallback(
    (id: string) => {
      const current = readView().speakers
      filterTo(current.includes(id) ? current.filter((s) => s !== id) : [...current, id])
    },
    [readView, filterTo],
  )
  const clearFilter = useCallback(() => filterTo([]), [filterTo])

  const stepHighlight = (direction: 1 | -1) => {
    const id = nextInOrder(visibleInOrder(model, view.layers, view.speakers), view.focus, direction)
    if (id) focusOn(id, 'replace')
  }
  // Stable callbacks (they read the view when they run), so the memoized sidebar panels skip re-rendering
  // when only a layer changes.
  const stepClaim = useCallback(
    (direction: 1 | -1) => {
      const current = readView()
      const id = nextInOrder(claimsOf(model, current.speakers), current.focus, direction)
      if (id) focusOn(id, 'replace')
    },
    [model, readView, focusOn],
  )
  const activateEvent = useCallback(
    (event: TimelineEvent) => {
      setSheet(null)
      const id = event.annotationIds[0]
      if (id) focusOn(id, 'push')
    },
    [focusOn],
  )

  const sharePassage = async () => {
    if (!selection) return
    const span = {
      start: selection.span.start,
      end: Math.min(selection.span.end, selection.span.start + MAX_QUOTE_LENGTH),
    }
    update(
      { passage: describeTextQuote(model.article.text, span, QUOTE_CONTEXT_LENGTH), focus: null },
      'push',
    )
    clearSelection()
    await copyText(shareHref())
  }

  useShortcuts({
    ...Object.fromEntries(LAYERS.map((l, i) => [String(i + 1), () => toggleLayer(l)])),
    j: () => stepHighlight(1),
    k: () => stepHighlight(-1),
    n: () => view.speakers.length > 0 && stepClaim(1),
    p: () => view.speakers.length > 0 && stepClaim(-1),
    l: () => void copyText(shareHref()),
    '?': () => setHelpOpen(true),
    Escape: () => {
      if (popover) popover.anchor.focus({ preventScroll: true })
      closePopover()
      setSheet(null)
    },
  })

  const counts = Object.fromEntries(LAYERS.map((l) => [l, model.byLayer[l].length])) as Record<Layer, number>
  const rootClasses = [
    ...LAYERS.filter((l) => !view.layers.has(l)).map((l) => `hide-${l}`),
    ...speakerFilterClasses(speakers.map((id) => model.speakerIndex.get(id) ?? -1)),
  ]
  const filterRules = useMemo(() => speakerFilterRules(model.article.speakers.length), [model])
  useAdoptedStyleSheet(filterRules)
  const popoverAnnotation = popover ? model.annotationById.get(popover.id) : undefined

  return (
    <>
      <ReaderToolbar
        layers={view.layers}
        counts={counts}
        onToggleLayer={toggleLayer}
        chosenSpeakers={speakers.length}
        sheet={sheet}
        onSheet={setSheet}
        title={model.article.article.headline}
        onHelp={() => setHelpOpen(true)}
      >
        {toolbar}
      </ReaderToolbar>
      <div className="reader-grid mx-auto max-w-7xl px-5 sm:px-6" data-sheet={sheet ?? undefined}>
        <main id="main" className="min-w-0 py-8 sm:py-10">
          {pageNotice}
          <RestoreNotice problems={notice} onDismiss={() => setNotice([])} />
          {/* Event delegation for every highlight. Keyboard users reach the same popovers through j/k and
              focus (onFocus), so the mouse handlers here have keyboard equivalents. */}
          {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
          <article
            ref={rootRef}
            lang="en"
            className={`reader-article mx-auto max-w-[68ch] ${rootClasses.join(' ')}`}
            onMouseOver={handlers.onMouseOver}
            onMouseOut={handlers.onMouseOut}
            onBlur={handlers.onMouseOut}
            onClick={handlers.onClick}
            onFocus={handlers.onFocus}
          >
            <ErrorBoundary what="the article">
              <ArticleHeader meta={model.article.article} />
              <PhotoCaption model={model} />
              <ArticleBody model={model} />
            </ErrorBoundary>
          </article>
        </main>
        <div className="sidebar" data-open={sheet ?? undefined}>
          {sheet && (
            <button
              type="button"
              className="btn btn-small sheet-close lg:hidden"
              onClick={() => setSheet(null)}
            >
              Close
            </button>
          )}
          <div className="sidebar-speakers">
            <ErrorBoundary what="the speaker filter">
              <SpeakerFilter
                model={model}
                selected={speakers}
                onToggle={toggleSpeaker}
                onClear={clearFilter}
                onStep={stepClaim}
              />
            </ErrorBoundary>
          </div>
          <div className="sidebar-timeline">
            <ErrorBoundary what="the timeline">
              <Timeline
                model={model}
                speakers={timelineSpeakers}
                current={currentEvents}
                onActivate={activateEvent}
              />
            </ErrorBoundary>
          </div>
        </div>
      </div>
      {selection && (
        <button
          type="button"
          className="btn btn-small btn-primary share-passage"
          style={{ top: selection.top, left: Math.max(8, selection.left - 160) }}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => void sharePassage()}
        >
          Share this passage
        </button>
      )}
      {popover && popoverAnnotation && (
        <AnnotationPopover
          details={describeAnnotation(model, popoverAnnotation)}
          layer={popoverAnnotation.layer}
          anchor={popover.anchor}
          onClose={closePopover}
          onMoreFromSpeaker={(id) => filterTo([id])}
          onPointerEnter={keepOpen}
          onPointerLeave={closeUnpinnedSoon}
        />
      )}
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  )
}

/** The same array object for as long as its contents are equal, so memoized children can skip renders. */
function useStableList(list: readonly string[]): readonly string[] {
  const [kept, setKept] = useState(list)
  const same = kept.length === list.length && kept.every((id, i) => id === list[i])
  if (!same) setKept(list)
  return same ? kept : list
}
