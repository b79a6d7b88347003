import { describe, it, expect } from 'vitest'
import { render, screen } from '@testing-library/react'
import { HowAnnotated } from './how-annotated.tsx'
import { smallArticle } from '../../layout/fixtures/small-article.ts'
import { MEASURED } from '../../analysis/eval/measured.ts'

const meta = smallArticle.article

describe('HowAnnotated', () => {
  it('links to the original when the article knows its address', () => {
    render(<HowAnnotated meta={{ ...meta, url: 'https://example.org/story' }} />)
    expect(screen.getByRole('link', { name: 'Read the original at Riverton Post' })).toHaveAttribute(
      'href',
      'https://example.org/story',
    )
  })

  it('offers no link without an address, and still says how the article was annotated', () => {
    render(<HowAnnotated meta={meta} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    const about = screen.getByRole('region', { name: 'How this was annotated' })
    expect(about).toHaveTextContent(`${MEASURED.layers.claim.measure} ${MEASURED.layers.claim.percent}%`)
  })
})
