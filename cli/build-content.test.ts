// @vitest-environment node
/**
 * The content build as `npm run content` runs it, on folders of our own: a real Node process per case. Each case
 * starts from a good build in `out/`, then builds a folder holding one bad file, and checks that the build
 * fails naming the file and the field, and that the previous output is untouched.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const SEED_ID = 'global-times-2022-01-11-kazakhstan'
const SEED = readFileSync(`content/articles/${SEED_ID}.md`, 'utf8')
const TIMEOUT = 30_000
const dir = mkdtempSync(join(tmpdir(), 'marginalia-content-'))
const out = join(dir, 'out')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function build(contentDir: string) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'cli/build-content.ts', '--content', contentDir, '--out', out],
    { encoding: 'utf8', timeout: TIMEOUT - 2_000 },
  )
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

function folder(name: string, files: Record<string, string>): string {
  const path = join(dir, name)
  mkdirSync(path)
  cpSync(`content/articles/${SEED_ID}.md`, join(path, `${SEED_ID}.md`))
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text)
  return path
}

const article = (front: string) =>
  `---\n${front}\noutlet: Example Times\nzone: null\nurl: null\nphoto: null\ndeck: null\n---\n\nWang said on Monday that it would rain.\n`

describe('build-content', () => {
  let before: string
  beforeAll(() => {
    const r = build(folder('good', {}))
    expect([r.status, r.stderr]).toEqual([0, ''])
    before = readFileSync(join(out, 'index.json'), 'utf8')
  }, TIMEOUT)

  it.each([
    [
      'an impossible date (regression: it built, and "on Monday" became 1969)',
      { 'bad-date.md': article('id: bad-date\nheadline: "H"\npublished: "2022-13-45T99:99:00+08:00"') },
      /bad-date\.md: .*published: .*not a real date/,
    ],
    [
      'an impossible offset',
      { 'bad-offset.md': article('id: bad-offset\nheadline: "H"\npublished: "2022-01-11T01:15:00+99:99"') },
      /bad-offset\.md: .*published: .*not a real date/,
    ],
    [
      'a missing headline (regression: "Invalid input")',
      { 'no-headline.md': article('id: no-headline\npublished: "2022-01-11"') },
      /no-headline\.md: .*headline: missing/,
    ],
    [
      'a missing id',
      { 'no-id.md': article('headline: "H"\npublished: "2022-01-11"') },
      /no-id\.md: .*id: missing/,
    ],
    [
      'a headline of one zero-width character (regression: a raw zod dump)',
      { 'zw.md': article('id: zw\nheadline: "\u200b"\npublished: "2022-01-11"') },
      /zw\.md: .*headline: headline is empty or has no visible characters/,
    ],
    [
      'a url that is not http(s)',
      {
        'data-url.md': article('id: data-url\nheadline: "H"\npublished: "2022-01-11"').replace(
          'url: null',
          'url: "data:text/html,x"',
        ),
      },
      /data-url\.md: .*url: url must be an absolute http/,
    ],
    [
      'an id kept for opened articles',
      { 'local-1234.md': article('id: local-1234\nheadline: "H"\npublished: "2022-01-11"') },
      /local-1234\.md: id: "local-1234" starts with "local-", kept for articles opened in the browser/,
    ],
  ])(
    'refuses %s, naming the file and the field, and keeps the previous output',
    (_case, files, message) => {
      const r = build(folder(Object.keys(files)[0]!.replace('.md', ''), files))
      expect(r.status).toBe(1)
      expect(r.stderr).toMatch(message)
      expect(r.stderr).not.toMatch(/^\s+at /m)
      expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe(before)
      expect(readdirSync(out).sort()).toEqual([`${SEED_ID}.json`, 'index.json'])
      expect(readdirSync(dir).filter((f) => f.startsWith('.out-'))).toEqual([])
    },
    TIMEOUT,
  )

  it(
    'reads a file with a byte-order mark before its front matter (regression: "no publication date")',
    () => {
      const r = build(
        folder('bom', { 'bom-article.md': `\ufeff${SEED.replace(`id: ${SEED_ID}`, 'id: bom-article')}` }),
      )
      expect([r.status, r.stderr]).toEqual([0, ''])
      expect(readdirSync(out).sort()).toEqual(['bom-article.json', `${SEED_ID}.json`, 'index.json'])
    },
    TIMEOUT,
  )
})
