import type { ReactNode } from 'react'
import type { Layer } from '../../model/annotated-article.ts'
import { LayerToggles } from './layer-toggles.tsx'
import { ShareButton } from './share-button.tsx'
import { ToolbarPanel } from './toolbar-panel.tsx'

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

/**
 * The sticky bar, one row at every width: layer switches, share and export, help. Below `lg` the switches fold
 * behind "Layers" and sharing behind "Share", and buttons open the speaker and timeline sheets.
 */
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
  const sheetButton = (which: Exclude<Sheet, null>, label: ReactNode) => (
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
      <div className="toolbar-inner mx-auto flex max-w-7xl items-center gap-1 px-3 py-2 sm:px-6 lg:gap-2">
        <ToolbarPanel label="Layers" align="start">
          <LayerToggles layers={layers} counts={counts} onToggle={onToggleLayer} />
        </ToolbarPanel>
        <div className="ml-auto flex items-center justify-end gap-1 lg:gap-1.5">
          {sheetButton(
            'speakers',
            <>
              Speakers
              {chosenSpeakers > 0 && (
                <>
                  {' '}
                  <span className="badge">
                    {chosenSpeakers}
                    <span className="sr-only"> chosen</span>
                  </span>
                </>
              )}
            </>,
          )}
          {sheetButton('timeline', 'Timeline')}
          <ToolbarPanel label="Share" align="end">
            <div className="toolbar-actions">
              <ShareButton title={title} />
              {children}
            </div>
          </ToolbarPanel>
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
