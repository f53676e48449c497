// Starts the fake-server worker: loads its TypeScript through tsx, since worker threads do not inherit the
// --import loader of the main thread in Node 20.
import { register } from 'tsx/esm/api';

register();
await import('./in-worker.ts');
