import { describe, expect, it } from 'vitest'
import { act, renderHook, waitFor } from '@testing-library/react'
import { useIdleValue } from './use-idle-value.ts'

describe('useIdleValue', () => {
  it('starts with the value, keeps the old one through the change, then follows', async () => {
    const { result, rerender } = renderHook(({ value }) => useIdleValue(value), {
      initialProps: { value: 'a' },
    })
    expect(result.current).toBe('a')
    act(() => rerender({ value: 'b' }))
    expect(result.current).toBe('a')
    await waitFor(() => expect(result.current).toBe('b'))
  })

  it('lands on the last value when it changes again before the browser is idle', async () => {
    const { result, rerender } = renderHook(({ value }) => useIdleValue(value), {
      initialProps: { value: 1 },
    })
    act(() => rerender({ value: 2 }))
    act(() => rerender({ value: 3 }))
    await waitFor(() => expect(result.current).toBe(3))
    await new Promise((resolve) => window.setTimeout(resolve, 50))
    expect(result.current).toBe(3)
  })
})
