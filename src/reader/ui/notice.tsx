import type { ReactNode } from 'react'

/** A dismissible message above the content: what happened, in a sentence or a list; never blocking. */
export function Notice({
  title,
  children,
  onDismiss,
  className = '',
}: {
  title: ReactNode
  children?: ReactNode
  onDismiss: () => void
  className?: string
}) {
  return (
    <div role="status" className={`notice ${className}`}>
      <div className="min-w-0 flex-1 break-words">
        <p className="font-semibold">{title}</p>
        {children}
      </div>
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
