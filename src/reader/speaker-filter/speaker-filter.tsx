import { memo, useEffect, useRef } from 'react'
import type { ReaderModel } from '../../layout/reader-model.ts'
import { SPEAKER_SLOTS } from '../../layout/speaker-filter-style.ts'
import { displayName } from '../../layout/describe-annotation.ts'
import { scrollWithin } from '../ui/scroll-into-view.ts'

interface Props {
  model: ReaderModel
  selected: readonly string[]
  onToggle: (speakerId: string) => void
  onClear: () => void
  onStep: (direction: 1 | -1) => void
}

const KIND_HEADING = { person: 'People', organization: 'Institutions', group: 'Groups' } as const

/** Lists every speaker (people, then institutions, then groups) with role and claim count; several can be chosen. */
export const SpeakerFilter = memo(function SpeakerFilter({
  model,
  selected,
  onToggle,
  onClear,
  onStep,
}: Props) {
  const ref = useRef<HTMLElement>(null)
  useShowChosen(ref, selected)
  const chosenClaims = selected.reduce((n, id) => n + (model.claimCount.get(id) ?? 0), 0)
  const names = selected.map((id) => model.speakerById.get(id)?.name).filter(Boolean)
  const kinds = (['person', 'organization', 'group'] as const).filter((k) =>
    model.speakers.some((s) => s.kind === k),
  )
  return (
    <section ref={ref} aria-label="Filter by speaker" className="panel">
      <h2 className="panel-title">Filter by speaker</h2>
      <p className="mt-1 text-sm text-muted" aria-live="polite">
        {selected.length === 0
          ? `${model.byLayer.claim.length} claims by ${model.speakers.length} speakers`
          : `${chosenClaims} ${chosenClaims === 1 ? 'claim' : 'claims'} by ${names.join(' and ')}`}
      </p>
      {selected.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-1.5">
          <button type="button" className="btn btn-small" onClick={() => onStep(-1)} aria-keyshortcuts="p">
            ‹ Previous claim
          </button>
          <button type="button" className="btn btn-small" onClick={() => onStep(1)} aria-keyshortcuts="n">
            Next claim ›
          </button>
          <button type="button" className="btn btn-small" onClick={onClear}>
            Clear filter
          </button>
        </div>
      )}
      {kinds.map((kind) => (
        <div key={kind} className="mt-3">
          <h3 className="text-xs font-semibold uppercase tracking-wider text-muted">{KIND_HEADING[kind]}</h3>
          <ul className="mt-1 space-y-0.5">
            {model.speakers
              .filter((s) => s.kind === kind)
              .map((s) => {
                const count = model.claimCount.get(s.id) ?? 0
                const slot = selected.indexOf(s.id)
                return (
                  <li key={s.id}>
                    <button
                      type="button"
                      aria-pressed={selected.includes(s.id)}
                      data-speaker-id={s.id}
                      onClick={() => onToggle(s.id)}
                      className="speaker-option"
                    >
                      <span className="check" aria-hidden="true" />
                      <span className="min-w-0 flex-1">
                        <span className="block font-medium">{displayName(s)}</span>
                        {s.role && <span className="block truncate text-xs text-muted">{s.role}</span>}
                      </span>
                      {slot >= 0 && slot < SPEAKER_SLOTS && (
                        <span aria-hidden="true" className={`swatch slot-swatch-${slot}`} />
                      )}
                      <span className="tabular-nums text-sm text-muted">
                        {count}
                        <span className="sr-only"> {count === 1 ? 'claim' : 'claims'}</span>
                      </span>
                    </button>
                  </li>
                )
              })}
          </ul>
        </div>
      ))}
    </section>
  )
})

/**
 * Scrolls the sidebar (not the page) to a speaker just chosen from elsewhere (a name clicked in the text) when
 * their row is out of sight.
 */
function useShowChosen(panel: React.RefObject<HTMLElement | null>, selected: readonly string[]) {
  const before = useRef(selected)
  useEffect(() => {
    const added = selected.find((id) => !before.current.includes(id))
    before.current = selected
    const box = panel.current?.closest<HTMLElement>('.sidebar')
    const row = added && panel.current?.querySelector<HTMLElement>(`[data-speaker-id="${added}"]`)
    if (box && row) scrollWithin(box, row)
  }, [panel, selected])
}
