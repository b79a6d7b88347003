import { describe, expect, it } from 'vitest'
import type { ParsedViewState } from './view-state.ts'
import { createViewStore, memoryLocation } from './view-store.ts'

function storeAt(path: string) {
  const location = memoryLocation(path)
  let checks = 0
  const store = createViewStore(location, (parsed: ParsedViewState) => {
    checks++
    // Drops one speaker, as the reader drops speakers the article does not have.
    return { view: { ...parsed.state, speakers: parsed.state.speakers.filter((s) => s !== 'ghost') } }
  })
  return { location, store, checks: () => checks }
}

describe('createViewStore', () => {
  it('parses and checks once per location, returning the same snapshot until it changes', () => {
    const { store, checks } = storeAt('/read/a?layers=claim')
    const first = store.getSnapshot()
    expect(store.getSnapshot()).toBe(first)
    expect(checks()).toBe(1)
    expect([...first.checked.view.layers]).toEqual(['claim'])
    store.update({ focus: 'n1' }, 'replace')
    expect(store.getSnapshot()).not.toBe(first)
    expect(store.getSnapshot().path).toBe('/read/a?layers=claim&focus=n1')
    expect(checks()).toBe(2)
  })

  it('writes the checked view with the change, so what the check dropped leaves the link', () => {
    const { store, location } = storeAt('/read/a?speakers=ghost,wang-yi')
    store.update({ focus: 'c1' }, 'replace')
    expect(location.read()).toBe('/read/a?speakers=wang-yi&focus=c1')
  })

  it('hands a function the view as it is when the update runs', () => {
    const { store, location } = storeAt('/read/a?speakers=wang-yi')
    store.update((view) => ({ speakers: [...view.speakers, 'li-na'] }), 'push')
    store.update((view) => ({ speakers: view.speakers.filter((s) => s !== 'wang-yi') }), 'push')
    expect(location.read()).toBe('/read/a?speakers=li-na')
  })

  it('pushes or replaces history entries, and Back returns to the earlier view', () => {
    const { store, location } = storeAt('/read/a')
    store.update({ speakers: ['wang-yi'] }, 'push')
    store.update({ focus: 'c1' }, 'replace')
    location.back()
    expect(store.getSnapshot().checked.view.focus).toBeNull()
    expect(store.getSnapshot().checked.view.speakers).toEqual([])
    location.forward()
    expect(store.getSnapshot().checked.view.focus).toBe('c1')
  })

  it('writes nothing when the change leaves the link as it is', () => {
    const { store, location } = storeAt('/read/a?focus=c1')
    let writes = 0
    location.subscribe(() => writes++)
    store.update({ focus: 'c1' }, 'push')
    expect(writes).toBe(0)
  })
})
