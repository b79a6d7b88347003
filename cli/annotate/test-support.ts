// Helpers of the annotate CLI's tests: a real Node process per run, real files in a temporary directory.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect } from 'vitest'
import { AnnotatedArticleSchema, type AnnotatedArticle } from '../../src/model/annotated-article.ts'

export const SEED = 'content/articles/global-times-2022-01-11-kazakhstan.md'
/** A spawn costs a second or more on a loaded machine; a hang still fails. */
export const TIMEOUT = 20_000
const COMMAND = ['--import', 'tsx', 'cli/annotate.ts']

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function annotate(...args: string[]): Run {
  return annotateWithin(TIMEOUT - 2_000, ...args)
}

export function annotateWithin(timeout: number, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [...COMMAND, ...args], { encoding: 'utf8', timeout })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/**
 * Runs the CLI in a real shell pipeline into `head -c 100`, which closes the pipe after 100 bytes (a pipe from
 * Node's own spawn is a socket pair and does not show the bug). Returns the CLI's own exit status and stderr.
 */
export function annotateIntoHead(...args: string[]): Run {
  const command = `"$0" --import tsx cli/annotate.ts "$@" 2>"$ERR" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`
  const errFile = join(mkdtempSync(join(tmpdir(), 'marginalia-pipe-')), 'stderr')
  const r = spawnSync('bash', ['-c', command, process.execPath, ...args], {
    encoding: 'utf8',
    timeout: TIMEOUT - 2_000,
    env: { ...process.env, ERR: errFile },
  })
  const stderr = readFileSync(errFile, 'utf8')
  rmSync(dirname(errFile), { recursive: true, force: true })
  return { status: Number(r.stdout.trim()), stdout: '', stderr }
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(): {
  dir: string
  file: (name: string, content: string | Uint8Array) => string
  cleanup: () => void
} {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-annotate-'))
  return {
    dir,
    /** Writes `content` to a file of the temp dir and returns its path. */
    file: (name, content) => {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  }
}

export function parsed(json: string): AnnotatedArticle {
  const result = AnnotatedArticleSchema.safeParse(JSON.parse(json))
  expect(result.success).toBe(true)
  return result.data as AnnotatedArticle
}
