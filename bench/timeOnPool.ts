/**
 * Wall time of a scenario on a fresh pool as the CLI runs it with --workers N: this thread as
 * one lane and N − 1 worker threads (bundled entry; src/cli/inlineLane.ts), from creating the
 * pool (the threads start then) to the merged result.
 */
import type { Scenario, SimulationResult } from '../src/engine.js';
import { withThisThread } from '../src/cli/inlineLane.js';
import { spawnNodeWorker } from '../src/cli/nodeWorker.js';
import { WorkerPool } from '../src/worker/WorkerPool.js';

export async function timeOnPool(scenario: Scenario, workers: number): Promise<{ seconds: number; result: SimulationResult }> {
  const started = performance.now();
  const pool = new WorkerPool(withThisThread(() => spawnNodeWorker()), workers);
  try {
    const result = await pool.run(scenario);
    return { seconds: (performance.now() - started) / 1000, result };
  } finally {
    pool.dispose();
  }
}
