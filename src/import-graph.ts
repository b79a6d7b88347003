/**
 * The graph of relative imports between the modules of src/, for the cycle test (import-graph.test.ts). Pure:
 * works on file names (relative to src/, "./a/b.ts") and their source text, so it needs neither Node nor a
 * bundler. Bare imports ("react") are not part of the graph, nor are dynamic `import()`s: a lazily loaded
 * route may import back the page that loads it without tying their evaluation together.
 */

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.[^'"]+)['"]/g

/** The relative imports of `file`, resolved to names like `file`'s, without "?raw" queries, in source order. */
export function importsOf(file: string, code: string): string[] {
  const dir = file.split('/').slice(0, -1)
  const out: string[] = []
  for (const m of code.matchAll(IMPORT)) {
    const spec = (m[1] ?? '').replace(/\?.*$/, '')
    const parts = [...dir]
    for (const part of spec.split('/')) {
      if (part === '..') parts.pop()
      else if (part !== '.') parts.push(part)
    }
    out.push(parts[0] === '.' ? parts.join('/') : `./${parts.join('/')}`)
  }
  return out
}

/**
 * Every cycle of the graph, each once: the path from its first module (in name order) back to it. Depth-first
 * over the modules in name order (Tarjan-free: the graph of a few hundred modules is small).
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = []
  const done = new Set<string>()
  const onPath: string[] = []
  const visit = (node: string): void => {
    const at = onPath.indexOf(node)
    if (at >= 0) {
      cycles.push([...onPath.slice(at), node])
      return
    }
    if (done.has(node)) return
    onPath.push(node)
    for (const next of graph.get(node) ?? []) if (graph.has(next)) visit(next)
    onPath.pop()
    done.add(node)
  }
  for (const node of [...graph.keys()].sort()) visit(node)
  return cycles
}
