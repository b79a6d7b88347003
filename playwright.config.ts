import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './cli/chromium.ts'
import { freePortSync } from './cli/free-port.ts'

// A free port chosen once by the runner; its workers inherit it through the environment (they load this file
// again). Never a fixed one: `npm run preview` or another checkout's tests may hold 4173.
process.env.E2E_PORT ??= String(freePortSync())
const PORT = Number(process.env.E2E_PORT)
const BASE_URL = `http://127.0.0.1:${PORT}`

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results/e2e',
  fullyParallel: true,
  forbidOnly: true,
  // The machine running the suite is often shared and busy: generous limits, so a slow moment is not a failure.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // Serves the production build; `npm run test:e2e` builds it first.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    // Only ever test the server started here: another one on the port would be another build, or not ours.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
