/**
 * Web Worker entry for the page's pool: wires the platform-neutral handler to the worker's
 * message port. Results go back as transferred typed arrays (no copy). Nothing here validates
 * (the page's pool does, see workerEngine), so the schema library is not loaded at all.
 */
import { createWorkerHandler } from './handleWorkerMessage.js';
import type { ToWorker } from './protocol.js';

const handle = createWorkerHandler((message, transfer) => self.postMessage(message, { transfer }));
self.addEventListener('message', (event: MessageEvent<ToWorker>) => handle(event.data));
