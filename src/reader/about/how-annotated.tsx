import { memo } from 'react'
import { LAYERS } from '../../model/annotated-article.ts'
import { SCHEMA_VERSION } from '../../model/annotated-article.ts'
import type { ArticleMeta } from '../../model/article.ts'
import { LAYER_LABEL } from '../../layout/describe-annotation.ts'
import { MEASURED } from '../../analysis/eval/measured.ts'

const MEANING = {
  speaker: 'a person, institution or group the article quotes or reports, at each mention of them',
  claim: 'what a speaker says, directly quoted or reported, with the verb that introduces it (its cue)',
  number: 'a quantity, with what it counts and any hedge ("nearly", "at least")',
  source: 'where information comes from: media, a government, a document, an expert',
  time: 'a date or time expression, with the calendar day it stands for; dated ones make the timeline',
} as const

const LIMITS = [
  'Rules, not understanding: a claim introduced in an unusual way can be missed, and a quoted speaker named only far away can be attributed to the wrong person.',
  'Dates counted from another event ("a week later") are marked but not placed on the calendar.',
  'Sources are the layer found least reliably; a source named only once in passing is often missed.',
  'English news text only. Highlights are a reading aid, not a verdict on who said what.',
]

/** The original's address, when the article carries an absolute http(s) one (never a script or data link). */
function originalUrl(meta: ArticleMeta): string | null {
  if (!meta.url) return null
  try {
    const url = new URL(meta.url)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

/** After the article: a link to the original when known, and how the highlights were made and how good they are. */
export const HowAnnotated = memo(function HowAnnotated({ meta }: { meta: ArticleMeta }) {
  const url = originalUrl(meta)
  return (
    // 68ch of the page's own font, as the article column measures it, so both align.
    <footer className="article-end mx-auto mt-12 max-w-[68ch] border-t border-rule pt-6">
      {url && (
        <p className="mb-6 text-base">
          <a href={url} rel="noreferrer noopener" className="site-link underline">
            Read the original at {meta.outlet}
          </a>
        </p>
      )}
      <section aria-labelledby="how-annotated" className="text-sm">
        <h2 id="how-annotated" className="font-serif text-xl font-semibold text-ink">
          How this was annotated
        </h2>
        <p className="mt-2 text-muted">
          By Marginalia&rsquo;s rule-based analysis of {MEASURED.analysisVersion} (document format{' '}
          {SCHEMA_VERSION}), in your browser or at build time: no person checked these highlights. Accuracy
          measured on {MEASURED.articles} news articles it was not tuned on (set &ldquo;{MEASURED.set}
          &rdquo;), labelled by hand by someone who had not run it.
        </p>
        <dl className="mt-3 space-y-2">
          {LAYERS.map((layer) => {
            const m = MEASURED.layers[layer]
            return (
              <div key={layer}>
                <dt className="font-semibold text-ink">
                  <span aria-hidden="true" className={`swatch swatch-${layer} mr-1.5`} />
                  {LAYER_LABEL[layer].title}
                </dt>
                <dd className="text-ink">
                  {MEANING[layer]}.{' '}
                  <span className="text-muted">
                    Measured: {m.measure} {m.percent}%{'second' in m ? `; ${m.second}%` : ''}.
                  </span>
                </dd>
              </div>
            )
          })}
        </dl>
        <h3 className="mt-4 font-semibold text-ink">Known limits</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-ink">
          {LIMITS.map((limit) => (
            <li key={limit}>{limit}</li>
          ))}
        </ul>
        <p className="mt-3 text-muted">
          Each highlight&rsquo;s details say why it was made: its rule and cue.
        </p>
      </section>
    </footer>
  )
})
