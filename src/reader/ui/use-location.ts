import { useSyncExternalStore } from 'react'
import type { LocationSource } from '../../state/view-store.ts'
import { whenIdleAfterNextFrame } from './after-next-frame.ts'

// One tiny store over window.history: the URL is the source of truth for the view.
//
// The address bar is written in the first idle moment after the frame that shows the change it records.
// history.replaceState/pushState cost ~4 ms in Chromium (a synchronous message to the browser process), and paid inside the click they delayed the frame
// that shows a switched layer by as much (see docs/benchmarks.md). Until it is written, the entry waits here and
// every reader of the location in the app (currentPath, currentHref, useLocation) sees it already.
const listeners = new Set<() => void>()
let pending: { path: string; push: boolean } | null = null
let flushScheduled = false

function onPopState(): void {
  // The browser moved through history: what it shows now wins over a write we had not made yet.
  pending = null
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('popstate', onPopState)
    window.addEventListener('pagehide', flushHistory)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      window.removeEventListener('popstate', onPopState)
      window.removeEventListener('pagehide', flushHistory)
    }
  }
}

/** The path and query the app is showing (which the address bar shows too, a moment later). */
export function currentPath(): string {
  return pending?.path ?? window.location.pathname + window.location.search
}

/** The full URL of the current view, for copying and sharing; writes any pending entry first. */
export function currentHref(): string {
  flushHistory()
  return window.location.href
}

/** Writes the pending history entry now, if there is one. */
export function flushHistory(): void {
  flushScheduled = false
  if (!pending) return
  const { path, push } = pending
  pending = null
  if (path === window.location.pathname + window.location.search && !push) return
  if (push) window.history.pushState(null, '', path)
  else window.history.replaceState(null, '', path)
}

function scheduleFlush(): void {
  if (flushScheduled) return
  flushScheduled = true
  whenIdleAfterNextFrame(flushHistory)
}

// A pre-rendered page is rendered on the server, and hydrated on the client, as the path it was made for; the
// client then moves to its own address (a query with a view, or another path served the same file).
let prerenderedPath: string | null = null

/** Sets the path the server renders, and that hydration renders first (see src/app/prerender.tsx). */
export function setPrerenderedPath(path: string | null): void {
  prerenderedPath = path
}

const serverPath = () => prerenderedPath ?? currentPath()

/**
 * True in the browser when a pre-rendered page hydrates as another address than the one opened (the view of a
 * shared link is in its query): what that address asks for, such as a focus to scroll to, comes a render later.
 */
export function hydratesAnotherAddress(): boolean {
  return typeof window !== 'undefined' && prerenderedPath !== null && prerenderedPath !== currentPath()
}

/** The current path and query, re-rendering on every navigation (ours or the Back button). */
export function useLocation(): string {
  return useSyncExternalStore(subscribe, currentPath, serverPath)
}

/**
 * Pushes (or replaces) a same-origin path; no-op when the URL would not change. Replacing an entry that is
 * still waiting to be written keeps it a push: Back must still return to what was there before it.
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentPath()) return
  const replace = options.replace ?? false
  if (pending && !replace) flushHistory()
  pending = { path: to, push: !replace || (pending?.push ?? false) }
  scheduleFlush()
  for (const listener of listeners) listener()
}

/** The browser's history as the view store's location. */
export const browserLocation: LocationSource = {
  read: currentPath,
  write: (path, mode) => navigate(path, { replace: mode === 'replace' }),
  subscribe,
}

/** The location the server renders and hydration renders first (the path a pre-rendered page was made for). */
export const serverLocation: LocationSource = { ...browserLocation, read: serverPath }
