// The peer, for the bench only (built into a temp folder by cli/bench/peer.ts, never into the app): the same long
// article as the reader's bench, drawn by @recogito/text-annotator 4.1.1 with its SPANS renderer, one annotation
// per highlight tagged with its layer, and five layer switches that set its filter. `?mode=ranges` hands it a
// ready DOM Range in each selector (its fastest path); `?mode=offsets` gives character offsets only (the
// documented path: the library finds the ranges itself).
/// <reference types="vite/client" />
import {
  createTextAnnotator,
  type Color,
  type TextAnnotation,
  type TextAnnotationLike,
} from '@recogito/text-annotator'
import '@recogito/text-annotator/text-annotator.css'

interface BenchArticle {
  text: string
  paragraphs: { start: number; end: number }[]
  annotations: { id: string; layer: string; start: number; end: number }[]
}
interface PeerWindow {
  __peerLoaded?: number
}

const LAYERS = ['speaker', 'claim', 'number', 'source', 'time']
// The reader's light-theme layer colours, so both draw comparable boxes.
const FILL: Record<string, Color> = {
  speaker: '#2563eb',
  claim: '#eab308',
  number: '#16a34a',
  source: '#9333ea',
  time: '#0d9488',
}
const mode = new URLSearchParams(location.search).get('mode') === 'offsets' ? 'offsets' : 'ranges'
const container = document.getElementById('text')!
container.style.cssText = 'max-width:68ch;margin:2rem auto;font:19px/1.7 serif;white-space:normal'

const article = (await (await fetch('/articles/bench-long.json')).json()) as BenchArticle

// One <p> per paragraph with the text between paragraphs as text nodes, so the container's text is the article's
// text and every annotation offset is an offset into it.
const nodes: { start: number; node: Text }[] = []
let at = 0
for (const p of article.paragraphs) {
  if (p.start > at) container.append(article.text.slice(at, p.start))
  const el = document.createElement('p')
  const node = document.createTextNode(article.text.slice(p.start, p.end))
  el.append(node)
  container.append(el)
  nodes.push({ start: p.start, node })
  at = p.end
}

/** The text node holding `offset` (a paragraph's), and the offset inside it. */
function point(offset: number): [Text, number] {
  let lo = 0
  let hi = nodes.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (nodes[mid]!.start <= offset) lo = mid
    else hi = mid - 1
  }
  const { start, node } = nodes[lo]!
  return [node, Math.min(offset - start, node.length)]
}

const annotations = article.annotations.map((a) => {
  const selector: Record<string, unknown> = {
    quote: article.text.slice(a.start, a.end),
    start: a.start,
    end: a.end,
  }
  if (mode === 'ranges') {
    const range = document.createRange()
    range.setStart(...point(a.start))
    range.setEnd(...point(a.end))
    selector.range = range
  }
  return {
    id: a.id,
    bodies: [{ id: `${a.id}-b`, annotation: a.id, purpose: 'tagging', value: a.layer }],
    target: { annotation: a.id, selector: [selector] },
  } as unknown as TextAnnotation // offsets-only selectors are what the documented path accepts at run time
})

const layerOf = (a: TextAnnotationLike) => String(a.bodies[0]?.value ?? '')
const anno = createTextAnnotator<TextAnnotation, TextAnnotation>(container, {
  renderer: 'SPANS',
  style: (a) => ({ fill: FILL[layerOf(a)] ?? '#888888', fillOpacity: 0.2 }),
})
anno.setAnnotations(annotations)
;(window as PeerWindow).__peerLoaded = performance.now()

const visible = new Set(LAYERS)
const switches = document.getElementById('layers')!
for (const layer of LAYERS) {
  const button = document.createElement('button')
  button.setAttribute('role', 'switch')
  button.setAttribute('aria-checked', 'true')
  button.dataset.layer = layer
  button.textContent = layer
  button.addEventListener('click', () => {
    const on = !visible.has(layer)
    if (on) visible.add(layer)
    else visible.delete(layer)
    button.setAttribute('aria-checked', String(on))
    anno.setFilter((a) => visible.has(layerOf(a)))
  })
  switches.append(button)
}
