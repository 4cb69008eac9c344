/**
 * Runs the pilot planner on workers (the same worker bundle as the simulation pool): the
 * whole-scenario runs of the ROC in blocks of 25, the simulated providers of each service's
 * power curve in blocks of 250, handed out one at a time to whichever worker is free; then
 * the main thread merges the counts and finishes the plan (closed forms only). The result is
 * the same as planPilot in one thread, whatever the number of workers. `cancel` terminates the
 * workers at once and the run rejects with CancelledError.
 */
import { compileScenario, validateScenario, type Scenario } from '../engine.js';
import { finishPlan, planSetup, type PlanOptions, type PlanResult } from '../core/plan/planPilot.js';
import { emptyRocCounts, mergeRocCounts, type RocCounts } from '../core/plan/rocCurve.js';
import { emptyPowerCounts, mergePowerCounts, type PowerCounts } from '../core/plan/simulatePower.js';
import type { PlanTask } from './planProtocol.js';
import type { FromWorker, WorkerLike } from './protocol.js';
import { CancelledError } from './WorkerPool.js';

const RUN_BLOCK = 25;
const REPLICATE_BLOCK = 250;

export function planTasks(runs: number, replicates: number, services: number): PlanTask[] {
  const tasks: PlanTask[] = [];
  for (let from = 0; from < runs; from += RUN_BLOCK) tasks.push({ id: tasks.length, kind: 'roc', from, to: Math.min(runs, from + RUN_BLOCK) });
  for (let service = 0; service < services; service++) {
    for (let from = 0; from < replicates; from += REPLICATE_BLOCK) tasks.push({ id: tasks.length, kind: 'power', service, from, to: Math.min(replicates, from + REPLICATE_BLOCK) });
  }
  return tasks;
}

export class PlanPool {
  private workers: WorkerLike[] = [];
  private abort: ((e: Error) => void) | null = null;
  private nextJob = 1;

  constructor(private readonly spawn: () => WorkerLike, readonly size: number) {}

  run(scenario: Scenario, options: PlanOptions, onProgress?: (done: number, total: number) => void): Promise<PlanResult> {
    if (this.abort) return Promise.reject(new Error('the planner is already running'));
    const checked = validateScenario(scenario);
    if (!checked.ok) return Promise.reject(new Error(checked.issues.map((i) => `${i.path}: ${i.problem}`).join('\n')));
    const c = compileScenario(checked.scenario);
    // Closed forms on this thread; throws PlanInputError for options the measure cannot meet.
    const setup = planSetup(c, options);
    const tasks = planTasks(setup.options.runs, setup.options.replicates, setup.power.length);
    const roc: RocCounts = emptyRocCounts(setup.roc, c.segments.length);
    const power: PowerCounts[] = setup.power.map((ps) => emptyPowerCounts(ps.nMax));
    while (this.workers.length < Math.min(this.size, tasks.length)) this.workers.push(this.spawn());
    const workers = this.workers;
    const job = this.nextJob++;
    return new Promise<PlanResult>((resolve, reject) => {
      let next = 0, done = 0, settled = false;
      const fail = (e: Error): void => {
        if (settled) return;
        settled = true;
        this.abort = null;
        this.terminateAll();
        reject(e);
      };
      this.abort = fail;
      const feed = (w: WorkerLike): void => { if (next < tasks.length) w.post({ type: 'plan-task', job, task: tasks[next++] }); };
      const receive = (w: WorkerLike, m: FromWorker): void => {
        if (settled || m.job !== job) return;
        if (m.type === 'error') return fail(new Error(m.message));
        if (m.type !== 'plan-task') return;
        const d = m.data;
        if (d.kind === 'roc') mergeRocCounts(roc, d);
        else mergePowerCounts(power[d.service], d);
        done++;
        onProgress?.(done, tasks.length);
        if (done === tasks.length) {
          settled = true;
          this.abort = null;
          resolve(finishPlan(c, setup, roc, power));
        } else feed(w);
      };
      for (const w of workers) {
        w.onMessage((m) => { try { receive(w, m); } catch (e) { fail(e instanceof Error ? e : new Error(String(e))); } });
        w.onError((e) => fail(e));
        w.post({ type: 'plan-load', job, scenario: checked.scenario, options });
        feed(w);
      }
    });
  }

  cancel(): void {
    const abort = this.abort;
    this.terminateAll();
    abort?.(new CancelledError());
  }

  private terminateAll(): void {
    const workers = this.workers;
    this.workers = [];
    for (const w of workers) w.terminate();
  }
}
