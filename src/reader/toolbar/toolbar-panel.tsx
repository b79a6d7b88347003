import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

/** What can take focus inside a panel, in order: its switches, buttons and links. */
const FOCUSABLE = 'button:not([disabled]), a[href], [role="switch"]'

/**
 * Controls that sit in the toolbar's row on wide screens and, below Tailwind's `lg`, fold behind one button
 * (the disclosure pattern: `aria-expanded` and `aria-controls`) so the phone's toolbar stays one row. The
 * controls are rendered once, for both: CSS alone decides where they show (index.css, `.toolbar-panel`), so
 * the pre-rendered page and the app agree whatever the width.
 *
 * Opening moves focus to the first control; arrow keys step through them; Escape closes and returns to the
 * button; a press outside or focus leaving closes it.
 */
export function ToolbarPanel({
  label,
  align,
  children,
}: {
  label: string
  /** The edge of the toolbar the panel hangs from on a phone, under its button. */
  align: 'start' | 'end'
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const id = useId()

  useEffect(() => {
    if (!open) return
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus()
    const outside = (event: PointerEvent) => {
      const target = event.target as Node
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  const onKeyDown = (event: KeyboardEvent) => {
    // A control inside that handled the key itself (the Export menu's arrows and Escape) keeps it.
    if (!open || event.defaultPrevented) return
    if (event.key === 'Escape') {
      // Before the reader's own Escape (close details, close the sheet), which would otherwise also run.
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
      button.current?.focus()
      return
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const items = [...(panel.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    const next = items.at((at + (event.key === 'ArrowDown' ? 1 : -1)) % items.length)
    if (!next) return
    event.preventDefault()
    next.focus()
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn btn-small whitespace-nowrap lg:hidden"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
        <Chevron />
      </button>
      {/* Keyboard handling for the controls inside; each of them is itself focusable and operable. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={panel}
        id={id}
        className={`toolbar-panel toolbar-panel-${align}`}
        data-open={open ? '' : undefined}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          const to = event.relatedTarget as Node | null
          if (open && to && !panel.current?.contains(to) && to !== button.current) setOpen(false)
        }}
      >
        {children}
      </div>
    </>
  )
}

function Chevron() {
  return (
    <svg aria-hidden="true" width="10" height="10" viewBox="0 0 12 12" fill="none" stroke="currentColor">
      <path d="M2.5 4.5 6 8l3.5-3.5" strokeWidth="1.6" />
    </svg>
  )
}
