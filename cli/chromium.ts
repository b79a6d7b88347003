// How every tool of ours launches a browser: Debian's Chromium (Playwright's own download cannot work on these
// machines), headless, with the flags that stop its calls to outside services, which are unreachable here.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
