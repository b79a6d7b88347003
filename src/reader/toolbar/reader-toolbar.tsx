import type { ReactNode } from 'react'
import type { Layer } from '../../model/annotated-article.ts'
import { LayerToggles } from './layer-toggles.tsx'
import { ShareButton } from './share-button.tsx'

export type Sheet = 'speakers' | 'timeline' | null

interface Props {
  layers: ReadonlySet<Layer>
  counts: Readonly<Record<Layer, number>>
  onToggleLayer: (layer: Layer) => void
  chosenSpeakers: number
  sheet: Sheet
  onSheet: (sheet: Sheet) => void
  title: string
  onHelp: () => void
  /** More controls, after "Copy link" (export, save). */
  children?: ReactNode
}

/** The sticky bar: layer switches; on phones, buttons for the speaker and timeline sheets; share; help. */
export function ReaderToolbar({
  layers,
  counts,
  onToggleLayer,
  chosenSpeakers,
  sheet,
  onSheet,
  title,
  onHelp,
  children,
}: Props) {
  const sheetButton = (which: Exclude<Sheet, null>, label: string) => (
    <button
      type="button"
      className="btn btn-small whitespace-nowrap lg:hidden"
      aria-expanded={sheet === which}
      onClick={() => onSheet(sheet === which ? null : which)}
    >
      {label}
    </button>
  )
  return (
    <div className="toolbar">
      <div className="toolbar-inner mx-auto flex max-w-7xl flex-wrap items-center gap-2 px-4 py-2 sm:px-6">
        <LayerToggles layers={layers} counts={counts} onToggle={onToggleLayer} />
        {/* Wraps rather than widening the page when a phone has more actions than fit (Export, Save as file). */}
        <div className="ml-auto flex flex-wrap items-center justify-end gap-1.5">
          {sheetButton('speakers', chosenSpeakers > 0 ? `Speakers (${chosenSpeakers})` : 'Speakers')}
          {sheetButton('timeline', 'Timeline')}
          <ShareButton title={title} />
          {children}
          <button
            type="button"
            className="icon-btn"
            aria-label="Keyboard shortcuts"
            aria-keyshortcuts="?"
            title="Keyboard shortcuts (?)"
            onClick={onHelp}
          >
            ?
          </button>
        </div>
      </div>
    </div>
  )
}
