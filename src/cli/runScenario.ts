/**
 * The one place the CLI runs a simulation. One worker runs the chunks on this thread
 * (simulateScenario); more use the worker-thread pool the page also uses. Both merge the same
 * fixed chunks in order, so the result is identical whatever the number of workers.
 */
import { chunkCount, CHUNK_RUNS, compileScenario, simulateScenario, type CompiledScenario, type Scenario, type SimulationResult } from '../core/index.js';
import { WorkerPool } from '../worker/WorkerPool.js';
import { spawnNodeWorker } from './nodeWorker.js';

/** Workers used when --workers is not given. */
export const DEFAULT_WORKERS = 1;

export interface RunOptions {
  workers?: number;
  onProgress?: (runsDone: number, runsTotal: number) => void;
}

export interface RunOutcome {
  compiled: CompiledScenario;
  result: SimulationResult;
}

export async function runScenario(scenario: Scenario, options: RunOptions = {}): Promise<RunOutcome> {
  const compiled = compileScenario(scenario);
  const runs = compiled.runs;
  const progress = options.onProgress;
  const workers = Math.min(options.workers ?? DEFAULT_WORKERS, chunkCount(runs));
  if (workers <= 1) {
    const result = simulateScenario(compiled, progress && ((done) => progress(Math.min(runs, done * CHUNK_RUNS), runs)));
    return { compiled, result };
  }
  const pool = new WorkerPool(spawnNodeWorker, workers);
  try {
    const result = await pool.run(scenario, progress && ((p) => progress(p.runsDone, runs)));
    return { compiled, result };
  } finally {
    pool.dispose();
  }
}
