import { useSyncExternalStore } from 'react'

// One tiny store over window.history: the URL is the source of truth for the view.
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

function snapshot(): string {
  return window.location.pathname + window.location.search
}

/** The current path and query, re-rendering on every navigation (ours or the Back button). */
export function useLocation(): string {
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}

/** Pushes (or replaces) a same-origin path; no-op when the URL would not change. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return
  if (options.replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  for (const listener of listeners) listener()
}
