// The analysis off the main thread: the page stays responsive while a long article is analysed, and Cancel can
// simply terminate this worker. Loaded only when an article is opened (not part of the reader's first load).
import { annotateArticle } from '../analysis/annotate.ts'
import { AnnotatedArticleSchema, findConsistencyProblems } from '../model/annotated-article.ts'
import { draftToSource } from '../import/draft-to-source.ts'
import type { ArticleSource } from '../model/article.ts'
import {
  ANNOTATIONS_PER_MESSAGE,
  type AnalysisInput,
  type AnalysisMessage,
  type AnalysisRequest,
} from './analysis-protocol.ts'
import { nextStep } from './analysis-steps.ts'
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

/** The source to analyse: a draft is checked and read here; a refused one is answered with its problems. */
function readInput(input: AnalysisInput): ArticleSource | null {
  if ('source' in input) return input.source
  const checked = draftToSource(input.draft)
  if (checked.ok) return checked.source
  post({ type: 'refused', problems: checked.problems })
  return null
}

self.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const { input, keep } = event.data
  try {
    const source = readInput(input)
    if (!source) return
    post({ type: 'progress', ...nextStep(0) })
    const article = annotateArticle(source, {
      onProgress: (_pass, done) => post({ type: 'progress', ...nextStep(done) }),
    })
    // Validated here, where it costs the page nothing; the page then only checks the envelope.
    const checked = AnnotatedArticleSchema.safeParse(article)
    const problems = checked.success
      ? findConsistencyProblems(checked.data)
      : ['it does not match the schema']
    if (problems.length > 0) throw new Error(`the analysis produced an inconsistent result (${problems[0]})`)
    const { annotations } = article
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_MESSAGE)
      post({ type: 'annotations', annotations: annotations.slice(i, i + ANNOTATIONS_PER_MESSAGE) })
    post({ type: 'result', source, article: { ...article, annotations: [] } })
    if (!keep) return
    const entry = { source, article }
    const size = JSON.stringify(entry).length
    post({ type: 'kept', keep: await keepArticle(summarize(entry, Date.now(), size), entry) })
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) })
  }
}
