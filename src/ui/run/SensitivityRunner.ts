/**
 * Runs the sensitivity view's simulations on one warm worker pool: the analysis of
 * src/core/sensitivity (tornado, shares, value of information) and one-way sweeps. Reports
 * runs done, runs in total and time left after every chunk; `cancel` stops the workers at
 * once and the running promise rejects with CancelledError.
 */
import { compileScenario, summarise, type Description, type Scenario } from '../../core/index.js';
import { runSensitivity, sensitivityJobCount, type SensitivityOptions, type SensitivityResult } from '../../core/sensitivity/runSensitivity.js';
import { setScenarioPaths } from '../../core/sweep/setScenarioPaths.js';
import type { ScenarioIssue } from '../../core/index.js';
import { WorkerPool } from '../../worker/WorkerPool.js';
import { poolSize, spawnBrowserWorker } from '../../worker/spawnBrowserWorker.js';
import { estimateRemaining } from './estimateRemaining.js';

export interface SensitivityProgress {
  runsDone: number;
  runsTotal: number;
  etaSeconds: number | null;
}

export interface SweepPointResult {
  x: number;
  metric: Description;
}

export class SensitivityRunner {
  private pool: WorkerPool | null = null;

  constructor(private readonly now: () => number = () => performance.now()) {}

  private getPool(): WorkerPool {
    this.pool ??= new WorkerPool(spawnBrowserWorker, poolSize(navigator.hardwareConcurrency));
    return this.pool;
  }

  /** A runner of scenarios that counts runs towards a known total. */
  private counter(jobs: number, runs: number, onProgress: (p: SensitivityProgress) => void): (s: Scenario) => ReturnType<WorkerPool['run']> {
    const started = this.now();
    const total = Math.max(1, jobs) * runs;
    let before = 0;
    return async (s) => {
      const result = await this.getPool().run(s, (p) => {
        const done = Math.min(total, before + p.runsDone);
        onProgress({ runsDone: done, runsTotal: total, etaSeconds: estimateRemaining(this.now() - started, done, total) });
      });
      before += s.runs;
      return result;
    };
  }

  async analyse(design: Scenario, baseline: Scenario | undefined, o: SensitivityOptions, onProgress: (p: SensitivityProgress) => void): Promise<{ ok: true; result: SensitivityResult } | { ok: false; issues: ScenarioIssue[] }> {
    return runSensitivity(design, baseline, o, this.counter(sensitivityJobCount(design, baseline), design.runs, onProgress));
  }

  async sweep(design: Scenario, path: string, values: readonly number[], metric: string, onProgress: (p: SensitivityProgress) => void): Promise<{ ok: true; points: SweepPointResult[] } | { ok: false; issues: ScenarioIssue[] }> {
    const scenarios: Scenario[] = [];
    for (const x of values) {
      const r = setScenarioPaths(design, { [path]: x });
      if (!r.ok) return r;
      scenarios.push(r.scenario);
    }
    const run = this.counter(scenarios.length, design.runs, onProgress);
    const points: SweepPointResult[] = [];
    for (let i = 0; i < scenarios.length; i++) {
      const result = await run(scenarios[i]);
      points.push({ x: values[i], metric: summarise(compileScenario(scenarios[i]), result).metrics[metric] });
    }
    return { ok: true, points };
  }

  cancel(): void {
    this.pool?.cancel();
  }

  dispose(): void {
    this.pool?.dispose();
    this.pool = null;
  }
}
