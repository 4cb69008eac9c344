/**
 * The one place the CLI runs a simulation. One worker runs the chunks on this thread
 * (simulateScenario); n > 1 use the pool the page also uses, with this thread as one lane and
 * n − 1 worker threads (cli/inlineLane). Both merge the same fixed chunks in order, so the
 * result is identical whatever the number of workers.
 */
import { chunkCount, CHUNK_RUNS, compileScenario, simulateChunk, simulateScenario, type ChunkResult, type CompiledScenario, type Scenario, type SimulationResult } from '../engine.js';
import { WorkerPool } from '../worker/WorkerPool.js';
import { DEFAULT_SILENCE_MS, defaultWorkerCount, spawnNodeWorker } from './nodeWorker.js';
import { withThisThread } from './inlineLane.js';

/**
 * Below this much work (runs × providers × months) a worker thread's start would not pay back,
 * so without --workers such jobs stay on this thread. Measured on 2 cores (bench machine): a
 * worker thread loads its bundle and runs its first chunk in the interpreter while both
 * threads compete for the cores, and a second lane broke even at about 1,500 runs of the
 * default scenario (2.9 million provider-months): 1,000 runs 0.57 s on this thread against
 * 0.64 s with a worker; 2,500 runs 1.19-1.28 s against 1.09-1.11 s.
 */
export const POOL_THRESHOLD = 3_000_000;

/** Workers used when --workers is not given: every core for large jobs, this thread for small. */
export function defaultWorkers(compiled: CompiledScenario): number {
  const months = compiled.horizonMonths + Number(compiled.sections.care.warmUpMonths);
  return compiled.runs * compiled.providerCount * months < POOL_THRESHOLD ? 1 : defaultWorkerCount();
}

/**
 * How long a worker may stay silent while it owes a chunk: the fixed allowance plus 1 ms per
 * provider-month of the chunk. The engine simulates a provider-month in well under a
 * microsecond at the default referral rate, and the highest allowed rate (500 referrals a
 * provider-month) costs a few hundred, so no working thread comes near the bound.
 */
export function workerSilenceMs(compiled: CompiledScenario): number {
  const months = compiled.horizonMonths + Number(compiled.sections.care.warmUpMonths);
  return DEFAULT_SILENCE_MS + Math.min(CHUNK_RUNS, compiled.runs) * compiled.providerCount * months;
}

/** A pool of this thread and worker threads for one command's jobs, with a silence bound fitted to the scenario. */
export function cliPool(compiled: CompiledScenario, workers: number): WorkerPool {
  const silenceMs = workerSilenceMs(compiled);
  return new WorkerPool(withThisThread(() => spawnNodeWorker({ silenceMs })), workers);
}

/**
 * Runs chunks `from` … `to − 1` in chunk order, on this thread or (workers > 1) on a pool,
 * handing each to `onChunk`, which may stop the job: `--shard` and `--until-se` share it, so
 * both give the same chunks with any number of workers.
 */
export async function runChunks(compiled: CompiledScenario, from: number, to: number, workers: number | undefined, onChunk: (c: ChunkResult) => 'stop' | void): Promise<void> {
  const n = Math.min(workers ?? defaultWorkers(compiled), Math.max(0, to - from));
  if (n <= 1) {
    for (let k = from; k < to; k++) if (onChunk(simulateChunk(compiled, k)) === 'stop') return;
    return;
  }
  const pool = cliPool(compiled, n);
  try {
    await pool.runChunks(compiled.scenario, from, to, onChunk);
  } finally {
    pool.dispose();
  }
}

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
  const workers = Math.min(options.workers ?? defaultWorkers(compiled), chunkCount(runs));
  if (workers <= 1) {
    const result = simulateScenario(compiled, progress && ((done) => progress(Math.min(runs, done * CHUNK_RUNS), runs)));
    return { compiled, result };
  }
  const pool = cliPool(compiled, workers);
  try {
    const result = await pool.run(scenario, progress && ((p) => progress(p.runsDone, runs)));
    return { compiled, result };
  } finally {
    pool.dispose();
  }
}
