// Pipeline thread script when running from the TypeScript sources: worker threads do
// not inherit the main thread's tsx hooks, so register them here, then start the thread.
import { register } from 'tsx/esm/api';

register();
await import('./thread-main.ts');
