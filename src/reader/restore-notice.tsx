/** Says what a shared link asked for that could not be restored; dismissible, never blocking. */
export function RestoreNotice({
  problems,
  onDismiss,
}: {
  problems: readonly string[]
  onDismiss: () => void
}) {
  if (problems.length === 0) return null
  return (
    <div role="status" className="notice">
      <div className="min-w-0 flex-1">
        <p className="font-semibold">Part of this link could not be restored</p>
        <ul className="mt-1 list-disc pl-5 text-sm">
          {problems.slice(0, 5).map((p, i) => (
            <li key={i} className="break-words">
              {p}
            </li>
          ))}
          {problems.length > 5 && <li>…and {problems.length - 5} more.</li>}
        </ul>
      </div>
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
