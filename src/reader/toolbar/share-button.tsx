import { createContext, useCallback, useContext, useState, useSyncExternalStore } from 'react'
import { currentHref } from '../ui/use-location.ts'
import { showToast } from '../ui/toast.tsx'

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

/**
 * For an article opened in this browser, the link carries the article itself in its fragment (never sent to a
 * server); `saveFile` is the way out when that link is too long for some apps. Null for shipped articles.
 */
export interface ArticleInLink {
  /** The fragment, without `#`; computed when a link is made, not on every render. */
  fragment: () => string
  saveFile: () => void
}
export const ArticleInLinkContext = createContext<ArticleInLink | null>(null)

/** Past this many characters some apps (chat, mail, SMS) cut a link. */
export const LONG_LINK_LENGTH = 8000

/** A function giving the link to the view on screen, with the article in it when it is one opened here. */
export function useShareHref(): () => string {
  const inLink = useContext(ArticleInLinkContext)
  return useCallback(() => {
    const href = currentHref().split('#')[0] ?? ''
    return inLink ? `${href}#${inLink.fragment()}` : href
  }, [inLink])
}

/**
 * Copies the link of the view as it is now (with the article in it when it is one opened here) and says so in a
 * toast, never in text beside the button that would move or widen the toolbar. Tells the caller when the link
 * is long enough for some apps to cut.
 */
export function useCopyViewLink(): () => Promise<{ text: string; long: boolean }> {
  const inLink = useContext(ArticleInLinkContext)
  const shareHref = useShareHref()
  return useCallback(async () => {
    const href = shareHref()
    const ok = await copyText(href)
    const length = inLink ? ` (${href.length.toLocaleString('en-GB')} characters, the article included)` : ''
    const text = ok ? `Link copied${length}` : 'Could not copy: use the address bar'
    showToast(text)
    return { text, long: ok && inLink !== null && href.length > LONG_LINK_LENGTH }
  }, [inLink, shareHref])
}

// The share sheet is a browser feature: the server (pre-rendering) and hydration render without it, the client
// adds it right after, so the pre-rendered markup and the first client render agree.
const noSubscription = () => () => undefined
const hasShareSheet = () => typeof navigator.share === 'function'

/** "Copy link" for the view as it is now, plus the system share sheet where the browser has one. */
export function ShareButton({ title }: { title: string }) {
  const [longLink, setLongLink] = useState<string | null>(null)
  const inLink = useContext(ArticleInLinkContext)
  const shareHref = useShareHref()
  const copyViewLink = useCopyViewLink()
  const canShare = useSyncExternalStore(noSubscription, hasShareSheet, () => false)
  // A warning about a long link stays until dismissed; the confirmation itself is a toast.
  const copy = async () => {
    const { text, long } = await copyViewLink()
    setLongLink(long ? text : null)
  }
  const share = () => {
    navigator.share({ title, url: shareHref() }).catch(() => undefined)
  }
  return (
    <div className="toolbar-actions">
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
      {longLink && inLink && (
        <div role="alert" className="long-link popover">
          <p className="text-sm">
            {longLink}. Some apps cut links this long; a file keeps the whole article and opens again by drop
            or choose.
          </p>
          <div className="mt-2 flex gap-2">
            <button type="button" className="btn btn-small btn-primary" onClick={inLink.saveFile}>
              Save as file
            </button>
            <button type="button" className="btn btn-small" onClick={() => setLongLink(null)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
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
