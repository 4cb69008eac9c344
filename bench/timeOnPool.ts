/**
 * Wall time of a scenario on a fresh pool of Node workers, as the CLI runs it: from spawning
 * the workers (bundled entry, see src/cli/bundleWorker.ts) to the merged result.
 */
import type { Scenario, SimulationResult } from '../src/engine.js';
import { spawnNodeWorker } from '../src/cli/nodeWorker.js';
import { WorkerPool } from '../src/worker/WorkerPool.js';

export async function timeOnPool(scenario: Scenario, workers: number): Promise<{ seconds: number; result: SimulationResult }> {
  const started = performance.now();
  const pool = new WorkerPool(spawnNodeWorker, workers);
  try {
    const result = await pool.run(scenario);
    return { seconds: (performance.now() - started) / 1000, result };
  } finally {
    pool.dispose();
  }
}
