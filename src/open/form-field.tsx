import type { ClipboardEvent, ReactNode } from 'react'

export type FieldName = 'text' | 'headline' | 'published' | 'outlet'

interface Props {
  name: FieldName
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  /** A hint under the label, read with the field. */
  hint?: ReactNode | undefined
  /** Where this value came from, when it was picked up from the input. */
  picked?: string | undefined
  multiline?: boolean
  onPaste?: ((event: ClipboardEvent<HTMLTextAreaElement>) => void) | undefined
  placeholder?: string
}

/** A labelled text field whose error and hint are tied to it (aria-invalid, aria-describedby). */
export function FormField({
  name,
  label,
  value,
  onChange,
  error,
  hint,
  picked,
  multiline,
  onPaste,
  placeholder,
}: Props) {
  const id = `field-${name}`
  const describedBy = [hint && `${id}-hint`, picked && `${id}-picked`, error && `${id}-error`].filter(Boolean)
  const shared = {
    id,
    name,
    value,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
    className: `field-input ${multiline ? 'field-text' : ''}`,
    spellCheck: multiline ? false : undefined,
  }
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-semibold text-ink">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...shared} rows={12} onChange={(e) => onChange(e.target.value)} onPaste={onPaste} />
      ) : (
        <input {...shared} type="text" autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {picked && (
        <p id={`${id}-picked`} className="mt-1 text-sm text-muted">
          Picked up from {picked}; correct it if it is wrong.
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error mt-1 text-sm">
          {error}
        </p>
      )}
    </div>
  )
}
