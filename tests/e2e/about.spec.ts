import { test, expect } from '@playwright/test'
import { MEASURED } from '../../src/analysis/eval/measured.ts'
import { openSeed } from './helpers.ts'

test('the article ends with how it was annotated, with the measured figures', async ({ page }) => {
  await openSeed(page)
  // The seed's source gives no address: no link to an original (with one: how-annotated.test.tsx).
  await expect(page.getByRole('link', { name: /^Read the original/ })).toHaveCount(0)
  const about = page.getByRole('region', { name: 'How this was annotated' })
  await expect(about).toContainText(MEASURED.analysisVersion)
  for (const [layer, m] of Object.entries(MEASURED.layers))
    await expect(about, layer).toContainText(`${m.measure} ${m.percent}%`)
  await expect(about.getByRole('heading', { name: 'Known limits' })).toBeVisible()
  await expect(about.getByRole('term')).toHaveText(['Speakers', 'Claims', 'Numbers', 'Sources', 'Dates'])
})

test('a claim’s details say why it was made: its cue and the rule that found it', async ({ page }) => {
  await openSeed(page, '?layers=claim')
  await page.keyboard.press('j')
  const dialog = page.getByRole('dialog', { name: /^Claim by/ })
  await expect(dialog).toBeVisible()
  const why = dialog.getByText('Why this highlight?')
  await why.click()
  await expect(dialog).toContainText(/The cue “[^”]+” introduced it; found by the rule “[a-z/-]+”\./)
})
