/**
 * Runs the sensitivity view's simulations on one warm worker pool: the analysis of
 * src/core/sensitivity (tornado, shares, value of information) and one-way sweeps. Reports
 * runs done, runs in total and time left after every chunk; `cancel` stops the workers at
 * once and the running promise rejects with CancelledError.
 */
import { catalogue, compileScenario, summarise, type Description, type MetricId, type Scenario } from '../../engine.js';
import { runSensitivity, sensitivityJobCount, type SensitivityOptions, type SensitivityResult } from '../../core/sensitivity/runSensitivity.js';
import { setScenarioPaths } from '../../core/sweep/setScenarioPaths.js';
import { gridPoints, type VaryValues } from '../../core/sweep/grid.js';
import type { IssueLine } from '../../engine.js';
import { WorkerPool } from '../../worker/WorkerPool.js';
import { poolSize, spawnBrowserWorker } from '../../worker/spawnBrowserWorker.js';
import { estimateRemaining } from './estimateRemaining.js';

export interface SensitivityProgress {
  runsDone: number;
  runsTotal: number;
  etaSeconds: number | null;
}

export interface SweepPointResult {
  /** The first varied parameter's value, and the second's in a two-way sweep. */
  x: number;
  y?: number;
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

  async analyse(design: Scenario, baseline: Scenario | undefined, o: SensitivityOptions, onProgress: (p: SensitivityProgress) => void): Promise<{ ok: true; result: SensitivityResult } | { ok: false; issues: IssueLine[] }> {
    return runSensitivity(design, baseline, o, this.counter(sensitivityJobCount(design, baseline, o.inputs, catalogue), design.runs, onProgress), catalogue);
  }

  /** A one- or two-way sweep (the first path slowest); every point is validated before any runs. */
  async sweep(design: Scenario, vary: readonly VaryValues[], metric: MetricId, onProgress: (p: SensitivityProgress) => void): Promise<{ ok: true; points: SweepPointResult[] } | { ok: false; issues: IssueLine[] }> {
    const grid = gridPoints(vary);
    const scenarios: Scenario[] = [];
    for (const values of grid) {
      const r = setScenarioPaths(design, values, catalogue);
      if (!r.ok) return r;
      scenarios.push(r.scenario);
    }
    const run = this.counter(scenarios.length, design.runs, onProgress);
    const points: SweepPointResult[] = [];
    for (let i = 0; i < scenarios.length; i++) {
      const result = await run(scenarios[i]);
      const metricAt = summarise(compileScenario(scenarios[i]), result).metrics[metric];
      points.push(vary.length > 1 ? { x: grid[i][vary[0].path], y: grid[i][vary[1].path], metric: metricAt } : { x: grid[i][vary[0].path], metric: metricAt });
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
