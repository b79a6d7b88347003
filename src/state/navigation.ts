/**
 * The id after (`direction` 1) or before (-1) `currentId` in document order, wrapping around at either end:
 * what j/k and "next claim" step through. Items are ordered by `start`, ties kept in the order given. With no
 * current item, or one not in the list (say, a focused number while stepping through claims), it starts from
 * the first (1) or the last (-1) item. Null only when the list is empty. Linear, no sorting or copying.
 */
export function nextInOrder(
  ids: readonly { id: string; start: number }[],
  currentId: string | null,
  direction: 1 | -1,
): string | null {
  // Compare by (start, index) so equal starts still have a strict order to step through.
  const before = (i: number, j: number) =>
    ids[i]!.start < ids[j]!.start || (ids[i]!.start === ids[j]!.start && i < j)
  const current = currentId === null ? -1 : ids.findIndex((item) => item.id === currentId)
  let best = -1
  let extreme = -1
  for (let i = 0; i < ids.length; i++) {
    // The first item overall (stepping forward) or the last (stepping back): where a wrap lands.
    if (extreme < 0 || (direction === 1 ? before(i, extreme) : before(extreme, i))) extreme = i
    if (current < 0 || i === current) continue
    const ahead = direction === 1 ? before(current, i) : before(i, current)
    if (ahead && (best < 0 || (direction === 1 ? before(i, best) : before(best, i)))) best = i
  }
  const pick = best >= 0 ? best : extreme
  return pick >= 0 ? ids[pick]!.id : null
}
