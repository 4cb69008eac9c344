/** A module Web Worker behind the pool's WorkerLike interface (the page's side of the pool). */
import type { FromWorker, WorkerLike } from './protocol.js';
import { LIMITS } from '../core/model/limits.js';

export function spawnBrowserWorker(): WorkerLike {
  // Vite sees this URL pattern and bundles the worker as its own file (relative, so dist/ works from any folder).
  const worker = new Worker(new URL('./browserWorker.ts', import.meta.url), { type: 'module' });
  let onMessage: (m: FromWorker) => void = () => {};
  let onError: (e: Error) => void = () => {};
  worker.addEventListener('message', (e: MessageEvent<FromWorker>) => onMessage(e.data));
  worker.addEventListener('error', (e: ErrorEvent) => {
    e.preventDefault();
    onError(new Error(e.message || 'the simulation worker failed to start'));
  });
  worker.addEventListener('messageerror', () => onError(new Error('a message from the simulation worker could not be read')));
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (h) => { onMessage = h; },
    onError: (h) => { onError = h; },
    terminate: () => worker.terminate(),
  };
}

/**
 * One worker per core but one, at least one and at most LIMITS.maxWorkers: the page keeps a
 * core for input, drawing and charts (with every core busy, input waited 180–336 ms during a
 * city-wide run).
 */
export function poolSize(hardwareConcurrency: number | undefined): number {
  const cores = Number.isFinite(hardwareConcurrency) && (hardwareConcurrency as number) >= 1 ? Math.floor(hardwareConcurrency as number) : 2;
  return Math.max(1, Math.min(LIMITS.maxWorkers, cores - 1));
}
