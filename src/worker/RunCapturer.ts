/**
 * Asks a worker for one run of a scenario in detail (core/simulate/captureRun), so the page
 * can show a single run's providers period by period without simulating on its own thread.
 * One worker of its own, started at the first request, apart from the pool: a capture never
 * waits for a batch, and a batch never waits for it. Only the latest request counts: an
 * earlier one still going is answered but resolves to null.
 */
import { validateScenario, type CapturedRun, type Scenario } from '../engine.js';
import { FormulaError } from '../core/formula/FormulaError.js';
import type { FromWorker, WorkerLike } from './protocol.js';

interface Pending {
  resolve: (r: CapturedRun | null) => void;
  reject: (e: Error) => void;
}

export class RunCapturer {
  private worker: WorkerLike | null = null;
  private nextJob = 1;
  private latest = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly spawn: () => WorkerLike) {}

  /** Run `run` (0-based) of the scenario; null if a later request came before this one was answered. */
  capture(scenario: Scenario, run: number): Promise<CapturedRun | null> {
    const job = this.nextJob++;
    this.latest = job;
    return new Promise<CapturedRun | null>((resolve, reject) => {
      this.pending.set(job, { resolve, reject });
      try {
        // Checked here, as the pool does: the worker's script carries no validator.
        const checked = validateScenario(scenario);
        if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.problem}`).join('\n'));
        this.ensureWorker().post({ type: 'capture', job, scenario: checked.scenario, run });
      } catch (e) {
        this.pending.delete(job);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  /** Stop the worker; requests still open reject. */
  dispose(): void {
    this.failAll(new Error('the run capture was stopped'));
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.spawn();
    w.onMessage((m) => this.receive(m));
    w.onError((e) => this.failAll(e));
    this.worker = w;
    return w;
  }

  private receive(m: FromWorker): void {
    const p = this.pending.get(m.job);
    if (!p || (m.type !== 'capture' && m.type !== 'error')) return;
    this.pending.delete(m.job);
    if (m.type === 'error') p.reject(m.formula ? FormulaError.fromData(m.formula) : new Error(m.message));
    else p.resolve(m.job === this.latest ? m.data : null);
  }

  private failAll(e: Error): void {
    this.worker?.terminate();
    this.worker = null;
    const open = [...this.pending.values()];
    this.pending.clear();
    for (const p of open) p.reject(e);
  }
}
