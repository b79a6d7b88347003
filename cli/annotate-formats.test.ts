// @vitest-environment node
/**
 * The annotate CLI beyond one JSON file: saved web pages, a date alone, the export formats, a folder in
 * parallel, and the edges of issue 12 (an --out under a file, a closed pipe). Real processes, real files.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import Papa from 'papaparse'
import { afterAll, describe, expect, it } from 'vitest'
import {
  annotate,
  annotateIntoHead,
  annotateWithin,
  parsed,
  SEED,
  tempDir,
  TIMEOUT,
} from './annotate/test-support.ts'

const NEWS_PAGE = readFileSync('src/import/fixtures/news-page.html', 'utf8')
const NO_ARTICLE = readFileSync('src/import/fixtures/no-article.html', 'utf8')
const { dir, file, cleanup } = tempDir()
afterAll(cleanup)
/** Worker threads each load the analysis: allow for a slow start on a loaded machine. */
const FOLDER_TIMEOUT = 120_000
const PLAIN =
  'Wang says rain is coming\n\nPublished: Jan 11, 2022\n\nWang said on Monday that it would rain.\n'

describe('npm run annotate: pages, dates and formats', () => {
  it(
    'reads a saved .html page as the open form does: the article without navigation, the JSON-LD metadata',
    () => {
      const r = annotate(file('sea-wall.html', NEWS_PAGE))
      expect([r.status, r.stderr]).toEqual([0, ''])
      const doc = parsed(r.stdout)
      expect(doc.article).toMatchObject({
        id: 'sea-wall',
        headline: 'Harbour council backs £40m sea wall plan',
        outlet: 'The Coastal Courier',
        published: '2024-03-01T09:30:00+01:00',
        url: 'https://courier.example/news/sea-wall',
      })
      expect(doc.text).toMatch(/^The harbour council voted on Thursday/)
      expect(doc.text).not.toMatch(/Sign in|Buy one boat|Related stories/)
    },
    TIMEOUT,
  )

  it(
    'accepts --published as a date alone',
    () => {
      const r = annotate(
        file('plain.txt', PLAIN.replace('Published: Jan 11, 2022\n\n', '')),
        '--published',
        '2022-01-11',
      )
      expect([r.status, r.stderr]).toEqual([0, ''])
      const doc = parsed(r.stdout)
      expect(doc.article.published).toBe('2022-01-11')
      const monday = doc.annotations.find(
        (a) => a.layer === 'time' && doc.text.slice(a.start, a.end) === 'on Monday',
      )
      expect(monday).toMatchObject({ date: '2022-01-10' })
    },
    TIMEOUT,
  )

  it(
    'writes the W3C Web Annotation JSON-LD with --format jsonld',
    () => {
      const r = annotate(SEED, '--format', 'jsonld')
      expect([r.status, r.stderr]).toEqual([0, ''])
      const doc = JSON.parse(r.stdout) as { '@context': unknown[]; type: string; total: number }
      expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld')
      expect(doc.type).toBe('AnnotationCollection')
      expect(doc.total).toBe(parsed(annotate(SEED).stdout).annotations.length)
    },
    TIMEOUT * 2,
  )

  it(
    'writes the claims as CSV with --format csv and the timeline as iCalendar with --format ics',
    () => {
      const csv = annotate(SEED, '--format', 'csv')
      expect([csv.status, csv.stderr]).toEqual([0, ''])
      const rows = Papa.parse<Record<string, string>>(csv.stdout, { header: true, skipEmptyLines: true })
      expect(rows.errors).toEqual([])
      expect(rows.data).toHaveLength(35)
      expect(rows.data[0]).toMatchObject({ quoted: expect.stringMatching(/^(direct|reported)$/) })
      const ics = annotate(SEED, '--format', 'ics')
      expect([ics.status, ics.stderr]).toEqual([0, ''])
      const events = new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent')
      expect(events.length).toBeGreaterThan(0)
    },
    TIMEOUT * 2,
  )

  it.each([
    [
      ['--format', 'xml'],
      /^annotate: --format must be one of jsonld, csv, timeline-csv, ics, json, not "xml"\n$/,
    ],
    [['--published', '2022-02-30'], /^annotate: --published: "2022-02-30" is not a real date/],
  ])(
    'refuses %j with one line and exit 2',
    (args, message) => {
      const r = annotate(SEED, ...args)
      expect([r.status, r.stdout]).toEqual([2, ''])
      expect(r.stderr).toMatch(message)
    },
    TIMEOUT,
  )
})

describe('npm run annotate: a folder', () => {
  it(
    'annotates every article in parallel, writes one JSON each and an index, and names each file that failed',
    () => {
      const input = join(dir, 'articles')
      const out = join(dir, 'results', 'json')
      mkdirSync(input)
      file('articles/seed.md', readFileSync(SEED, 'utf8'))
      file('articles/sea-wall.html', NEWS_PAGE)
      file('articles/rain.txt', PLAIN)
      file('articles/login.htm', NO_ARTICLE)
      file('articles/undated.txt', PLAIN.replace('Published: Jan 11, 2022\n\n', ''))
      file('articles/photo.md', Uint8Array.of(0x47, 0x49, 0x46, 0, 1))
      file('articles/notes.pdf', 'not an article extension: ignored')
      const r = annotateWithin(FOLDER_TIMEOUT - 5_000, input, '--out', out)
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/^annotate: 1\/6 files(, 1 failed)?\n/)
      expect(r.stderr).toContain('annotate: 6/6 files, 3 failed\n')
      expect(r.stderr).toContain(`annotate: ${join(input, 'login.htm')}: No article found in this page`)
      expect(r.stderr).toContain(`annotate: ${join(input, 'photo.md')}: looks binary, not text\n`)
      expect(r.stderr).toContain(`annotate: ${join(input, 'undated.txt')}: no publication date`)
      expect(r.stderr).toMatch(/annotate: 3 of 6 files failed: login\.htm, photo\.md, undated\.txt\n$/)
      expect(readdirSync(out).sort()).toEqual(['index.json', 'rain.json', 'sea-wall.json', 'seed.json'])
      expect(parsed(readFileSync(join(out, 'seed.json'), 'utf8')).speakers).toHaveLength(12)
      expect(parsed(readFileSync(join(out, 'rain.json'), 'utf8')).article.published).toBe('2022-01-11')
      const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
        articles: { file: string; output: string; id: string; claims: number }[]
        failed: { file: string }[]
      }
      expect(index.articles.map((a) => [a.file, a.output, a.id])).toEqual([
        ['rain.txt', 'rain.json', 'rain'],
        ['sea-wall.html', 'sea-wall.json', 'sea-wall'],
        ['seed.md', 'seed.json', 'global-times-2022-01-11-kazakhstan'],
      ])
      expect(index.articles[2]?.claims).toBe(35)
      expect(index.failed.map((f) => f.file)).toEqual(['login.htm', 'photo.md', 'undated.txt'])
    },
    FOLDER_TIMEOUT,
  )

  it(
    'writes .jsonld files with --format jsonld, and refuses two inputs that would write one output',
    () => {
      const input = join(dir, 'pair')
      const out = join(dir, 'pair-out')
      mkdirSync(input)
      file('pair/rain.txt', PLAIN)
      file('pair/rain.md', PLAIN)
      const r = annotateWithin(FOLDER_TIMEOUT - 5_000, input, '--out', out, '--format', 'jsonld')
      expect(r.status).toBe(2)
      expect(r.stderr).toContain(
        `annotate: ${join(input, 'rain.txt')}: writes the same ${join(out, 'rain.jsonld')} as rain.md\n`,
      )
      expect(readdirSync(out).sort()).toEqual(['index.json', 'rain.jsonld'])
      expect(JSON.parse(readFileSync(join(out, 'rain.jsonld'), 'utf8'))['@context'][0]).toBe(
        'http://www.w3.org/ns/anno.jsonld',
      )
    },
    FOLDER_TIMEOUT,
  )
})

describe('npm run annotate: output edges (issue 12 item 7)', () => {
  it(
    'ends with one line, no stack trace, when --out lies under a file',
    () => {
      const notAFolder = file('existing-file.md', 'just a file')
      const r = annotate(SEED, '--out', join(notAFolder, 'x.json'))
      expect([r.status, r.stdout]).toEqual([2, ''])
      expect(r.stderr).toBe(
        `annotate: cannot write ${join(notAFolder, 'x.json')}: ${notAFolder} is a file, not a folder\n`,
      )
      const folder = annotate(dir, '--out', join(notAFolder, 'out'))
      expect(folder.status).toBe(2)
      expect(folder.stderr).toBe(
        `annotate: cannot make the folder ${join(notAFolder, 'out')}: ${notAFolder} is a file, not a folder\n`,
      )
    },
    TIMEOUT * 2,
  )

  it(
    'stops quietly and successfully when its standard output is closed early (| head -c 100)',
    () => {
      const big = file(
        'big.md',
        readFileSync(SEED, 'utf8').replace(
          /\n---\n([\s\S]*)$/,
          (_m, body: string) => `\n---\n${body.repeat(4)}`,
        ),
      )
      expect(annotateIntoHead(big)).toEqual({ status: 0, stdout: '', stderr: '' })
    },
    TIMEOUT,
  )
})
