import { memo } from 'react'
import type { ReaderModel } from '../../layout/reader-model.ts'
import { printNotes } from '../../layout/print-notes.ts'

/**
 * The footnotes of the printed article: one per claim and source, numbered as their marks are in the printed
 * text. In the page from the start and shown by the print style sheet only (index.css, `.print-only`), so
 * printing needs no script.
 */
export const PrintNotes = memo(function PrintNotes({ model }: { model: ReaderModel }) {
  const notes = printNotes(model)
  if (notes.length === 0) return null
  return (
    <section aria-labelledby="print-notes-title" className="print-only print-notes">
      <h2 id="print-notes-title">Notes</h2>
      <ol>
        {notes.map((note) => (
          <li key={note.id}>{note.text}</li>
        ))}
      </ol>
    </section>
  )
})
