import { Notice } from '../reader/ui/notice.tsx'

interface Props {
  notes: { source: string; problems: string[] } | null
  picked: readonly { field: string; value: string; from: string }[]
  onDismiss: () => void
}

const FIELD_NAME: Record<string, string> = {
  headline: 'the headline',
  outlet: 'the outlet',
  published: 'the date',
  author: 'the author',
  text: 'the text',
}

/** What reading the input found (and what it could not read), in plain words; the values are in the fields. */
export function InputNotes({ notes, picked, onDismiss }: Props) {
  if (!notes) return null
  const found = picked.map((p) => FIELD_NAME[p.field] ?? p.field)
  return (
    <Notice
      className="mt-4"
      title={`Read ${notes.source}${found.length > 0 ? `: picked up ${joinWords(found)}.` : '.'}`}
      onDismiss={onDismiss}
    >
      {notes.problems.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-sm">
          {notes.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </Notice>
  )
}

function joinWords(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}
