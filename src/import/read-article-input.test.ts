// @vitest-environment node
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import SEED from '../../content/articles/global-times-2022-01-11-kazakhstan.md?raw'
import NEWS_PAGE from './fixtures/news-page.html?raw'
import NO_ARTICLE from './fixtures/no-article.html?raw'
import { readArticleInput } from './read-article-input.ts'

const FIXTURES: Record<string, string> = { 'news-page.html': NEWS_PAGE, 'no-article.html': NO_ARTICLE }
const fixture = (name: string) => FIXTURES[name] ?? ''
// linkedom's Document implements what Readability and our metadata reader use; its types are its own.
const parseHtml = (html: string) => parseHTML(html).document as unknown as Document
const paste = (text: string) => readArticleInput({ name: '', text })

describe('readArticleInput: plain text', () => {
  it('takes the first line as headline, a "Published:" line as the date and a "By" line as the author', () => {
    const draft = paste(
      'Wang says rain is coming\n\nPublished: Jan 11, 2022 01:15 AM +08:00\n\nBy Ana Ruiz\n\nWang said on Monday that it would rain.\n\nIt did.\n',
    )
    expect(draft).toEqual({
      headline: 'Wang says rain is coming',
      outlet: '',
      published: '2022-01-11T01:15:00+08:00',
      text: 'Wang said on Monday that it would rain.\n\nIt did.',
      picked: [
        { field: 'headline', value: 'Wang says rain is coming', from: 'the first line' },
        { field: 'published', value: '2022-01-11T01:15:00+08:00', from: 'the "Published:" line' },
        { field: 'author', value: 'Ana Ruiz', from: 'the "By" line' },
      ],
      problems: [],
    })
  })

  it('reads a line that is only a date as the dateline, keeping a date alone a date alone', () => {
    const draft = paste('Storm hits the coast\nMarch 1, 2024\nThe storm hit on Thursday.\nMore rain fell.')
    expect(draft.published).toBe('2024-03-01')
    expect(draft.picked[1]).toEqual({
      field: 'published',
      value: '2024-03-01',
      from: 'the dateline under the headline',
    })
    // No blank line anywhere: each line is a paragraph (text copied from a web page).
    expect(draft.text).toBe('The storm hit on Thursday.\n\nMore rain fell.')
  })

  it('does not take a first line that reads like a sentence as the headline, nor a sentence as a date', () => {
    const draft = paste('Jan 11, 2022 was the day it rained.\n\nWang said so.')
    expect(draft.headline).toBe('')
    expect(draft.published).toBe('')
    expect(draft.text).toBe('Jan 11, 2022 was the day it rained.\n\nWang said so.')
  })

  it('keeps pasted markup as text: a "<script>" paste is not read as a web page', () => {
    const text = '<script>alert(1)</script> is what the hacker typed\n\n<img src=x onerror=alert(1)> too.'
    const draft = readArticleInput({ name: '', text }, parseHtml)
    expect(draft.headline).toBe('<script>alert(1)</script> is what the hacker typed')
    expect(draft.text).toBe('<img src=x onerror=alert(1)> too.')
  })

  it('says a binary file is binary and fills nothing', () => {
    const draft = readArticleInput({ name: 'photo.txt', text: 'GIF89a\u0000\u0001\u0002' })
    expect(draft.text).toBe('')
    expect(draft.problems).toEqual([
      '"photo.txt" looks like a binary file, not text: choose a .txt, .md or .html file.',
    ])
  })
})

describe('readArticleInput: Markdown with our front matter', () => {
  it('reads headline, outlet, date, deck, zone and photo of the seed article', () => {
    const draft = readArticleInput({ name: 'seed.md', text: `\ufeff${SEED}` })
    expect(draft).toMatchObject({
      headline: 'Kazakhstan will emerge more resilient from dark hour: FM',
      outlet: 'Global Times',
      published: '2022-01-11T01:15:00+08:00',
      extra: {
        deck: 'China welcomes Tokayev to attend opening of Olympics, sign of confidence',
        zone: 'Beijing time',
        photo: { caption: expect.stringMatching(/^People lay flowers/), credit: 'VCG' },
      },
      problems: [],
    })
    expect(draft.picked.map((p) => `${p.field} from ${p.from}`)).toEqual([
      'headline from the front matter',
      'outlet from the front matter',
      'published from the front matter',
    ])
    expect(draft.text.split('\n\n')).toHaveLength(
      SEED.split('---')[2]!
        .trim()
        .split(/\n\s*\n/).length,
    )
  })

  it('keeps everything as text, with a note, when the front matter is not valid YAML', () => {
    const draft = readArticleInput({
      name: 'bad.md',
      text: '---\nheadline: [unclosed\n---\n\nWang said so.\n',
    })
    expect(draft.problems).toEqual([
      expect.stringMatching(/^The front matter could not be read: .*left in the text\.$/),
    ])
    expect(draft.text).toContain('Wang said so.')
  })
})

describe('readArticleInput: saved web pages', () => {
  it('extracts the article without navigation, ads, related links, comments or scripts', () => {
    const draft = readArticleInput({ name: 'sea-wall.HTML', text: fixture('news-page.html') }, parseHtml)
    const paragraphs = draft.text.split('\n\n')
    expect(paragraphs).toHaveLength(5)
    expect(paragraphs[0]).toBe(
      'The harbour council voted on Thursday to build a £40m sea wall, three months after a storm flooded more than 200 homes along the front.',
    )
    expect(paragraphs[4]).toBe(
      'Jensen said the council had asked the national government for help with the cost, and expected an answer within weeks.',
    )
    for (const noise of [
      'Sign in',
      'Buy one boat',
      'Related stories',
      'First!',
      'Privacy',
      'alert',
      'Photo:',
    ])
      expect(draft.text).not.toContain(noise)
    expect(draft.text).not.toMatch(/[<>]/)
  })

  it('takes headline, date, outlet and author from JSON-LD NewsArticle inside @graph, past a broken block', () => {
    const draft = readArticleInput({ name: 'sea-wall.html', text: fixture('news-page.html') }, parseHtml)
    expect(draft).toMatchObject({
      headline: 'Harbour council backs £40m sea wall plan',
      outlet: 'The Coastal Courier',
      published: '2024-03-01T09:30:00+01:00',
      problems: [],
      extra: { url: 'https://courier.example/news/sea-wall' },
    })
    expect(draft.picked.filter((p) => p.field !== 'text')).toEqual([
      { field: 'headline', value: 'Harbour council backs £40m sea wall plan', from: 'JSON-LD NewsArticle' },
      { field: 'outlet', value: 'The Coastal Courier', from: 'JSON-LD NewsArticle' },
      { field: 'author', value: 'Ana Ruiz, Tom Hale', from: 'JSON-LD NewsArticle' },
      { field: 'published', value: '2024-03-01T09:30:00+01:00', from: 'JSON-LD NewsArticle' },
    ])
  })

  it('falls back to og:site_name, article:published_time and <time datetime> when there is no JSON-LD', () => {
    const page = fixture('news-page.html').replace(
      /<script type="application\/ld\+json">[\s\S]*?<\/script>/g,
      '',
    )
    const draft = readArticleInput({ name: '', text: page }, parseHtml)
    expect(draft.picked.filter((p) => p.field !== 'text')).toEqual([
      {
        field: 'headline',
        value: 'Harbour council backs sea wall plan after storm',
        from: "the page's og:title",
      },
      { field: 'outlet', value: 'Coastal Courier Online', from: "the page's og:site_name" },
      { field: 'author', value: 'Ana Ruiz and Tom Hale 1 March 2024', from: "the article's byline" },
      { field: 'published', value: '2024-03-01T08:00:00Z', from: "the page's article:published_time" },
    ])
    const timeOnly = page.replace(/<meta property="article:published_time"[^>]*>/, '')
    expect(readArticleInput({ name: '', text: timeOnly }, parseHtml).picked).toContainEqual({
      field: 'published',
      value: '2024-03-01T09:30:00+01:00',
      from: 'the first <time> in the page',
    })
  })

  it('says when a page has no article in it', () => {
    const draft = readArticleInput({ name: 'login.htm', text: fixture('no-article.html') }, parseHtml)
    expect(draft.text).toBe('')
    expect(draft.problems).toEqual(['No article found in this page: paste its text instead.'])
  })

  it('reads a page as text, and says so, where no HTML parser is given', () => {
    const draft = readArticleInput({ name: 'page.html', text: '<html><body><p>Hi</p></body></html>' })
    expect(draft.problems).toEqual([
      'This looks like a web page, but pages cannot be read here; it is shown as text.',
    ])
  })
})
