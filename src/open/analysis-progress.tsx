import type { AnnotateStatus } from './use-annotate.ts'

/** Where the analysis is, with a Cancel button; or why it stopped. */
export function AnalysisProgress({
  status,
  onCancel,
  afterStop = 'Nothing was lost: the form still holds everything.',
}: {
  status: AnnotateStatus
  onCancel: () => void
  /** What a reader should know when the analysis stopped (cancelled or failed). */
  afterStop?: string
}) {
  if (status.state === 'idle') return null
  if (status.state === 'failed')
    return (
      <p role="alert" className="notice mt-4 break-words">
        {status.message} {afterStop}
      </p>
    )
  if (status.state === 'cancelled')
    return (
      <p role="status" className="mt-4 text-sm text-muted">
        Cancelled. {afterStop}
      </p>
    )
  const { progress } = status
  return (
    <div role="status" aria-live="polite" className="mt-4 flex flex-wrap items-center gap-3">
      <progress
        className="analysis-progress"
        aria-label="Analysis progress"
        max={progress?.total ?? undefined}
        value={progress?.done ?? undefined}
      />
      <span className="text-sm text-ink">
        Annotating{progress ? `: ${progress.pass}` : '…'}
        {progress && progress.total > 1 ? ` (${progress.done} of ${progress.total})` : ''}
      </span>
      <button type="button" className="btn btn-small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
