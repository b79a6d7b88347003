import { cleanParagraph } from '../analysis/text/parse-article.ts'

/** Elements that start a new paragraph. */
const BLOCKS = new Set(
  'address article aside blockquote dd details div dl dt fieldset footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead tr ul'.split(
    ' ',
  ),
)
/** Elements whose text is not article prose: code, media, and photo captions (kept apart by the model). */
const SKIPPED = new Set(
  'script style noscript template svg math figure figcaption iframe object button'.split(' '),
)

/**
 * The plain-text paragraphs of an element, in document order: one per block (p, h2, li, blockquote…), a `<br>`
 * also ends one. Only `textContent` is read, so no markup of the page ever reaches the text.
 */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = []
  let buffer = ''
  const flush = () => {
    const p = cleanParagraph(buffer.replace(/\s+/g, ' '))
    if (p !== '') paragraphs.push(p)
    buffer = ''
  }
  // An explicit stack, not recursion: a page can nest elements thousands deep.
  const stack: (Node | 'flush')[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === undefined) break
    if (node === 'flush') {
      flush()
      continue
    }
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? ''
      continue
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue
    const tag = node.nodeName.toLowerCase()
    if (SKIPPED.has(tag)) continue
    if (tag === 'br') {
      flush()
      continue
    }
    const block = BLOCKS.has(tag)
    if (block) stack.push('flush')
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child)
    if (block) flush()
  }
  flush()
  return paragraphs
}
