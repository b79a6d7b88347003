import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.ts'
import type { AnnotatedArticle } from '../../model/annotated-article.ts'
import { downloadFile } from './download-file.ts'

/**
 * "Export": a menu button (WAI-ARIA menu button pattern) whose items each download the article in one format.
 * Its own chunk, with the writers: nothing of it is in the reader's first load.
 */
export function ExportMenu({ article }: { article: AnnotatedArticle }) {
  const [open, setOpen] = useState(false)
  const [message, setMessage] = useState('')
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLUListElement>(null)
  const id = useId()
  const focusItem = (index: number) => focusIn(menu.current, index)
  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }

  const [firstFocus, setFirstFocus] = useState<number | null>(null)
  useEffect(() => {
    if (open && firstFocus !== null) focusIn(menu.current, firstFocus)
  }, [open, firstFocus])
  useEffect(() => {
    if (!open) return
    const outside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) close(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  const openAt = (index: number) => {
    setFirstFocus(index)
    setOpen(true)
  }
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      openAt(event.key === 'ArrowDown' ? 0 : -1)
    }
  }
  const onMenuKey = (event: KeyboardEvent) => {
    const current = itemsOf(menu.current).indexOf(document.activeElement as HTMLElement)
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: -1 }
    if (event.key in moves) {
      event.preventDefault()
      focusItem(moves[event.key] ?? 0)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close(true)
    } else if (event.key === 'Tab') close(false)
  }
  const choose = (format: ExportFormat) => {
    const file = format.write(article)
    downloadFile(file)
    setMessage(`Downloaded ${file.filename}`)
    close(true)
  }

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        className="btn btn-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        Export
      </button>
      <span role="status" className="sr-only">
        {message}
      </span>
      {open && (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-label="Export"
          className="popover export-menu"
          onKeyDown={onMenuKey}
        >
          {EXPORT_FORMATS.map((format) => (
            <li key={format.key} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                onClick={() => choose(format)}
              >
                {format.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function itemsOf(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
}

/** Focuses the item at `index`, wrapping at both ends (-1 is the last). */
function focusIn(menu: HTMLElement | null, index: number): void {
  const all = itemsOf(menu)
  all.at(((index % all.length) + all.length) % all.length)?.focus()
}
