/**
 * Runs `task` in the first idle moment after the next frame has been drawn (within `timeout` ms on a busy page),
 * for work that must not delay the frame answering an input: an idle callback requested during the input could
 * still run before that frame. Returns a cancel function.
 */
export function whenIdleAfterNextFrame(task: () => void, timeout = 100): () => void {
  let idleHandle: number | undefined
  const frame = window.requestAnimationFrame(() => {
    idleHandle =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(task, { timeout })
        : window.setTimeout(task, 0)
  })
  return () => {
    window.cancelAnimationFrame(frame)
    if (idleHandle === undefined) return
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idleHandle)
    else window.clearTimeout(idleHandle)
  }
}
