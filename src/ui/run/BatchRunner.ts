/**
 * Runs a batch of scenarios (a design and its baseline, or a comparison) one after another
 * on the worker pool, all with the same seed and runs so they share random numbers. Reports
 * progress over the whole batch after every chunk, hands over partial results at most every
 * `partialEveryMs` (and always for the first chunk, so the first chart appears at once), and
 * keeps what finished when it is cancelled.
 */
import { compileScenario, type CompiledScenario, type Scenario, type SimulationResult } from '../../engine.js';
import { CancelledError, type WorkerPool } from '../../worker/WorkerPool.js';
import { estimateRemaining } from './estimateRemaining.js';

export interface BatchJob {
  key: string;
  scenario: Scenario;
}

export interface JobResult {
  key: string;
  scenario: Scenario;
  compiled: CompiledScenario;
  result: SimulationResult;
  /** False while streaming or after a cancel mid-job. */
  complete: boolean;
}

export interface BatchProgress {
  runsDone: number;
  runsTotal: number;
  etaSeconds: number | null;
  job: number;
  jobs: number;
}

export interface BatchCallbacks {
  onProgress?: (p: BatchProgress) => void;
  /** Latest results of every job started so far (finished ones complete). */
  onResults?: (results: JobResult[]) => void;
}

export type BatchOutcome = { status: 'done' | 'cancelled'; results: JobResult[] } | { status: 'failed'; results: JobResult[]; error: string };

export class BatchRunner {
  constructor(private readonly pool: WorkerPool, private readonly now: () => number, private readonly partialEveryMs = 250) {}

  /** Runs the jobs in order, each on at most `workers` of the pool's workers (all by default). */
  async run(jobs: readonly BatchJob[], cb: BatchCallbacks = {}, workers = this.pool.size): Promise<BatchOutcome> {
    const runsTotal = jobs.reduce((n, j) => n + j.scenario.runs, 0);
    const started = this.now();
    const results: JobResult[] = [];
    let before = 0;
    for (let k = 0; k < jobs.length; k++) {
      const { key, scenario } = jobs[k];
      const compiled = compileScenario(scenario);
      let lastPartial = -Infinity;
      let latest: (() => SimulationResult) | null = null;
      try {
        const result = await this.pool.run(scenario, (p) => {
          latest = p.partial;
          const runsDone = before + p.runsDone;
          cb.onProgress?.({ runsDone, runsTotal, etaSeconds: estimateRemaining(this.now() - started, runsDone, runsTotal), job: k, jobs: jobs.length });
          const t = this.now();
          if (p.runsDone < scenario.runs && (lastPartial === -Infinity || t - lastPartial >= this.partialEveryMs)) {
            // Chunks may arrive out of order; until the first one is in, there is no complete run to show.
            const partial = p.partial();
            if (partial.runs > 0) {
              lastPartial = t;
              results[k] = { key, scenario, compiled, result: partial, complete: false };
              cb.onResults?.([...results]);
            }
          }
        }, workers);
        results[k] = { key, scenario, compiled, result, complete: true };
        cb.onResults?.([...results]);
        before += scenario.runs;
      } catch (e) {
        if (e instanceof CancelledError) {
          // Keep every run that finished, up to the moment of the cancel.
          const partial = latest as (() => SimulationResult) | null;
          if (partial) results[k] = { key, scenario, compiled, result: partial(), complete: false };
          return { status: 'cancelled', results: results.filter((r) => r && r.result.runs > 0) };
        }
        return { status: 'failed', results: results.filter((r) => r?.complete), error: e instanceof Error ? e.message : String(e) };
      }
    }
    return { status: 'done', results };
  }

  /** Stops at once (terminates the workers); `run` resolves with status "cancelled". */
  cancel(): void {
    this.pool.cancel();
  }
}
