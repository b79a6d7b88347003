import { useState } from 'react'
import { currentHref } from './use-location.ts'

/** Copies text to the clipboard; falls back to a hidden textarea where the async clipboard is not allowed. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.select()
    const ok = document.execCommand('copy')
    area.remove()
    return ok
  }
}

/** "Copy link" for the view as it is now, plus the system share sheet where the browser has one. */
export function ShareButton({ title }: { title: string }) {
  const [message, setMessage] = useState('')
  const canShare = typeof navigator.share === 'function'
  const copy = async () => {
    const ok = await copyText(currentHref())
    setMessage(ok ? 'Link copied' : 'Could not copy: use the address bar')
    window.setTimeout(() => setMessage(''), 2500)
  }
  const share = () => {
    navigator.share({ title, url: currentHref() }).catch(() => undefined)
  }
  return (
    <div className="flex items-center gap-1.5">
      <button
        type="button"
        className="btn btn-small whitespace-nowrap"
        onClick={() => void copy()}
        aria-keyshortcuts="l"
      >
        <LinkIcon /> Copy link
      </button>
      {canShare && (
        <button type="button" className="btn btn-small" onClick={share}>
          Share…
        </button>
      )}
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {message}
      </span>
    </div>
  )
}

function LinkIcon() {
  return (
    <svg
      aria-hidden="true"
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
      <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
    </svg>
  )
}
