import { useEffect, useSyncExternalStore } from 'react'

// One message at a time, shown for a few seconds, then gone. The live region is always in the page (empty
// when idle), so screen readers announce each message as it appears.
const SHOW_MS = 4000

interface Message {
  text: string
  /** Distinguishes two equal messages in a row, so the second restarts the timer and is announced again. */
  serial: number
}

let current: Message | null = null
let serial = 0
const listeners = new Set<() => void>()

function notify(): void {
  for (const listener of listeners) listener()
}

/** Shows a confirmation or a short explanation ("Link copied", "Every layer is off") as a toast. */
export function showToast(text: string): void {
  current = { text, serial: ++serial }
  notify()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * The toast: fixed to the bottom of the screen, above any sheet, so it never moves the page's layout
 * (`role="status"`, announced politely).
 */
export function Toast() {
  const message = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  )
  useEffect(() => {
    if (!message) return
    const timer = window.setTimeout(() => {
      if (current === message) {
        current = null
        notify()
      }
    }, SHOW_MS)
    return () => window.clearTimeout(timer)
  }, [message])
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="toast-region">
      {message && (
        <p key={message.serial} className="toast">
          {message.text}
        </p>
      )}
    </div>
  )
}
