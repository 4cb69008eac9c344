// Worker threads do not inherit tsx's loader on Node 20, so register it here before
// importing the TypeScript entry the pool asked for.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
