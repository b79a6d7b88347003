import { useState } from 'react'
import type { KeepResult } from '../data/local-articles.ts'
import { Notice } from '../reader/ui/notice.tsx'

/** Says when an opened article could not be kept, or pushed older ones out of the library. Dismissible. */
export function StorageNotice({ keep }: { keep: KeepResult | null }) {
  const [dismissed, setDismissed] = useState(false)
  if (dismissed || !keep || (keep.kept && keep.dropped.length === 0)) return null
  return keep.kept ? (
    <Notice
      title="Kept in your library; older articles made room for it"
      onDismiss={() => setDismissed(true)}
    >
      <p className="mt-1 text-sm">
        The library keeps the newest articles up to its size limit. No longer kept:{' '}
        {keep.dropped.map((s) => `“${s.headline}”`).join(', ')}.
      </p>
    </Notice>
  ) : (
    <Notice title="This article is open, but not kept in your library" onDismiss={() => setDismissed(true)}>
      <p className="mt-1 text-sm">
        {keep.reason} It stays here until you close this tab; “Save as file” keeps it for good.
      </p>
    </Notice>
  )
}
