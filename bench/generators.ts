/** Draw speed of each generator candidate, each timed in a fresh worker thread, one at a time. */
import { Worker } from 'node:worker_threads';
import { bundledWorker } from '../src/cli/bundleWorker.js';
import { GENERATOR_CANDIDATES } from '../src/core/rng/generatorCandidates.js';
import type { GeneratorTiming } from './generatorWorker.js';

export interface GeneratorRow extends GeneratorTiming {
  description: string;
  /** Relative to sfc32 (the engine's Stream): 2 means twice as slow. */
  relative: number;
}

export async function timeGenerators(draws: number): Promise<GeneratorRow[]> {
  const script = bundledWorker(new URL('./generatorWorker.ts', import.meta.url));
  if (!script) throw new Error('the generator worker could not be bundled (is esbuild installed?)');
  const timings: GeneratorTiming[] = [];
  for (const g of GENERATOR_CANDIDATES) {
    const worker = new Worker(script);
    try {
      timings.push(await new Promise<GeneratorTiming>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: g.id, draws });
      }));
    } finally {
      await worker.terminate();
    }
  }
  const base = timings.find((t) => t.id === 'sfc32')?.nsPerDraw ?? NaN;
  return timings.map((t, i) => ({ ...t, description: GENERATOR_CANDIDATES[i].description, relative: t.nsPerDraw / base }));
}
