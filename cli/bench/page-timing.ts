// The click-timing helpers every bench page gets (installed with addInitScript), so the reader and the peer are
// timed and settled by the same code. Self-contained: Playwright sends the function's source to the page.

export interface BenchTiming {
  /** Resolves at the end of the next frame: rAF runs before its style, layout and paint; the timeout after them. */
  frame(): Promise<void>
  /** A quiet page and a random point of the frame interval before a click (docs/benchmarks.md, 3b). */
  settle(): Promise<void>
}

export function installBenchTiming(): void {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)))
  // Each click starts from a quiet page, so no sample pays for work left over from the one before: the app does
  // some work in idle time after a frame (the address bar, the timeline under a new filter), so wait for two idle
  // periods in a row, a frame apart, with most of a frame to spare: work the app started in the first one has then
  // been drawn. Gives up after 12 frames (the machine is busy).
  const settle = async () => {
    let quiet = 0
    for (let i = 0; i < 12 && quiet < 2; i++) {
      await frame()
      const spare = await new Promise<number>((r) =>
        requestIdleCallback((d) => r(d.timeRemaining()), { timeout: 500 }),
      )
      quiet = spare >= 12 ? quiet + 1 : 0
    }
    // Real input lands anywhere between two frames; clicking right after an idle callback would always wait a
    // whole frame for the next one. A random point of the frame interval, the same for every kind of click, gives
    // the no-op floor its real spread (p50 about half a frame).
    await new Promise((r) => setTimeout(r, Math.random() * (1000 / 60)))
  }
  ;(window as unknown as { __bench: BenchTiming }).__bench = { frame, settle }
}
