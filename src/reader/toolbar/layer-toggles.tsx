import { LAYERS, type Layer } from '../../model/annotated-article.ts'
import { LAYER_LABEL } from '../../layout/describe-annotation.ts'

export const LAYER_SHORTCUT: Record<Layer, string> = {
  speaker: '1',
  claim: '2',
  number: '3',
  source: '4',
  time: '5',
}

interface Props {
  layers: ReadonlySet<Layer>
  counts: Readonly<Record<Layer, number>>
  onToggle: (layer: Layer) => void
}

/** One switch per layer, each with its colour swatch (and the layer's line style), live count and shortcut. */
export function LayerToggles({ layers, counts, onToggle }: Props) {
  return (
    <section
      aria-label="Annotation layers"
      className="layer-toggles flex flex-col gap-1 lg:flex-row lg:flex-wrap lg:gap-1.5"
    >
      {LAYERS.map((layer) => {
        const on = layers.has(layer)
        const { title } = LAYER_LABEL[layer]
        return (
          <button
            key={layer}
            type="button"
            role="switch"
            aria-checked={on}
            aria-keyshortcuts={LAYER_SHORTCUT[layer]}
            title={`${on ? 'Hide' : 'Show'} ${title.toLowerCase()} (shortcut: ${LAYER_SHORTCUT[layer]})`}
            onClick={() => onToggle(layer)}
            className="btn chip"
            data-layer={layer}
          >
            <span aria-hidden="true" className={`swatch swatch-${layer}`} />
            <span>{title}</span>
            {/* Speakers count their mentions in the text; the speaker filter counts the speakers themselves. */}
            <span className="chip-count tabular-nums text-muted">
              {layer === 'speaker' ? `${counts[layer]} mentions` : counts[layer]}
            </span>
          </button>
        )
      })}
    </section>
  )
}
