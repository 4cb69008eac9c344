/**
 * A worker_threads Worker behind the pool's WorkerLike interface (the CLI's side of the pool).
 * The thread runs the bundled JavaScript entry (bundleWorker); if bundling is impossible it
 * registers tsx in the thread instead, which works everywhere but starts far slower: tsx
 * compiles every module in every thread, over a thousand with mathjs (seconds, not 0.1 s).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { LIMITS } from '../engine.js';
import type { FromWorker, WorkerLike } from '../worker/protocol.js';
import { bundledWorker } from './bundleWorker.js';

export type WorkerLoader = 'bundle' | 'tsx';

const ENTRY = new URL('./nodeWorkerEntry.ts', import.meta.url);

/** One worker per core, at most LIMITS.maxWorkers (the memory estimate assumes no more). */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(LIMITS.maxWorkers, availableParallelism()));
}

export function spawnNodeWorker(): WorkerLike {
  return spawnNodeWorkerWith('bundle');
}

/** `tsx` forces the slower loader (tests use it to check both paths agree). */
export function spawnNodeWorkerWith(loader: WorkerLoader): WorkerLike {
  const bundle = loader === 'bundle' ? bundledWorker(ENTRY) : null;
  const worker = bundle
    ? new Worker(bundle, { execArgv: withoutTypeScriptLoader(process.execArgv) })
    : new Worker(new URL('./workerBootstrap.mjs', import.meta.url), { workerData: { entry: ENTRY.href } });
  return wrapNodeWorker(worker);
}

/**
 * A thread inherits the process's flags, and under `tsx` those load tsx into every thread
 * (about 0.1 s each) although a bundle is plain JavaScript: drop the loader, keep the rest.
 */
export function withoutTypeScriptLoader(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i];
    if (/^(--require|-r|--import|--loader|--experimental-loader)$/.test(flag) && /\btsx\b/.test(execArgv[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (/^(--require|--import|--loader|--experimental-loader)=.*\btsx\b/.test(flag)) continue;
    out.push(flag);
  }
  return out;
}

/**
 * A Node worker as a WorkerLike. The thread keeps the process alive only while it owes a
 * reply, so a CLI that forgets to dispose its pool still exits when the job is done; a thread
 * that stops on its own (crash, out of memory) is reported as an error, not silence.
 */
export function wrapNodeWorker(worker: Worker): WorkerLike {
  let onMessage: (m: FromWorker) => void = () => {};
  let onError: (e: Error) => void = () => {};
  let owed = 0;
  let terminating = false;
  worker.unref();
  worker.on('message', (m: FromWorker) => {
    if (owed > 0 && --owed === 0) worker.unref();
    onMessage(m);
  });
  worker.on('error', (e: Error) => onError(e));
  worker.on('messageerror', (e: Error) => onError(new Error(`a message from a simulation worker could not be read: ${e.message}`)));
  worker.on('exit', (code) => {
    if (!terminating) onError(new Error(`a simulation worker stopped unexpectedly (exit code ${code})`));
  });
  return {
    post: (message) => {
      if (message.type === 'chunk' && owed++ === 0) worker.ref();
      worker.postMessage(message);
    },
    onMessage: (h) => { onMessage = h; },
    onError: (h) => { onError = h; },
    terminate: () => {
      terminating = true;
      void worker.terminate();
    },
  };
}
