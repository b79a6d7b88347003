import { describe, expect, it } from 'vitest'
import { PRERENDERED_DATA_ID, readPrerenderedData, serializePrerenderedData } from './prerendered-data.ts'

function pageWith(json: string): Document {
  const doc = document.implementation.createHTMLDocument('page')
  const script = doc.createElement('script')
  script.type = 'application/json'
  script.id = PRERENDERED_DATA_ID
  script.textContent = json
  doc.body.append(script)
  return doc
}

describe('the data of a pre-rendered page', () => {
  it('cannot close its <script> element, whatever the article says, and reads back the same', () => {
    const data = {
      path: '/read/x',
      queries: [{ key: ['articles', 'x'], data: { text: '</script><!-- <b>' } }],
    }
    const json = serializePrerenderedData(data)
    expect(json).not.toContain('<')
    expect(readPrerenderedData(pageWith(json))).toEqual(data)
  })

  it('is null on a page without it, or with damaged or foreign content', () => {
    expect(readPrerenderedData(document.implementation.createHTMLDocument('empty'))).toBeNull()
    expect(readPrerenderedData(pageWith('{"path": '))).toBeNull()
    expect(readPrerenderedData(pageWith('{"path": 3, "queries": []}'))).toBeNull()
  })
})
