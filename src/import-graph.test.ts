// @vitest-environment node
/**
 * No import cycles anywhere in src/: a cycle, even through `import type`, ties two modules into one that can no
 * longer be read, tested or moved alone. ESLint has no cycle rule without eslint-plugin-import (not installed), so
 * this test walks the graph of relative imports instead; the direction between folders of src/analysis/ is a
 * lint rule (eslint.config.js, `local/layers`).
 */
import { describe, expect, it } from 'vitest'
import { findCycles, importsOf } from './import-graph.ts'

const SOURCES = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/fixtures/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

describe('the import graph of src/', () => {
  it('reads static relative imports, type-only and re-exports included, not dynamic ones', () => {
    const code = [
      "import { a } from './a.ts'",
      "import type { B } from '../b/b.ts'",
      "export { c } from './c.ts'",
      "import x from 'react'",
      "const raw = await import('./d.ts')",
    ].join('\n')
    expect(importsOf('./x/y.ts', code)).toEqual(['./x/a.ts', './b/b.ts', './x/c.ts'])
  })

  it('finds a cycle of two and of three modules', () => {
    const graph = new Map([
      ['./a.ts', ['./b.ts']],
      ['./b.ts', ['./a.ts', './c.ts']],
      ['./c.ts', ['./d.ts']],
      ['./d.ts', ['./e.ts']],
      ['./e.ts', ['./c.ts']],
    ])
    expect(findCycles(graph)).toEqual([
      ['./a.ts', './b.ts', './a.ts'],
      ['./c.ts', './d.ts', './e.ts', './c.ts'],
    ])
  })

  it('has no cycle', () => {
    const graph = new Map(Object.entries(SOURCES).map(([file, code]) => [file, importsOf(file, code)]))
    expect(graph.size).toBeGreaterThan(50)
    expect(findCycles(graph)).toEqual([])
  })
})
