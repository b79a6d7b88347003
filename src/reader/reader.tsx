import { useAdoptedStyleSheet } from './speaker-filter/use-adopted-style-sheet.ts'
import { ErrorBoundary } from './ui/error-boundary.tsx'
import { hydratesAnotherAddress } from './ui/use-location.ts'
import { useMemo, useRef, useState, type ReactNode } from 'react'
import { LAYERS, type Layer } from '../model/annotated-article.ts'
import type { Span } from '../model/span.ts'
import type { ReaderModel } from '../layout/reader-model.ts'
import { describeAnnotation } from '../layout/describe-annotation.ts'
import { speakerFilterClasses, speakerFilterRules } from '../layout/speaker-filter-style.ts'
import { describeTextQuote } from '../state/text-quote.ts'
import { QUOTE_CONTEXT_LENGTH } from '../state/view-state.ts'
import { AnnotationPopover } from './popover/annotation-popover.tsx'
import { ArticleBody, PhotoCaption } from './article/article-body.tsx'
import { ArticleHeader } from './article/article-header.tsx'
import { HowAnnotated } from './about/how-annotated.tsx'
import { PrintNotes } from './about/print-notes.tsx'
import { HelpDialog } from './toolbar/help-dialog.tsx'
import { RestoreNotice } from './restore-notice.tsx'
import { copyText, useCopyViewLink, useShareHref } from './toolbar/share-button.tsx'
import { ShareSelection, SharedPassageLabel } from './article/share-passage.tsx'
import { ReaderToolbar, type Sheet } from './toolbar/reader-toolbar.tsx'
import { annotationsAt, useHighlightPopover } from './popover/use-highlight-popover.ts'
import { SpeakerFilter } from './speaker-filter/speaker-filter.tsx'
import { Timeline } from './timeline/timeline.tsx'
import { Toast, showToast } from './ui/toast.tsx'
import { useCurrentEvents } from './timeline/use-current-events.ts'
import { useHighlightFocus } from './popover/use-highlight-focus.ts'
import { useMarkedPassage } from './article/use-marked-passage.ts'
import { useReaderActions } from './use-reader-actions.ts'
import { useRovingFocus } from './article/use-roving-focus.ts'
import { useSelection } from './article/use-selection.ts'
import { useShortcuts } from './use-shortcuts.ts'
import { useReaderView } from './use-reader-view.ts'
import { useIdleValue } from './ui/use-idle-value.ts'
import { useShownLater } from './article/use-progressive-chunks.ts'
import { isLongBody } from '../layout/article-chunks.ts'

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
  const {
    view,
    passageSpan,
    passageApproximate,
    problems: viewProblems,
    linkProblems,
    update,
    store,
  } = useReaderView(model)
  const speakers = useStableList(view.speakers)
  // The timeline under a new filter is redrawn after the frame that filters the highlights: on a long article
  // swapping its list costs more than the rest of the click together (docs/benchmarks.md).
  const timelineSpeakers = useIdleValue(speakers)
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
  const copyViewLink = useCopyViewLink()
  const [sheet, setSheet] = useState<Sheet>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const rootRef = useRef<HTMLElement>(null)
  const [dock, setDock] = useState<HTMLElement | null>(null)
  const scrollToFocus = useRef(view.focus !== null || hydratesAnotherAddress())
  const actions = useReaderActions(model, store, scrollToFocus)

  const focusAnchor = useHighlightFocus(rootRef, view.focus, scrollToFocus)
  useRovingFocus(rootRef, model, actions.read, actions.stepHighlight)
  useMarkedPassage(rootRef, passageSpan, view.focus === null)
  const currentEvents = useCurrentEvents(rootRef, model)
  const [selection, clearSelection] = useSelection(rootRef)
  const { hover, closeHover, keepOpen, closeHoverSoon, handlers } = useHighlightPopover(
    model,
    view,
    actions.activateHighlight,
  )
  // The popover shows the focused highlight (from the URL, so Back and Forward bring theirs), or a hovered one.
  const spot = focusAnchor ? { id: view.focus, anchor: focusAnchor } : hover
  const closeDetails = () => {
    closeHover()
    actions.closeDetails()
  }

  const sharePassage = async (span: Span) => {
    update(
      { passage: describeTextQuote(model.article.text, span, QUOTE_CONTEXT_LENGTH), focus: null },
      'push',
    )
    clearSelection()
    const copied = await copyText(shareHref())
    showToast(copied ? 'Link to this passage copied' : 'Could not copy: the address bar has the link')
  }

  useShortcuts({
    ...Object.fromEntries(LAYERS.map((l, i) => [String(i + 1), () => actions.toggleLayer(l)])),
    j: () => actions.stepHighlight(1),
    k: () => actions.stepHighlight(-1),
    n: () => actions.stepClaim(1),
    p: () => actions.stepClaim(-1),
    l: () => void copyViewLink(),
    '?': () => setHelpOpen(true),
    Escape: () => {
      if (spot) spot.anchor.focus({ preventScroll: true })
      closeDetails()
      setSheet(null)
    },
  })

  const counts = Object.fromEntries(LAYERS.map((l) => [l, model.byLayer[l].length])) as Record<Layer, number>
  const rootClasses = [
    ...LAYERS.filter((l) => !view.layers.has(l)).map((l) => `hide-${l}`),
    ...speakerFilterClasses(speakers.map((id) => model.speakerIndex.get(id) ?? -1)),
  ]
  // The chunks the article must have rendered now (a long article renders the rest in idle time).
  const focused = view.focus === null ? undefined : model.annotationById.get(view.focus)
  const need = useMemo(
    () => [focused, passageSpan].filter((s): s is Span => s != null),
    [focused, passageSpan],
  )
  // A long article's timeline (a thousand events) follows its first screen instead of delaying it.
  const timelineShown = useShownLater(isLongBody(model.chunks))
  const filterRules = useMemo(() => speakerFilterRules(model.article.speakers.length), [model])
  useAdoptedStyleSheet(filterRules)
  const entries = spot
    ? annotationsAt(model, view, spot.anchor).map((a) => ({
        id: a.id,
        layer: a.layer,
        details: describeAnnotation(model, a),
      }))
    : []

  return (
    <>
      <ReaderToolbar
        layers={view.layers}
        counts={counts}
        onToggleLayer={actions.toggleLayer}
        chosenSpeakers={speakers.length}
        sheet={sheet}
        onSheet={setSheet}
        title={model.article.article.headline}
        onHelp={() => setHelpOpen(true)}
      >
        {toolbar}
      </ReaderToolbar>
      <div className="reader-grid mx-auto max-w-7xl px-5 sm:px-6" data-sheet={sheet ?? undefined}>
        <main id="main" tabIndex={-1} className="min-w-0 py-8 sm:py-10">
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
              <ArticleBody model={model} need={need} />
            </ErrorBoundary>
          </article>
          <PrintNotes model={model} />
          <HowAnnotated meta={model.article.article} />
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
          {/* On a phone, a popover opened from the sheet docks here instead of covering the list. */}
          {sheet && <div ref={setDock} className="sheet-dock" />}
          <div className="sidebar-speakers">
            <ErrorBoundary what="the speaker filter">
              <SpeakerFilter
                model={model}
                selected={speakers}
                onToggle={actions.toggleSpeaker}
                onClear={actions.clearFilter}
                onStep={actions.stepClaim}
              />
            </ErrorBoundary>
          </div>
          <div className="sidebar-timeline">
            <ErrorBoundary what="the timeline">
              {timelineShown && (
                <Timeline
                  model={model}
                  speakers={timelineSpeakers}
                  current={currentEvents}
                  onActivate={(event) => {
                    setSheet(null)
                    actions.activateEvent(event)
                  }}
                />
              )}
            </ErrorBoundary>
          </div>
        </div>
      </div>
      {selection && (
        <ShareSelection
          text={model.article.text}
          selection={selection}
          onShare={(s) => void sharePassage(s)}
        />
      )}
      {passageSpan && view.passage && (
        <SharedPassageLabel
          root={rootRef}
          span={passageSpan}
          approximate={passageApproximate}
          onDismiss={() => update({ passage: null }, 'replace')}
        />
      )}
      {spot && entries.length > 0 && (
        <AnnotationPopover
          entries={entries}
          anchor={spot.anchor}
          dock={sheet ? dock : null}
          onClose={closeDetails}
          onMoreFromSpeaker={(id) => actions.filterTo([id])}
          onPointerEnter={keepOpen}
          onPointerLeave={closeHoverSoon}
        />
      )}
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <Toast />
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
