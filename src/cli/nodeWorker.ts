/**
 * A worker_threads Worker behind the pool's WorkerLike interface (the CLI's side of the pool).
 * The thread runs the bundled JavaScript entry built with the CLI (scripts/cli/entries.mjs):
 * run from the build, it is the sibling file next to this code; run from the TypeScript
 * sources (tsx, tests), it is the same build in dist-cli/, brought up to date first. Either
 * way it is loaded only from a folder nobody else can write to. The `tsx` loader registers
 * tsx in the thread instead: far slower to start (tsx compiles over a thousand modules in
 * every thread), kept so tests can check both paths agree.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ensureBuilt } from '../../scripts/cli/ensureBuilt.mjs';
import { LIMITS } from '../engine.js';
import type { FromWorker, WorkerLike } from '../worker/protocol.js';

export type WorkerLoader = 'bundle' | 'tsx';

const SOURCE_ENTRY = new URL('./nodeWorkerEntry.ts', import.meta.url);
/** This module runs from the TypeScript sources, not from the build. */
const FROM_SOURCES = import.meta.url.endsWith('.ts');
let builtEntry: URL | undefined;

/** The bundled worker entry: next to this code in a build, else from an up-to-date dist-cli/. */
export function bundledWorkerEntry(): URL {
  if (!builtEntry) {
    const dir = FROM_SOURCES ? ensureBuilt().dir : null;
    builtEntry = dir === null ? new URL('./nodeWorkerEntry.cjs', import.meta.url) : pathToFileURL(join(dir, 'nodeWorkerEntry.cjs'));
  }
  return builtEntry;
}

/**
 * How long a thread that owes a chunk may stay silent before the job fails: a generous
 * fixed allowance (start-up on a loaded machine) plus far more than a chunk of this size
 * takes (runScenario computes it from the scenario). Without it a thread that never answers
 * (stuck, or not the code it should be) would hang the CLI for ever.
 */
export const DEFAULT_SILENCE_MS = 120_000;

export interface NodeWorkerOptions {
  loader?: WorkerLoader;
  silenceMs?: number;
}

/** One worker per core, at most LIMITS.maxWorkers (the memory estimate assumes no more). */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(LIMITS.maxWorkers, availableParallelism()));
}

export function spawnNodeWorker(options: NodeWorkerOptions = {}): WorkerLike {
  const worker = options.loader === 'tsx'
    ? new Worker(new URL('./workerBootstrap.mjs', import.meta.url), { workerData: { entry: SOURCE_ENTRY.href } })
    : new Worker(bundledWorkerEntry(), { execArgv: threadExecArgv(process.execArgv) });
  return wrapNodeWorker(worker, options.silenceMs);
}

/** `tsx` forces the slower loader (tests use it to check both paths agree). */
export function spawnNodeWorkerWith(loader: WorkerLoader): WorkerLike {
  return spawnNodeWorker({ loader });
}

/**
 * The flags for a worker thread: undefined (the thread inherits the process's, and Node leaves
 * out by itself what a thread cannot take, e.g. --max-old-space-size or --v8-pool-size) unless
 * the process runs under `tsx`, whose loader flags would load tsx into every thread (about
 * 0.1 s each) although a bundle is plain JavaScript. Then the list is written out without them,
 * and since Node refuses a thread whose written-out flags include one it cannot take, only the
 * flags a thread accepts are kept (source maps, warnings, conditions, other preloads).
 */
export function threadExecArgv(execArgv: readonly string[]): string[] | undefined {
  const out: string[] = [];
  let droppedLoader = false;
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i];
    if (/^(--require|-r|--import|--loader|--experimental-loader)$/.test(flag) && /\btsx\b/.test(execArgv[i + 1] ?? '')) {
      i++;
      droppedLoader = true;
      continue;
    }
    if (/^(--require|--import|--loader|--experimental-loader)=.*\btsx\b/.test(flag)) {
      droppedLoader = true;
      continue;
    }
    if (TAKES_VALUE.test(flag) && i + 1 < execArgv.length) {
      out.push(flag, execArgv[++i]);
      continue;
    }
    if (THREAD_FLAG.test(flag)) out.push(flag);
  }
  return droppedLoader ? out : undefined;
}

/** Flags whose value is the next argument, all of them flags a thread accepts. */
const TAKES_VALUE = /^(--require|-r|--import|--loader|--experimental-loader|--conditions|-C)$/;
/** Flags a thread accepts, written with their value if they have one. */
const THREAD_FLAG = /^--(enable-source-maps|no-warnings|no-deprecation|trace-warnings|trace-deprecation|trace-uncaught|pending-deprecation|experimental-[a-z-]+|require|import|loader|experimental-loader|conditions)(=.*)?$/;

/**
 * A Node worker as a WorkerLike. The thread keeps the process alive only while it owes a
 * reply, so a CLI that forgets to dispose its pool still exits when the job is done; a thread
 * that stops on its own (crash, out of memory) is reported as an error, not silence, and so
 * is a thread that owes a reply and sends nothing for `silenceMs`.
 */
export function wrapNodeWorker(worker: Worker, silenceMs = DEFAULT_SILENCE_MS): WorkerLike {
  let onMessage: (m: FromWorker) => void = () => {};
  let onError: (e: Error) => void = () => {};
  let owed = 0;
  let terminating = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const watch = (): void => {
    clearTimeout(watchdog);
    watchdog = owed > 0 && !terminating
      ? setTimeout(() => onError(new Error(`a simulation worker sent nothing for ${Math.round(silenceMs / 1000)} s after it was given runs to simulate; it is stuck or is not the workbench's own code (run again; if it happens again, remove the dist-cli folder)`)), silenceMs)
      : undefined;
  };
  worker.unref();
  worker.on('message', (m: FromWorker) => {
    if (owed > 0 && --owed === 0) worker.unref();
    watch();
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
      if (message.type === 'chunk' && owed === 1) watch();
      worker.postMessage(message);
    },
    onMessage: (h) => { onMessage = h; },
    onError: (h) => { onError = h; },
    terminate: () => {
      terminating = true;
      clearTimeout(watchdog);
      void worker.terminate();
    },
  };
}
