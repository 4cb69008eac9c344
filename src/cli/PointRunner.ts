/**
 * Runs many scenarios one after another (the points of a sweep, the ends of a tornado) on
 * one warm worker pool: threads start once and stay loaded with the engine, so a point costs
 * its simulation and a compile, not a thread start; this thread is one of its lanes
 * (cli/inlineLane). Small jobs stay on this thread alone, as in `simulate`. Either way a
 * point's result is identical to `simulate` of the same scenario.
 */
import { chunkCount, CHUNK_RUNS, compileScenario, simulateScenario, type Scenario } from '../engine.js';
import { WorkerPool } from '../worker/WorkerPool.js';
import { defaultWorkerCount, spawnNodeWorker } from './nodeWorker.js';
import { withThisThread } from './inlineLane.js';
import { POOL_THRESHOLD, type RunOutcome } from './runScenario.js';

export class PointRunner {
  private pool: WorkerPool | undefined;
  private readonly workers: number;

  /**
   * `workers` as given by --workers; without it, every core when the whole batch (points ×
   * runs × providers × months) is large enough to pay for starting threads.
   */
  constructor(workers: number | undefined, batchWork: number) {
    this.workers = workers ?? (batchWork < POOL_THRESHOLD ? 1 : defaultWorkerCount());
  }

  async run(s: Scenario, onProgress?: (runsDone: number, runsTotal: number) => void): Promise<RunOutcome> {
    const compiled = compileScenario(s);
    const runs = compiled.runs;
    if (Math.min(this.workers, chunkCount(runs)) <= 1) {
      const result = simulateScenario(compiled, onProgress && ((done) => onProgress(Math.min(runs, done * CHUNK_RUNS), runs)));
      return { compiled, result };
    }
    this.pool ??= new WorkerPool(withThisThread(() => spawnNodeWorker()), this.workers);
    const result = await this.pool.run(s, onProgress && ((p) => onProgress(p.runsDone, runs)));
    return { compiled, result };
  }

  dispose(): void {
    this.pool?.dispose();
    this.pool = undefined;
  }
}

/** runs × providers × months of one scenario: the work measure POOL_THRESHOLD is set in. */
export function scenarioWork(s: Scenario): number {
  const c = compileScenario(s);
  return c.runs * c.providerCount * (c.horizonMonths + Number(c.sections.care.warmUpMonths));
}
