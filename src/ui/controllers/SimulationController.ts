/**
 * Owns the worker pool and runs batches for the page: the current design with its per-diem
 * baseline, or a comparison. Keeps the status for the run panel, the milestone announcements,
 * and the latest results; on cancel keeps what finished (or the previous results if nothing
 * did); on a failure (a worker crashed) keeps the previous complete results, never a partial
 * set from the failed run, and the pool starts fresh workers for the next run. The main
 * thread only summarises and draws; every run happens in a worker.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scenario } from '../../engine.js';
import { WorkerPool } from '../../worker/WorkerPool.js';
import { batchWorkers, poolCapacity, poolSize, spawnBrowserWorker } from '../../worker/spawnBrowserWorker.js';
import { estimateRunSeconds } from '../run/estimateRunSeconds.js';
import { BatchRunner, type BatchJob, type BatchOutcome, type JobResult } from '../run/BatchRunner.js';
import type { RunStatus } from '../components/run-panel.js';
import type { DesignRun } from '../state/DesignRun.js';
import type { ComparisonRun } from '../state/ComparisonRun.js';
import { baselineFor, isBaseline } from '../state/baselineFor.js';
import { contentKey } from '../state/designs.js';
import { comparisonPlan } from '../state/responsePlan.js';
import type { Lang } from '../../i18n/Lang.js';
import { t, type TextKey } from '../../i18n/t.js';
import { formatDuration, formatNumber } from '../../i18n/format.js';

/**
 * Partial results are handed to the charts at most this often while streaming: each hand-over
 * summarises every run so far and redraws the visible charts, which on a city-wide run takes
 * a few hundred milliseconds of the page's thread, so more often would make the page sluggish.
 */
export const PARTIAL_EVERY_MS = 1000;

/**
 * Progress is redrawn at most this often: chunks come back every few milliseconds, and each
 * redraw (the whole page's template, then a paint) takes the page's thread a few milliseconds
 * that, with a worker on every core, come out of the simulation's time.
 */
export const PROGRESS_EVERY_MS = 100;

/** Chunks a worker left out of the opening run simulates to warm up (about 0.1 s of a core for the default scenario). */
export const WARM_UP_CHUNKS = 6;

/** Once the page has nothing else to do (after the opening run's charts); after a second in a browser without idle callbacks. */
function whenIdle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 2000 });
  else setTimeout(f, 1000);
}

/** A milestone kept as a text key, so the live region follows a language switch at once. */
interface Said {
  key: TextKey;
  vars?: Record<string, string | number>;
  seconds?: number;
}

export class SimulationController implements ReactiveController {
  status: RunStatus = { running: false, runsDone: 0, runsTotal: 0, etaSeconds: null };
  private said: Said | null = null;
  error: string | null = null;
  designRun: DesignRun | null = null;
  comparison: ComparisonRun | null = null;
  /** Set on every run start; the page measures Run → first chart from it. */
  runStartedAt = 0;
  /** Whether the batch started last has produced any results yet. */
  resultsSinceStart = false;
  private runner: BatchRunner | null = null;
  private pool: WorkerPool | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly lang: () => Lang) {
    host.addController(this);
  }

  /** The latest milestone in the page's language now (numbers formatted for it too). */
  get announcement(): string {
    const a = this.said;
    if (!a) return '';
    const L = this.lang();
    const vars: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(a.vars ?? {})) vars[k] = typeof v === 'number' ? formatNumber(v, L) : v;
    if (a.seconds !== undefined) vars.time = formatDuration(a.seconds, L);
    return t(L, a.key, vars);
  }

  /** The language changed: redraw the status in it. */
  relabel(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.pool?.dispose();
    this.pool = null;
    this.runner = null;
  }

  private getRunner(): BatchRunner {
    if (!this.runner) {
      // A worker per core; each batch decides how many of them it uses (batchWorkers). Each
      // worker holds two chunks: handed one at a time, a worker waited for this thread's answer
      // (busy drawing) for 40–70 ms of a 0.4 s batch of the default scenario.
      this.pool = new WorkerPool(spawnBrowserWorker, poolCapacity(navigator.hardwareConcurrency), { perWorker: 2 });
      this.runner = new BatchRunner(this.pool, () => performance.now(), PARTIAL_EVERY_MS);
    }
    return this.runner;
  }

  /**
   * Runs the design, then (unless it is today's rule) its per-diem baseline on the same random
   * numbers; null if a run was already going. `opening`: the page's own run as it opens (see runBatch).
   */
  async runDesign(design: Scenario, opening = false): Promise<BatchOutcome['status'] | null> {
    if (this.status.running) return null;
    const todays = isBaseline(design);
    const jobs: BatchJob[] = [{ key: 'design', scenario: design }];
    if (!todays) jobs.push({ key: 'baseline', scenario: baselineFor(design) });
    const previous = this.designRun;
    const key = contentKey(design);
    const outcome = await this.runBatch(jobs, opening, (results) => {
      this.designRun = { key, design: results[0] ?? null, baseline: results[1] ?? null, designIsBaseline: todays };
    });
    if ((outcome.status === 'cancelled' && !outcome.results[0]) || outcome.status === 'failed') this.designRun = previous;
    this.host.requestUpdate();
    return outcome.status;
  }

  /**
   * Runs a baseline and designs, all with the baseline's seed and number of runs; with
   * `responses`, also each design if providers do not respond and if they do, each against
   * the baseline with the same behaviours (one batch: one progress bar, one Cancel).
   */
  async runComparison(baseline: Scenario, designs: readonly Scenario[], responses = false, opening = false): Promise<void> {
    if (this.status.running) return;
    const plan = comparisonPlan(baseline, designs, responses);
    const keys = [baseline, ...designs].map(contentKey);
    if (responses) keys.push('responses');
    const previous = this.comparison;
    const outcome = await this.runBatch(plan.jobs, opening, (results) => {
      const byKey = new Map(results.filter(Boolean).map((r) => [r.key, r]));
      this.comparison = { keys, baseline: byKey.get('baseline') ?? null, designs: plan.jobs.slice(1, plan.main).map((j) => byKey.get(j.key)).filter((r): r is JobResult => !!r), pairs: plan.pairs, byKey, finishedAt: null };
    });
    if ((outcome.status === 'cancelled' && !outcome.results.some((r) => r.key === 'baseline')) || outcome.status === 'failed') this.comparison = previous;
    else if (this.comparison) this.comparison = { ...this.comparison, finishedAt: new Date() };
    this.host.requestUpdate();
  }

  /**
   * Start the workers of the opening run before it is known, so loading the engine overlaps
   * reading saved work; the others start after it (see runBatch).
   */
  warm(): void {
    if (!this.runner) {
      this.getRunner();
      this.pool?.warm(poolSize(navigator.hardwareConcurrency));
    }
  }

  cancel(): void {
    this.runner?.cancel();
  }

  /**
   * Runs a batch on as many workers as batchWorkers allows; the page's own run as it opens
   * leaves a core free whatever its length, for the page's start (the chart library, the first
   * drawing: on two cores, a second worker then put the first chart 0.35 s later), and once it
   * is done and the page is idle the workers it left out simulate a few chunks, so they are
   * warm when the user presses Run.
   */
  private async runBatch(jobs: BatchJob[], opening: boolean, onResults: (results: JobResult[]) => void): Promise<BatchOutcome> {
    const total = jobs.reduce((n, j) => n + j.scenario.runs, 0);
    this.runStartedAt = performance.now();
    this.resultsSinceStart = false;
    this.error = null;
    this.status = { running: true, runsDone: 0, runsTotal: total, etaSeconds: null };
    this.said = { key: 'runStarted', vars: { total } };
    this.host.requestUpdate();
    let halfway = false;
    let drawnAt = performance.now();
    const runner = this.getRunner();
    const cores = navigator.hardwareConcurrency;
    const workers = opening ? poolSize(cores) : batchWorkers(cores, estimateRunSeconds(jobs.map((j) => j.scenario), poolCapacity(cores)));
    const outcome = await runner.run(jobs, {
      onProgress: (p) => {
        this.status = { running: true, runsDone: p.runsDone, runsTotal: p.runsTotal, etaSeconds: p.etaSeconds };
        let milestone = false;
        if (!halfway && p.runsDone * 2 >= p.runsTotal && p.runsDone < p.runsTotal) {
          halfway = milestone = true;
          this.said = { key: 'runHalf', vars: { done: p.runsDone, total: p.runsTotal } };
        }
        const now = performance.now();
        if (milestone || now - drawnAt >= PROGRESS_EVERY_MS) {
          drawnAt = now;
          this.host.requestUpdate();
        }
      },
      onResults: (results) => {
        if (!this.resultsSinceStart) performance.mark('first-results');
        this.resultsSinceStart = true;
        onResults(results);
        // The batch's final results are drawn once, with the status that says it is done
        // (drawing them here too would render the page twice as the user waits for the charts).
        if (!(results.length === jobs.length && results.every((r) => r.complete))) this.host.requestUpdate();
      },
    }, workers);
    performance.mark('batch-done');
    if (opening && outcome.status === 'done') whenIdle(() => this.pool?.warmUp(jobs[0].scenario, WARM_UP_CHUNKS));
    if (outcome.results.length) onResults(outcome.results);
    const seconds = (performance.now() - this.runStartedAt) / 1000;
    const done = outcome.results.reduce((n, r) => n + r.result.runs, 0);
    this.status = { running: false, runsDone: outcome.status === 'done' ? total : done, runsTotal: total, etaSeconds: null };
    if (outcome.status === 'done') this.said = { key: 'runDone', vars: { total }, seconds };
    else if (outcome.status === 'cancelled') this.said = done > 0 ? { key: 'runCancelledOf', vars: { done, total } } : { key: 'runCancelledNone' };
    else if (outcome.status === 'failed') {
      this.error = outcome.error;
      this.said = { key: 'runCrashed', vars: { error: outcome.error } };
    }
    return outcome;
  }
}
