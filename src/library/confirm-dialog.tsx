import { useEffect, useRef } from 'react'

interface Props {
  /** The question; null when the dialog is closed. */
  question: string | null
  confirm: string
  onConfirm: () => void
  onCancel: () => void
}

/** A yes/no question in a native modal <dialog>: focus is trapped and returned by the browser; Esc cancels. */
export function ConfirmDialog({ question, confirm, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (question !== null && !dialog.open) dialog.showModal()
    if (question === null && dialog.open) dialog.close()
  }, [question])
  return (
    <dialog ref={ref} aria-labelledby="confirm-question" className="help-dialog max-w-md" onClose={onCancel}>
      <p id="confirm-question" className="text-ink">
        {question}
      </p>
      <div className="mt-4 flex justify-end gap-2">
        {/* Cancel first in the DOM: showModal focuses it, so Enter alone never deletes. */}
        <button type="button" className="btn btn-small" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="btn btn-small btn-danger" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </dialog>
  )
}
