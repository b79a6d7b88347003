import { useState } from 'react'
import type { KeepResult } from '../data/local-articles.ts'

/** Says when an opened article could not be kept, or pushed older ones out of the library. Dismissible. */
export function StorageNotice({ keep }: { keep: KeepResult }) {
  const [dismissed, setDismissed] = useState(false)
  if (dismissed || (keep.kept && keep.dropped.length === 0)) return null
  return (
    <div role="status" className="notice">
      <div className="min-w-0 flex-1 break-words">
        {keep.kept ? (
          <>
            <p className="font-semibold">Kept in your library; older articles made room for it</p>
            <p className="mt-1 text-sm">
              The library keeps the newest articles up to its size limit. No longer kept:{' '}
              {keep.dropped.map((s) => `“${s.headline}”`).join(', ')}.
            </p>
          </>
        ) : (
          <>
            <p className="font-semibold">This article is open, but not kept in your library</p>
            <p className="mt-1 text-sm">
              {keep.reason} It stays here until you close this tab; “Save as file” keeps it for good.
            </p>
          </>
        )}
      </div>
      <button type="button" className="btn btn-small" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  )
}
