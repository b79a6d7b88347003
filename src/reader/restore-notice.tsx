import { Notice } from './ui/notice.tsx'

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
    <Notice title="Part of this link could not be restored" onDismiss={onDismiss}>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {problems.slice(0, 5).map((p, i) => (
          <li key={i} className="break-words">
            {p}
          </li>
        ))}
        {problems.length > 5 && <li>…and {problems.length - 5} more.</li>}
      </ul>
    </Notice>
  )
}
