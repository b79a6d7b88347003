import { useEffect, useState } from 'react'
import { whenIdleAfterNextFrame } from './after-next-frame.ts'

/**
 * `value` as it was before its last change, until the browser is idle after the frame that shows the change.
 * For secondary views of a change (the timeline under a new speaker filter): the frame that answers the click
 * carries only what the reader looked at, and the rest follows a moment later, typically within 50 ms.
 */
export function useIdleValue<T>(value: T): T {
  const [shown, setShown] = useState(value)
  useEffect(() => {
    if (Object.is(shown, value)) return
    return whenIdleAfterNextFrame(() => setShown(value))
  }, [value, shown])
  return shown
}
