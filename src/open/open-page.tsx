import { useEffect, useRef, useState, type ClipboardEvent, type FormEvent } from 'react'
import type { ArticleDraft } from '../import/article-draft.ts'
import { checkDraftFields, type DraftProblem } from '../import/draft-to-source.ts'
import { readArticleInput } from '../import/read-article-input.ts'
import { warmUpAnalysis } from '../data/analyze-in-worker.ts'
import { AnalysisProgress } from './analysis-progress.tsx'
import { FileDrop, type ReadFile } from './file-drop.tsx'
import { FormField, type FieldName } from './form-field.tsx'
import { InputNotes } from './input-notes.tsx'
import { useAnnotate } from './use-annotate.ts'
import { useOpenDraft } from './use-open-draft.ts'
import { useSavedFile } from './use-saved-file.ts'

const FIELDS: Record<FieldName, { label: string; hint?: string }> = {
  text: {
    label: 'Article text',
    hint: "The body of the article, paragraphs separated by blank lines. Paste a whole page's text: the headline and date are picked up when they lead it.",
  },
  headline: { label: 'Headline' },
  published: {
    label: 'Published',
    hint: 'A date like 2015-03-18; add the time (2015-03-18T09:30) and the zone (+01:00) if you know them.',
  },
  outlet: { label: 'Outlet', hint: 'The newspaper, site or agency; optional.' },
}
/** The form's order, so the first field with a problem gets the focus. */
const ORDER: FieldName[] = ['text', 'headline', 'published', 'outlet']

/** A page is parsed into an inert document: nothing in it runs or loads, and it never enters the live DOM. */
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html')

/** `/open`: paste, drop or choose an article; check what was picked up; annotate it in a worker. */
export function OpenPage() {
  const { draft, update, discard, storageProblem } = useOpenDraft()
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({})
  const [notes, setNotes] = useState<{ source: string; problems: string[] } | null>(null)
  const { status, start, cancel } = useAnnotate()
  const openSaved = useSavedFile()
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    document.title = 'Open an article · Marginalia'
    // What "Annotate" will need, fetched while the reader fills the form.
    warmUpAnalysis()
    void import('./opened-article-page.tsx')
  }, [])

  const fill = (input: ReadFile) => {
    const read: ArticleDraft = readArticleInput(input, parseHtml)
    setErrors({})
    setNotes({ source: input.name ? `“${input.name}”` : 'what you pasted', problems: read.problems })
    // An input that could not be read leaves what is already in the form alone.
    if (read.text.trim() === '' && read.problems.length > 0) return
    update({
      headline: read.headline,
      outlet: read.outlet,
      published: read.published,
      text: read.text,
      picked: read.picked,
      extra: read.extra ?? {},
    })
  }
  const onFile = (file: ReadFile) => {
    if (/\.json$/i.test(file.name)) {
      const problem = openSaved(file, discard)
      if (problem) setNotes({ source: `“${file.name}”`, problems: [problem] })
    } else fill(file)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    // Text typed (or pasted into a box that was not empty) that still leads with its headline: read it now as
    // a paste would have been, filling only the fields left empty; what the reader typed stays.
    let current = draft
    if (draft.headline.trim() === '' && draft.text.trim() !== '') {
      const read = readArticleInput({ name: '', text: draft.text }, parseHtml)
      if (read.headline.trim() !== '' && read.text.trim() !== '') {
        current = {
          ...draft,
          headline: read.headline,
          published: draft.published.trim() || read.published,
          outlet: draft.outlet.trim() || read.outlet,
          text: read.text,
          picked: read.picked,
        }
        update(current)
      }
    }
    const toOpen: ArticleDraft = { ...current, picked: [], problems: [], extra: draft.extra ?? {} }
    // The fields are checked here at once; the text is read in the worker (splitting and hashing 600 KB is a
    // task the page would freeze for), which may still refuse it ("only a headline").
    const problems = checkDraftFields(toOpen)
    if (problems.length > 0) return showProblems(problems)
    setErrors({})
    void start({ draft: toOpen }, { onOpened: discard, onRefused: showProblems })
  }

  const showProblems = (problems: DraftProblem[]) => {
    const found: Partial<Record<FieldName, string>> = {}
    for (const p of problems) found[p.field] ??= p.message
    setErrors(found)
    const first = ORDER.find((f) => found[f])
    if (first) form.current?.querySelector<HTMLElement>(`#field-${first}`)?.focus()
  }

  const change = (field: FieldName) => (value: string) => {
    update({ [field]: value })
    if (errors[field]) setErrors((old) => ({ ...old, [field]: undefined }))
  }
  // A paste into the empty text box is read like a dropped file: headline, date and outlet are picked up.
  const pasteIntoEmpty = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (draft.text.trim() !== '') return
    const text = event.clipboardData.getData('text/plain')
    if (!text) return
    event.preventDefault()
    fill({ name: '', text })
  }
  const busy = status.state === 'running'

  return (
    <main id="main" className="mx-auto max-w-[72ch] px-5 py-10">
      <h1 className="font-serif text-3xl font-bold text-ink">Open an article</h1>
      <p className="mt-3 text-muted">
        Paste the text of an English news article, or drop or choose a file. Marginalia annotates it here, in
        your browser: nothing is sent anywhere. Up to 2,000,000 characters (about 300,000 words).
      </p>
      <form ref={form} noValidate onSubmit={submit} className="mt-6" aria-busy={busy}>
        {/* Hidden while the worker runs: a 600 KB text box costs the page long layout and paint tasks on every
            progress update. Its value stays (and the draft is saved): Cancel brings it back as it was. */}
        <div hidden={busy}>
          <FileDrop onFile={onFile} onProblem={(p) => setNotes({ source: 'the file', problems: [p] })} />
          <InputNotes notes={notes} picked={draft.picked} onDismiss={() => setNotes(null)} />
          {ORDER.map((name) => (
            <FormField
              key={name}
              name={name}
              label={FIELDS[name].label}
              hint={FIELDS[name].hint}
              value={draft[name]}
              onChange={change(name)}
              error={errors[name]}
              picked={name === 'text' ? undefined : draft.picked.find((p) => p.field === name)?.from}
              multiline={name === 'text'}
              onPaste={name === 'text' ? pasteIntoEmpty : undefined}
            />
          ))}
          {storageProblem && <p className="mt-3 text-sm text-muted">{storageProblem}</p>}
        </div>
        <div className="mt-6 flex flex-wrap items-center gap-3">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Annotate
          </button>
        </div>
        <AnalysisProgress status={status} onCancel={cancel} />
      </form>
    </main>
  )
}
