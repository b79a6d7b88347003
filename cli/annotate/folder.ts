// The annotate CLI's folder mode: every .txt/.md/.html of a folder, in parallel across worker threads.
import { availableParallelism } from 'node:os'
import { basename, extname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ArticleSummary, AnnotateOptions, FileResult } from './annotate-file.ts'
import type { Job } from './worker.ts'

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm']

export interface FolderEntry {
  file: string
  result: FileResult
}

/**
 * Annotates `files` (paths) on a pool of `availableParallelism()` workers (never more than there are files),
 * calling `onDone` as each finishes; resolves with every result, in the order of `files`.
 */
export function annotateInPool(
  files: readonly string[],
  options: AnnotateOptions,
  onDone: (entry: FolderEntry, done: number) => void,
): Promise<FolderEntry[]> {
  const results: FolderEntry[] = new Array(files.length)
  let next = 0
  let done = 0
  const size = Math.max(1, Math.min(availableParallelism(), files.length))
  return new Promise((resolve) => {
    if (files.length === 0) resolve([])
    const record = (index: number, result: FileResult) => {
      const entry = { file: files[index] ?? '', result }
      results[index] = entry
      onDone(entry, ++done)
      if (done === files.length) resolve(results)
    }
    const start = () => {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url))
      let current = -1
      const give = () => {
        if (next >= files.length) return void worker.terminate()
        current = next++
        worker.postMessage({ path: files[current] ?? '', options } satisfies Job)
      }
      worker.on('message', (result: FileResult) => {
        record(current, result)
        give()
      })
      // A worker that dies (out of memory, say) fails its file; a fresh worker takes over what is left.
      worker.on('error', (e) => {
        if (current >= 0 && results[current] === undefined)
          record(current, { ok: false, problem: `internal error: ${e.message}`, internal: true })
        if (next < files.length) start()
      })
      give()
    }
    for (let w = 0; w < size; w++) start()
  })
}

/** `<dir>/<file name without extension>.<extension>`. */
export function outputPath(dir: string, file: string, extension: string): string {
  return join(dir, `${basename(file, extname(file))}.${extension}`)
}

export interface FolderIndex {
  format: string
  /** `output` is the file's name in the output folder. */
  articles: ({ file: string; output: string } & ArticleSummary)[]
  failed: { file: string; problem: string }[]
}
