// The analysis off the main thread: the page stays responsive while a long article is analysed, and Cancel can
// simply terminate this worker. Loaded only when an article is opened (not part of the reader's first load).
import { annotateArticle } from '../analysis/annotate.ts'
import { AnnotatedArticleSchema, findConsistencyProblems } from '../model/annotated-article.ts'
import type { AnalysisMessage, AnalysisRequest } from './analysis-protocol.ts'
import { keepArticle, summarize } from './local-articles.ts'

const post = (message: AnalysisMessage) => self.postMessage(message)

// A worker is started while the reader fills the form (warmUpAnalysis): one small article analysed now
// compiles the passes and builds the date parser's patterns, so the real one runs at full speed (the first run
// of a cold worker took ~120 ms for 70 words).
try {
  annotateArticle({
    meta: {
      id: 'local-warm-up',
      headline: 'Warm-up',
      deck: null,
      published: '2024-03-01',
      outlet: 'Marginalia',
      zone: null,
      url: null,
      photo: null,
    },
    paragraphs: [
      'The minister, Jane Doe, said on Monday that 3,000 people "will be helped", according to the agency.',
    ],
  })
} catch {
  // Only a warm-up: the real analysis reports its own errors.
}

self.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const { source, keep } = event.data
  try {
    post({ type: 'progress', pass: 'reading the text', done: 0, total: 1 })
    const article = annotateArticle(source)
    // Validated here, where it costs the page nothing; the page then only checks the envelope.
    const checked = AnnotatedArticleSchema.safeParse(article)
    const problems = checked.success
      ? findConsistencyProblems(checked.data)
      : ['it does not match the schema']
    if (problems.length > 0) throw new Error(`the analysis produced an inconsistent result (${problems[0]})`)
    post({ type: 'result', article })
    if (!keep) return
    const entry = { source, article }
    const size = JSON.stringify(entry).length
    post({ type: 'kept', keep: await keepArticle(summarize(entry, Date.now(), size), entry) })
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) })
  }
}
