// Annotates an article, or every article in a folder, and writes the AnnotatedArticle JSON or an export.
// Run: npm run -s annotate -- <file> [--published 2022-01-11] [--format json|jsonld|csv|timeline-csv|ics] [--out file]
//      npm run -s annotate -- <folder> --out <dir> [--published …] [--format …]
// A file is .txt (headline, blank line, paragraphs), .md (our front matter) or a saved .html page (read as the
// browser's open form reads it). A folder: every .txt/.md/.html/.htm in it, in parallel across worker threads,
// one <dir>/<file name without extension>.<json|jsonld|csv|timeline.csv|ics> each and <dir>/index.json.
// Exit codes: 0 ok (also when stdout is closed early, as by `| head`); 2 bad input or usage, one line per
// problem on stderr, no partial file left behind (in a folder, the other files still finish); 1 an internal
// error (a bug in the analysis).
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { EXPORT_FORMATS, type ExportFormat } from '../src/export/formats.ts'
import { parsePublished } from '../src/model/published-date.ts'
import { annotateFile, type AnnotateOptions } from './annotate/annotate-file.ts'
import { annotateInPool, ARTICLE_EXTENSIONS, outputPath, type FolderIndex } from './annotate/folder.ts'

const FORMATS = EXPORT_FORMATS.map((f) => f.key)
const USAGE = `usage: npm run -s annotate -- <file or folder> [--published 2022-01-11] [--format ${FORMATS.join('|')}] [--out file or dir]`

function exitWith(message: string, code = 2): never {
  process.stderr.write(`annotate: ${message}\n`)
  process.exit(code)
}

// A reader that stops reading (`annotate big.txt | head -c 100`) closes the pipe: that is a quiet, successful stop.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
  exitWith(`cannot write to standard output (${e.code ?? e.message})`)
})

interface Args {
  input: string
  published?: string
  out?: string
  format: ExportFormat
}

function parseArgs(argv: string[]): Args {
  let input: string | undefined
  let published: string | undefined
  let out: string | undefined
  let formatKey = 'json'
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const value = () => argv[++i] ?? exitWith(`${arg} needs a value; ${USAGE}`)
    if (arg === '--published') published = value()
    else if (arg === '--out') out = value()
    else if (arg === '--format') formatKey = value()
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`)
      process.exit(0)
    } else if (arg.startsWith('--')) exitWith(`unknown option ${arg}; ${USAGE}`)
    else if (input === undefined) input = arg
    else exitWith(`only one file or folder at a time; ${USAGE}`)
  }
  if (input === undefined) exitWith(`no input file; ${USAGE}`)
  const format = EXPORT_FORMATS.find((f) => f.key === formatKey)
  if (!format) exitWith(`--format must be one of ${FORMATS.join(', ')}, not "${formatKey}"`)
  return { input, format, ...(published !== undefined && { published }), ...(out !== undefined && { out }) }
}

const args = parseArgs(process.argv.slice(2))
const options: AnnotateOptions = { format: args.format.key }
if (args.published !== undefined) {
  const checked = parsePublished(args.published)
  if (!checked.ok) exitWith(`--published: ${checked.message}`)
  options.published = checked.iso
}

if (isFolder(args.input)) await annotateFolder(args.input)
else annotateOne(args.input)

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false // a missing file is reported when it is read
  }
}

function annotateOne(file: string): void {
  let result
  try {
    result = annotateFile(file, options)
  } catch (e) {
    exitWith(`${file}: internal error: ${(e as Error).stack ?? e}`, 1)
  }
  if (!result.ok) exitWith(`${file}: ${result.problem}`)
  if (args.out === undefined) process.stdout.write(result.content)
  else writeAtomically(args.out, result.content)
}

async function annotateFolder(folder: string): Promise<void> {
  if (args.out === undefined) exitWith(`${folder} is a folder: pass --out <dir> for its results`)
  const out = args.out
  let names: string[]
  try {
    names = readdirSync(folder)
      .filter((n) => ARTICLE_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext)))
      .sort()
  } catch (e) {
    exitWith(`cannot read the folder ${folder} (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  if (names.length === 0) exitWith(`${folder} has no .txt, .md or .html files`)
  makeFolder(out)
  const index: FolderIndex = { format: args.format.key, articles: [], failed: [] }
  // Two inputs with one name ("a.txt", "a.md") would write one output: the later one fails, named.
  const owners = new Map<string, string>()
  const files: string[] = []
  for (const name of names) {
    const target = outputPath(out, name, args.format.extension)
    const owner = owners.get(target)
    if (owner) index.failed.push({ file: name, problem: `writes the same ${target} as ${owner}` })
    else {
      owners.set(target, name)
      files.push(name)
    }
  }
  const progress = (done: number) => {
    const failed = index.failed.length
    const line = `annotate: ${done}/${files.length} files${failed > 0 ? `, ${failed} failed` : ''}`
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`)
  }
  let internal = false
  await annotateInPool(
    files.map((f) => join(folder, f)),
    options,
    ({ file, result }, done) => {
      const name = file.slice(folder.length).replace(/^[\\/]+/, '')
      if (result.ok) {
        const target = outputPath(out, name, args.format.extension)
        const written = writeAtomically(target, result.content, false)
        if (written === true) index.articles.push({ file: name, output: basename(target), ...result.summary })
        else index.failed.push({ file: name, problem: written })
      } else {
        internal ||= result.internal === true
        index.failed.push({ file: name, problem: result.problem })
      }
      progress(done)
    },
  )
  if (process.stderr.isTTY) process.stderr.write('\n')
  index.articles.sort((a, b) => a.file.localeCompare(b.file))
  index.failed.sort((a, b) => a.file.localeCompare(b.file))
  writeAtomically(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`)
  for (const f of index.failed) process.stderr.write(`annotate: ${join(folder, f.file)}: ${f.problem}\n`)
  if (index.failed.length > 0) {
    const failed = index.failed.map((f) => f.file).join(', ')
    exitWith(`${index.failed.length} of ${names.length} files failed: ${failed}`, internal ? 1 : 2)
  }
}

function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
  } catch (e) {
    exitWith(`cannot make the folder ${dir}: ${writeProblem(dir, e)}`)
  }
}

/**
 * Writes beside the target, then renames: a crash or a full disk never leaves a half-written result. Exits with
 * one line on failure, or returns the problem when `exit` is false (a folder's other files still finish).
 */
function writeAtomically(path: string, content: string, exit = true): true | string {
  const tmp = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(tmp, content)
    renameSync(tmp, path)
    return true
  } catch (e) {
    removeQuietly(tmp)
    const problem = `cannot write ${path}: ${writeProblem(path, e)}`
    if (exit) exitWith(problem)
    return problem
  }
}

/** rmSync's `force` ignores a missing file, not a missing folder: under a file it throws ENOTDIR (issue 12). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // nothing was written there
  }
}

/** A file system error in words: ENOTDIR names the file that stands where a folder should be. */
function writeProblem(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
      try {
        if (!statSync(dir).isDirectory()) return `${dir} is a file, not a folder`
      } catch {
        // not there: keep walking up
      }
    }
  }
  if (code === 'ENOENT') return `the folder ${dirname(path)} does not exist`
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOSPC') return 'the disk is full'
  return code ?? 'error'
}
