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

function cores(hardwareConcurrency: number | undefined): number {
  return Number.isFinite(hardwareConcurrency) && (hardwareConcurrency as number) >= 1 ? Math.floor(hardwareConcurrency as number) : 2;
}

/**
 * Workers for long work (a long batch, a sensitivity sweep, the pilot planner): one per core
 * but one, at least one and at most LIMITS.maxWorkers. The page keeps a core for input,
 * drawing and charts: with every core busy, input waited 180–336 ms during a city-wide run.
 */
export function poolSize(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.min(LIMITS.maxWorkers, cores(hardwareConcurrency) - 1));
}

/** The page's simulation pool holds one worker per core (at most LIMITS.maxWorkers); a batch may use fewer (batchWorkers). */
export function poolCapacity(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.min(LIMITS.maxWorkers, cores(hardwareConcurrency)));
}

/**
 * A batch estimated (estimateRunSeconds, on every core) to take at most this long is short:
 * the user waits for it without doing anything else, so any input delay from busy cores lasts
 * no longer than the wait itself, while a second worker nearly halves the wait on two cores.
 * The estimate counts a warm worker's pace; in the page on two cores the default scenario's
 * 1,000 runs, estimated at 0.26 s, took 0.4–0.45 s, so 1 s keeps real waits under about 2 s (a
 * city-wide run of 5,000, the one whose input waited 180–336 ms, stays long).
 */
export const SHORT_BATCH_SECONDS = 1;

/**
 * Workers for one batch: every core for a short one (see SHORT_BATCH_SECONDS), one core free
 * for a long one, whose results stream in while the user reads, scrolls and types.
 */
export function batchWorkers(hardwareConcurrency: number | undefined, secondsOnEveryCore: number): number {
  return secondsOnEveryCore <= SHORT_BATCH_SECONDS ? poolCapacity(hardwareConcurrency) : poolSize(hardwareConcurrency);
}
