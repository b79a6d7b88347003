/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { contentSecurityPolicyMeta, SECURITY_HEADERS } from './cli/content-security-policy.ts'

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicyMeta()],
  preview: { headers: SECURITY_HEADERS },
  build: { target: 'es2022' },
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/app/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'cli/**/*.test.ts'],
    // Adversarial 1 MB inputs and CLI spawns take seconds on a loaded 2-core machine; a hang still fails.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
})
