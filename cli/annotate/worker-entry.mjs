// The worker thread's entry point: plain JavaScript that registers tsx, then loads the TypeScript worker. A
// worker does not inherit the loader tsx gave the main thread, however that was started (tsx, node --import).
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
