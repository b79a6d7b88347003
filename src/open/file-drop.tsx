import { useState, type DragEvent } from 'react'

/** Files larger than this are not read at all (a page with its scripts inlined is still far below it). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
export const ACCEPTED =
  '.txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json'

export interface ReadFile {
  name: string
  text: string
}

/**
 * "Choose a file" plus a drop zone for .txt, .md, .html and .marginalia.json files. Reads the file as text and
 * hands it on; a file too large to be an article is refused before it is read.
 */
export function FileDrop({
  onFile,
  onProblem,
}: {
  onFile: (file: ReadFile) => void
  onProblem: (message: string) => void
}) {
  const [over, setOver] = useState(false)
  const read = async (file: File | undefined) => {
    if (!file) return
    if (file.size > MAX_FILE_BYTES)
      return onProblem(
        `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; Marginalia reads files up to ${MAX_FILE_BYTES / 1024 / 1024} MB. Open the article's page and save only the article, or paste its text.`,
      )
    try {
      onFile({ name: file.name, text: await file.text() })
    } catch {
      onProblem(`“${file.name}” could not be read. Try saving it again, or paste its text.`)
    }
  }
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setOver(false)
    const files = event.dataTransfer.files
    if (files.length > 1) onProblem('Drop one file at a time; the first one was read.')
    void read(files[0])
  }
  return (
    // The drop zone is a convenience for the mouse; the file input inside it is the keyboard's way in.
    <div
      className="drop-zone"
      data-over={over || undefined}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        id="file-input"
        type="file"
        accept={ACCEPTED}
        className="file-input sr-only"
        onChange={(e) => {
          void read(e.target.files?.[0])
          e.target.value = ''
        }}
      />
      {/* After the input, so its focus ring can be drawn on this visible label. */}
      <label htmlFor="file-input" className="btn">
        Choose a file
      </label>
      <span className="text-sm text-muted">
        or drop one here: a saved web page (.html), text (.txt), Markdown (.md) or a Marginalia file
        (.marginalia.json)
      </span>
    </div>
  )
}
