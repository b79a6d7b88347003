import { useEffect, useRef } from 'react'
import { LAYERS } from '../../model/annotated-article.ts'
import { LAYER_LABEL } from '../../layout/describe-annotation.ts'
import { LAYER_SHORTCUT } from './layer-toggles.tsx'

const ROWS: [string, string][] = [
  ...LAYERS.map((l): [string, string] => [LAYER_SHORTCUT[l], `Show or hide ${LAYER_LABEL[l].many}`]),
  ['j / k', 'Next / previous highlight'],
  ['n / p', 'Next / previous claim of the chosen speakers'],
  ['Esc', 'Close details'],
  ['l', 'Copy a link to this view'],
  ['?', 'Show this help'],
]

/** Keyboard shortcuts, in a native modal <dialog> (focus trapped and returned by the browser). */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog ref={ref} aria-labelledby="help-title" className="help-dialog" onClose={onClose}>
      <h2 id="help-title" className="font-serif text-xl font-semibold">
        Keyboard shortcuts
      </h2>
      <table className="mt-3 text-sm">
        <tbody>
          {ROWS.map(([key, what]) => (
            <tr key={key}>
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                <kbd>{key}</kbd>
              </th>
              <td className="py-1">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-4 text-right">
        <button className="btn btn-small">Close</button>
      </form>
    </dialog>
  )
}
