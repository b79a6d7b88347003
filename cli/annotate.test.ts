// @vitest-environment node
/**
 * The annotate CLI as a user runs it: a real Node process per case (through tsx's loader), real files in a
 * temporary directory. Each spawn costs about a second, so cases are few and each checks the whole contract:
 * exit code, stdout, stderr and the files left behind.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { AnnotatedArticle } from '../src/model/annotated-article.ts'
import { annotate, parsed, SEED, tempDir, TIMEOUT } from './annotate/test-support.ts'

const { dir, file, cleanup } = tempDir()
afterAll(cleanup)

const PLAIN = 'Wang says rain is coming\n\nWang said on Monday that it would rain.\n'
const dateOfMonday = (doc: AnnotatedArticle) =>
  doc.annotations.find((a) => a.layer === 'time' && doc.text.slice(a.start, a.end) === 'on Monday')

describe('npm run annotate', () => {
  it(
    'prints the seed article as AnnotatedArticle JSON and exits 0',
    () => {
      const r = annotate(SEED)
      expect([r.status, r.stderr]).toEqual([0, ''])
      const doc = parsed(r.stdout)
      expect(doc.article.id).toBe('global-times-2022-01-11-kazakhstan')
      expect(doc.speakers).toHaveLength(12)
    },
    TIMEOUT,
  )

  it(
    'writes the JSON to --out, prints nothing and leaves no temporary file',
    () => {
      const out = join(dir, 'out', 'seed.json')
      mkdirSync(join(dir, 'out'))
      const r = annotate(SEED, '--out', out)
      expect(r).toEqual({ status: 0, stdout: '', stderr: '' })
      expect(parsed(readFileSync(out, 'utf8')).article.id).toBe('global-times-2022-01-11-kazakhstan')
      expect(readdirSync(join(dir, 'out'))).toEqual(['seed.json'])
    },
    TIMEOUT,
  )

  it(
    'reads plain text with the date given by --published',
    () => {
      const r = annotate(file('plain.txt', PLAIN), '--published', '2022-01-11T01:15:00+08:00')
      expect([r.status, r.stderr]).toEqual([0, ''])
      const doc = parsed(r.stdout)
      expect(doc.article).toMatchObject({ id: 'plain', headline: 'Wang says rain is coming' })
      expect(dateOfMonday(doc)).toMatchObject({ date: '2022-01-10' })
    },
    TIMEOUT,
  )

  it(
    'reads plain text that carries its date on a "Published:" line, and leaves that line out of the text',
    () => {
      const text = PLAIN.replace('\n\n', '\n\nPublished: Jan 11, 2022 01:15 AM +08:00\n\n')
      const r = annotate(file('published-line.txt', text))
      expect([r.status, r.stderr]).toEqual([0, ''])
      const doc = parsed(r.stdout)
      expect(doc.article.published).toBe('2022-01-11T01:15:00+08:00')
      expect(doc.text).toBe('Wang said on Monday that it would rain.')
      expect(dateOfMonday(doc)).toMatchObject({ date: '2022-01-10' })
    },
    TIMEOUT,
  )

  it(
    'takes a --published date alone as that day (regression: a valid ISO 8601 date was refused)',
    () => {
      const r = annotate(file('plain-day.txt', PLAIN), '--published', '2022-01-11')
      expect([r.status, r.stderr]).toEqual([0, ''])
      const doc = parsed(r.stdout)
      expect(doc.article.published).toBe('2022-01-11')
      expect(dateOfMonday(doc)).toMatchObject({ date: '2022-01-10' })
    },
    TIMEOUT,
  )

  it(
    'reads the front matter of a file that starts with a UTF-8 byte-order mark (regression)',
    () => {
      const r = annotate(file('bom.md', `\ufeff${readFileSync(SEED, 'utf8')}`))
      expect([r.status, r.stderr]).toEqual([0, ''])
      expect(parsed(r.stdout).article.id).toBe('global-times-2022-01-11-kazakhstan')
    },
    TIMEOUT,
  )

  const NO_DATE = '---\nid: no-date\nheadline: "No date"\n---\n\nWang said it would rain.\n'
  const BAD_CASES: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(dir, 'missing.md')], /no such file/],
    ['a folder without --out', () => [dir], /is a folder: pass --out <dir>/],
    ['an empty file', () => [file('empty.md', '')], /is empty/],
    ['a binary file', () => [file('nul.md', Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0, 1, 2]))], /binary/],
    [
      'invalid UTF-8',
      () => [file('latin1.txt', Buffer.from('Caf\xe9 news\n\nIt rained.\n', 'latin1'))],
      /UTF-8/,
    ],
    ['no publication date anywhere', () => [file('no-date.md', NO_DATE)], /no publication date/],
    ['a --published value that is no date', () => [SEED, '--published', 'last Tuesday'], /--published/],
    [
      'a --published date that does not exist (regression: "on Monday" became 1969-12-29)',
      () => [file('plain-2.txt', PLAIN), '--published', '2022-13-45T01:15:00+08:00'],
      /--published/,
    ],
    [
      'words after the date on a "Published:" line (regression: they were dropped silently)',
      () => [
        file('trailing.txt', PLAIN.replace('\n\n', '\n\nPublished: Jan 11, 2022 and since updated\n\n')),
      ],
      /Published.*is not a date like/,
    ],
    ['an unknown option', () => [SEED, '--verbose'], /unknown option --verbose/],
  ]

  it.each(BAD_CASES)(
    'rejects %s with exit code 2, one line on stderr and nothing on stdout',
    (_case, args, message) => {
      const r = annotate(...args())
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/^annotate: [^\n]+\n$/)
      expect(r.stderr).toMatch(message)
    },
    TIMEOUT,
  )

  it(
    'leaves no output file and no temporary file behind when the input is rejected',
    () => {
      const outDir = join(dir, 'failed')
      mkdirSync(outDir)
      const bad = file(
        'impossible-date.md',
        NO_DATE.replace('---\n\n', 'published: "2022-02-30T09:00:00Z"\n---\n\n'),
      )
      const r = annotate(bad, '--out', join(outDir, 'result.json'))
      expect(r.status).toBe(2)
      expect(r.stderr).toMatch(/^annotate: [^\n]*not a real date[^\n]*\n$/)
      expect(readdirSync(outDir)).toEqual([])
    },
    TIMEOUT,
  )
})
