/**
 * A small pool of simulation workers, the same in the page (Web Workers) and the CLI
 * (worker_threads). Chunks are handed out one at a time to whichever worker is free and
 * merged in chunk order by ResultAssembler, so results are bit-identical whatever the pool
 * size. `cancel` terminates the workers at once (the page's Cancel button); the pool makes
 * fresh ones for the next job. Any failure — a worker's error message, a crashed thread, a
 * worker that cannot start, a throwing progress callback — rejects the job with its message
 * and frees the workers.
 */
import { CHUNK_RUNS, chunkCount, chunkFromData, compileScenario, ResultAssembler, validateScenario, type CompiledScenario, type Scenario, type SimulationResult } from '../engine.js';
import type { FromWorker, WorkerLike } from './protocol.js';

export interface JobProgress {
  chunksDone: number;
  chunksTotal: number;
  runsDone: number;
  /** The complete prefix of runs so far, for streaming results into the page. */
  partial: () => SimulationResult;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export class WorkerPool {
  private workers: WorkerLike[] = [];
  private nextJob = 1;
  private abort: ((e: Error) => void) | null = null;

  constructor(private readonly spawn: () => WorkerLike, readonly size: number) {
    if (!(Number.isInteger(size) && size >= 1)) throw new Error('a pool needs a whole number of workers, at least one');
  }

  /** True while a job is running. */
  get busy(): boolean {
    return this.abort !== null;
  }

  /** Simulate all runs of a scenario. Rejects with CancelledError if cancelled. */
  run(scenario: Scenario, onProgress?: (p: JobProgress) => void): Promise<SimulationResult> {
    if (this.busy) return Promise.reject(new Error('this pool is already running a job; cancel it or wait for it first'));
    const checked = validateScenario(scenario);
    if (!checked.ok) return Promise.reject(new Error(checked.issues.map((i) => `${i.path}: ${i.problem}`).join('\n')));
    const total = chunkCount(checked.scenario.runs);
    let workers: WorkerLike[], compiled: CompiledScenario;
    try {
      // Spawn first: threads boot in parallel while this thread compiles the scenario.
      workers = this.ensureWorkers(Math.min(this.size, total));
      compiled = compileScenario(checked.scenario);
    } catch (e) {
      this.terminateAll();
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    const assembler = new ResultAssembler(compiled, total);
    const job = this.nextJob++;

    return new Promise<SimulationResult>((resolve, reject) => {
      let nextChunk = 0;
      let settled = false;
      const fail = (e: Error): void => {
        if (settled) return;
        settled = true;
        this.abort = null;
        this.terminateAll();
        reject(e);
      };
      this.abort = fail;
      const feed = (w: WorkerLike): void => {
        if (nextChunk < total) w.post({ type: 'chunk', job, chunk: nextChunk++ });
      };
      const receive = (w: WorkerLike, m: FromWorker): void => {
        if (settled || m.job !== job) return;
        if (m.type === 'error') return fail(workerError(m.message, m.name));
        if (m.type !== 'chunk') return;
        assembler.add(chunkFromData(m.data, compiled.providerCount));
        onProgress?.({
          chunksDone: assembler.chunksDone,
          chunksTotal: total,
          runsDone: Math.min(compiled.runs, assembler.chunksDone * CHUNK_RUNS),
          partial: () => assembler.result(),
        });
        if (assembler.done) {
          settled = true;
          this.abort = null;
          resolve(assembler.result());
        } else {
          feed(w);
        }
      };
      for (const w of workers) {
        w.onMessage((m) => {
          try {
            receive(w, m);
          } catch (e) {
            fail(e instanceof Error ? e : new Error(String(e)));
          }
        });
        w.onError((e) => fail(e));
        w.post({ type: 'load', job, scenario: checked.scenario });
        feed(w);
      }
    });
  }

  /** Stop at once: terminate every worker; the running job rejects with CancelledError. */
  cancel(): void {
    const abort = this.abort;
    this.terminateAll();
    abort?.(new CancelledError());
  }

  dispose(): void {
    this.cancel();
  }

  private ensureWorkers(n: number): WorkerLike[] {
    while (this.workers.length < n) this.workers.push(this.spawn());
    return this.workers.slice(0, n);
  }

  private terminateAll(): void {
    const workers = this.workers;
    this.workers = [];
    for (const w of workers) w.terminate();
  }
}

/** A worker's error as an Error with the original class name, so callers can classify it. */
function workerError(message: string, name: string | undefined): Error {
  const e = new Error(message);
  if (name) e.name = name;
  return e;
}
