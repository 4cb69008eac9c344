/** Worker-thread entry for the CLI's pool: wires the platform-neutral handler to parentPort. */
import { parentPort } from 'node:worker_threads';
import { createWorkerHandler } from '../worker/handleWorkerMessage.js';
import type { ToWorker } from '../worker/protocol.js';

if (!parentPort) throw new Error('nodeWorkerEntry must run in a worker thread');
const port = parentPort;
const handle = createWorkerHandler((message, transfer) => port.postMessage(message, transfer));
port.on('message', (message: ToWorker) => handle(message));
