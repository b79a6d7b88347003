import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { currentHref, currentPath, flushHistory, navigate } from './use-location.ts'

describe('navigate', () => {
  beforeEach(() => {
    flushHistory()
    window.history.replaceState(null, '', '/start')
  })
  afterEach(() => flushHistory())

  it('shows the new path at once and writes the address bar a moment later', async () => {
    navigate('/read/a?layers=claim', { replace: true })
    expect(currentPath()).toBe('/read/a?layers=claim')
    expect(window.location.pathname).toBe('/start')
    await new Promise((resolve) => window.setTimeout(resolve, 50))
    expect(window.location.pathname + window.location.search).toBe('/read/a?layers=claim')
  })

  it('keeps a push a push when it is replaced before being written, so Back returns to before it', () => {
    const length = window.history.length
    navigate('/read/a?speakers=x')
    navigate('/read/a?speakers=x&layers=claim', { replace: true })
    flushHistory()
    expect(window.history.length).toBe(length + 1)
    expect(window.location.search).toBe('?speakers=x&layers=claim')
  })

  it('writes one entry per push, even when two come within a frame', () => {
    const length = window.history.length
    navigate('/read/a?speakers=x')
    navigate('/read/a?speakers=y')
    flushHistory()
    expect(window.history.length).toBe(length + 2)
  })

  it('gives the copied link the view on screen, not the one the address bar still shows', () => {
    navigate('/read/a?focus=n-1', { replace: true })
    expect(new URL(currentHref()).search).toBe('?focus=n-1')
    expect(window.location.search).toBe('?focus=n-1')
  })

  it('does nothing when the path would not change', () => {
    const length = window.history.length
    navigate('/start')
    flushHistory()
    expect(window.history.length).toBe(length)
  })
})
