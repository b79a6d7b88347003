// Annotates one article and prints the AnnotatedArticle JSON.
// Run: npm run -s annotate -- <file> [--published 2022-01-11T01:15:00+08:00] [--out result.json]
// Exit codes: 0 ok, 2 bad input or usage (one line on stderr, nothing on stdout, no output file left behind),
// 1 an internal error (a bug in the analysis; stack trace on stderr).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { annotateArticle } from '../src/analysis/annotate.ts'
import { ArticleInputError, parseArticle } from '../src/analysis/text/parse-article.ts'
import { parsePublished } from '../src/model/published-date.ts'

const USAGE = 'usage: npm run -s annotate -- <file> [--published ISO-8601] [--out result.json]'
const MAX_BYTES = 50 * 1024 * 1024

function exitWith(message: string): never {
  process.stderr.write(`annotate: ${message}\n`)
  process.exit(2)
}

function parseArgs(argv: string[]): { file: string; published?: string; out?: string } {
  let file: string | undefined
  let published: string | undefined
  let out: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const value = () => argv[++i] ?? exitWith(`${arg} needs a value; ${USAGE}`)
    if (arg === '--published') published = value()
    else if (arg === '--out') out = value()
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`)
      process.exit(0)
    } else if (arg.startsWith('--')) exitWith(`unknown option ${arg}; ${USAGE}`)
    else if (file === undefined) file = arg
    else exitWith(`only one file at a time; ${USAGE}`)
  }
  if (file === undefined) exitWith(`no input file; ${USAGE}`)
  return { file, ...(published !== undefined && { published }), ...(out !== undefined && { out }) }
}

const args = parseArgs(process.argv.slice(2))
let published: string | undefined
if (args.published !== undefined) {
  const checked = parsePublished(args.published)
  if (!checked.ok) exitWith(`--published: ${checked.message}`)
  published = checked.iso
}

let buffer: Buffer
try {
  buffer = readFileSync(args.file)
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code
  exitWith(code === 'ENOENT' ? `no such file: ${args.file}` : `cannot read ${args.file} (${code ?? 'error'})`)
}
if (buffer.length > MAX_BYTES) exitWith(`${args.file} is larger than ${MAX_BYTES / 1024 / 1024} MB`)
if (buffer.includes(0)) exitWith(`${args.file} looks binary, not text`)
let input: string
try {
  // Fatal decoding rejects invalid UTF-8 without mistaking a genuine U+FFFD in the text for it; the decoder
  // also drops a byte-order mark, which would otherwise hide the front matter's opening "---".
  input = new TextDecoder('utf-8', { fatal: true }).decode(buffer)
} catch {
  exitWith(`${args.file} is not valid UTF-8 text`)
}
if (input.trim() === '') exitWith(`${args.file} is empty`)

let json: string
try {
  const source = parseArticle(input, { published, fallbackId: basename(args.file, extname(args.file)) })
  json = `${JSON.stringify(annotateArticle(source), null, 2)}\n`
} catch (e) {
  if (e instanceof ArticleInputError) exitWith(`${args.file}: ${e.message}`)
  throw e
}

if (args.out === undefined) {
  process.stdout.write(json)
} else {
  // Write beside the target, then rename: a crash or full disk never leaves a half-written result.
  const tmp = `${args.out}.${process.pid}.tmp`
  try {
    writeFileSync(tmp, json)
    renameSync(tmp, args.out)
  } catch (e) {
    rmSync(tmp, { force: true })
    exitWith(`cannot write ${args.out} (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}
