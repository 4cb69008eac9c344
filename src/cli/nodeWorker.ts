/** A worker_threads Worker behind the pool's WorkerLike interface. */
import { Worker } from 'node:worker_threads';
import type { FromWorker, WorkerLike } from '../worker/protocol.js';

export function spawnNodeWorker(): WorkerLike {
  // The CLI runs TypeScript through tsx (Node 20 cannot); a worker thread needs the loader too.
  const entry = new URL('./nodeWorkerEntry.ts', import.meta.url).href;
  const worker = new Worker(new URL('./workerBootstrap.mjs', import.meta.url), { workerData: { entry } });
  let onMessage: (m: FromWorker) => void = () => {};
  let onError: (e: Error) => void = () => {};
  worker.on('message', (m: FromWorker) => onMessage(m));
  worker.on('error', (e: Error) => onError(e));
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (h) => { onMessage = h; },
    onError: (h) => { onError = h; },
    terminate: () => { void worker.terminate(); },
  };
}
