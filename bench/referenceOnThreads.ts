/**
 * The reference kernel on n worker threads, chunked like the engine's pool (25 runs a chunk,
 * handed to whichever thread is free), timed from spawning the threads to the last result.
 */
import { Worker } from 'node:worker_threads';
import { CHUNK_RUNS } from '../src/engine.js';
import { bundledWorker } from '../src/cli/bundleWorker.js';
import { REFERENCE_FIELDS, type ReferenceWork } from './referenceKernel.js';

export interface ReferenceResult {
  seconds: number;
  /** runs × REFERENCE_FIELDS, in run order. */
  out: Float64Array;
}

export async function referenceOnThreads(work: ReferenceWork, runs: number, threads: number): Promise<ReferenceResult> {
  const script = bundledWorker(new URL('./referenceWorker.ts', import.meta.url));
  if (!script) throw new Error('the reference worker could not be bundled (is esbuild installed?)');
  const started = performance.now();
  const out = new Float64Array(runs * REFERENCE_FIELDS);
  const chunks = Math.ceil(runs / CHUNK_RUNS);
  const workers = Array.from({ length: Math.min(threads, chunks) }, () => new Worker(script));
  let next = 0, done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: Worker): void => {
        if (next >= chunks) return;
        const firstRun = next++ * CHUNK_RUNS;
        w.postMessage({ work, firstRun, runs: Math.min(CHUNK_RUNS, runs - firstRun) });
      };
      for (const w of workers) {
        w.on('message', (m: { firstRun: number; out: Float64Array }) => {
          out.set(m.out, m.firstRun * REFERENCE_FIELDS);
          if (++done === chunks) resolve();
          else feed(w);
        });
        w.on('error', reject);
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { seconds: (performance.now() - started) / 1000, out };
}
