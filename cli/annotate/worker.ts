// A worker of the annotate CLI's folder mode: annotates the files it is sent, one at a time, and posts each result.
import { parentPort } from 'node:worker_threads'
import { annotateFile, type AnnotateOptions, type FileResult } from './annotate-file.ts'

export interface Job {
  path: string
  options: AnnotateOptions
}

parentPort?.on('message', (job: Job) => {
  let result: FileResult
  try {
    result = annotateFile(job.path, job.options)
  } catch (e) {
    // A bug in the analysis: reported for this file, the other files still finish.
    result = { ok: false, problem: `internal error: ${(e as Error).message}`, internal: true }
  }
  parentPort?.postMessage(result)
})
