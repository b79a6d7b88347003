// A free TCP port on 127.0.0.1, so tests, the bench and tools never assume a fixed port is free: a reader may be
// running `npm start` or `npm run preview`, or a second checkout its own tests, on the same machine.
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:net'

/** Asks the kernel for a free port (listen on 0), then releases it for the caller's server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

const PROBE = `const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})`

/** The same, synchronously: Playwright's config is evaluated synchronously. */
export function freePortSync(): number {
  const port = Number(execFileSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' }))
  if (!Number.isInteger(port) || port <= 0) throw new Error('could not find a free port on 127.0.0.1')
  return port
}
