// Makes sure Debian's Chromium is there for the browser tests: installs it when we can (root + apt-get),
// otherwise stops with a one-line instruction. Browser tests are never skipped silently.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(path)) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
let hasApt = false
try {
  execSync('command -v apt-get', { stdio: 'ignore' })
  hasApt = true
} catch {
  hasApt = false
}
if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
  process.stderr.write('Chromium is missing: installing Debian chromium with apt-get…\n')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  })
  if (existsSync(path)) process.exit(0)
}
process.stderr.write(
  `Browser tests need Chromium at ${path}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then npm test again.\n`,
)
process.exit(1)
