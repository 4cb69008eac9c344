/**
 * A small pool of simulation workers, the same in the page (Web Workers) and the CLI
 * (worker_threads). Chunks are handed out one at a time to whichever worker is free and
 * merged in chunk order by ResultAssembler, so results are bit-identical whatever the pool
 * size. `cancel` terminates the workers at once (the page's Cancel button); the pool makes
 * fresh ones for the next job. Any failure — a worker's error message, a crashed thread, a
 * worker that cannot start, a throwing progress callback — rejects the job with its message
 * and frees the workers.
 *
 * A worker can also die or hang without any event (a killed tab process, an out-of-memory
 * worker, a rogue worker that never answers): every chunk has a time bound, derived from the
 * scenario's CPU estimate with a wide margin. A chunk over its bound is re-run once on a fresh
 * worker; a second time the job fails with a message. Chunks are handed out at most
 * `maxAhead` beyond the first missing one, so results that arrive out of order while one
 * chunk is late are buffered within a bound.
 */
import { CHUNK_RUNS, chunkCount, chunkFromData, compileScenario, ResultAssembler, validateScenario, type ChunkResult, type CompiledScenario, type Scenario, type SimulationResult } from '../engine.js';
import { FormulaError } from '../core/formula/FormulaError.js';
import { estimateResources } from '../core/validate/estimateResources.js';
import type { FromWorker, WorkerLike } from './protocol.js';

export interface JobProgress {
  chunksDone: number;
  chunksTotal: number;
  runsDone: number;
  /** The complete prefix of runs so far, for streaming results into the page. */
  partial: () => SimulationResult;
}

export interface PoolOptions {
  /** Milliseconds a chunk may take before its worker counts as dead (default: from the estimate, see chunkTimeBound). */
  chunkTimeoutMs?: number;
  /** How many chunks may be handed out beyond the first one not yet back (default: twice the pool size). */
  maxAhead?: number;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * A chunk's time bound: 30 times its estimated CPU time on the reference machine (the estimate
 * is already above the measured time; a phone may be several times slower), and never under
 * 30 s, which also covers starting a worker and compiling the scenario.
 */
export function chunkTimeBound(compiled: CompiledScenario): number {
  const perChunk = (estimateResources(compiled).work.seconds / chunkCount(compiled.runs)) * 1000;
  return Math.max(30_000, 30 * perChunk);
}

export class WorkerPool {
  private workers: WorkerLike[] = [];
  private nextJob = 1;
  private abort: ((e: Error) => void) | null = null;

  constructor(private readonly spawn: () => WorkerLike, readonly size: number, private readonly options: PoolOptions = {}) {
    if (!(Number.isInteger(size) && size >= 1)) throw new Error('a pool needs a whole number of workers, at least one');
  }

  /** True while a job is running. */
  get busy(): boolean {
    return this.abort !== null;
  }

  /**
   * Simulate all runs of a scenario, on at most `workers` of the pool's workers (all by
   * default). Rejects with CancelledError if cancelled.
   */
  run(scenario: Scenario, onProgress?: (p: JobProgress) => void, workers = this.size): Promise<SimulationResult> {
    return this.job(scenario, workers, (total) => ({ from: 0, to: total }), (compiled, _from, total) => {
      const assembler = new ResultAssembler(compiled, total);
      return {
        sink: assembler,
        finish: () => assembler.result(),
        progress: onProgress && (() => onProgress({
          chunksDone: assembler.chunksDone,
          chunksTotal: total,
          runsDone: Math.min(compiled.runs, assembler.chunksDone * CHUNK_RUNS),
          partial: () => assembler.result(),
        })),
      };
    });
  }

  /**
   * Chunks `from` … `to − 1` of a scenario (a shard's block, or chunks until a target is met),
   * handed to `onChunk` one at a time in chunk order, whatever order the workers finish in.
   * When `onChunk` returns 'stop' the job ends there; chunks already handed out beyond it are
   * dropped, so what the caller sees depends only on the chunks before the stop.
   */
  runChunks(scenario: Scenario, from: number, to: number, onChunk: (c: ChunkResult) => 'stop' | void): Promise<void> {
    return this.job(scenario, this.size, (total) => ({ from: Math.max(0, from), to: Math.min(to, total) }), (_compiled, start, end) => {
      const waiting = new Map<number, ChunkResult>();
      let next = start;
      let stopped = false;
      const sink: ChunkSink = {
        add(c) {
          waiting.set(c.chunk, c);
          while (!stopped && waiting.has(next)) {
            const chunk = waiting.get(next)!;
            waiting.delete(next++);
            stopped = onChunk(chunk) === 'stop';
          }
        },
        get chunksDone() { return next - start; },
        get done() { return stopped || next >= end; },
      };
      return { sink, finish: () => undefined };
    });
  }

  /** One job on at most `limit` workers: the chunks `range` picks out of the scenario's, sent to the sink `plan` makes. */
  private job<T>(scenario: Scenario, limit: number, range: (total: number) => { from: number; to: number }, plan: (compiled: CompiledScenario, from: number, to: number) => JobPlan<T>): Promise<T> {
    if (this.busy) return Promise.reject(new Error('this pool is already running a job; cancel it or wait for it first'));
    if (!(Number.isInteger(limit) && limit >= 1)) return Promise.reject(new Error('a job needs a whole number of workers, at least one'));
    const checked = validateScenario(scenario);
    if (!checked.ok) return Promise.reject(new Error(checked.issues.map((i) => `${i.path}: ${i.problem}`).join('\n')));
    const { from, to } = range(chunkCount(checked.scenario.runs));
    let workers: WorkerLike[], compiled: CompiledScenario;
    try {
      // Spawn first: threads boot in parallel while this thread compiles the scenario.
      workers = to > from ? this.ensureWorkers(Math.min(this.size, limit, to - from)) : [];
      compiled = compileScenario(checked.scenario);
    } catch (e) {
      this.terminateAll();
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    const { sink, finish, progress } = plan(compiled, from, to);
    if (to <= from) return Promise.resolve(finish());
    const job = this.nextJob++;
    const timeoutMs = this.options.chunkTimeoutMs ?? chunkTimeBound(compiled);
    const maxAhead = Math.max(1, this.options.maxAhead ?? 2 * this.size);

    return new Promise<T>((resolve, reject) => {
      let nextChunk = from;
      let settled = false;
      /** The chunk each worker is on and its timer; workers without one are idle. */
      const assigned = new Map<WorkerLike, { chunk: number; timer: ReturnType<typeof setTimeout> }>();
      const idle: WorkerLike[] = [];
      /** Chunks given up on once (their worker died or hung) and waiting for a fresh worker, and those already retried. */
      const retry: number[] = [];
      const retried = new Set<number>();
      const received = new Set<number>();

      const stopTimers = (): void => {
        for (const a of assigned.values()) clearTimeout(a.timer);
        assigned.clear();
      };
      const fail = (e: Error): void => {
        if (settled) return;
        settled = true;
        this.abort = null;
        stopTimers();
        this.terminateAll();
        reject(e);
      };
      this.abort = fail;

      const post = (w: WorkerLike, chunk: number): void => {
        const timer = setTimeout(() => lost(w, `did not answer within ${timeoutMs < 10_000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`), timeoutMs);
        assigned.set(w, { chunk, timer });
        w.post({ type: 'chunk', job, chunk });
      };
      /** Give a free worker the next chunk: a retried one first, then new ones within maxAhead of the first missing. */
      const feed = (w: WorkerLike): void => {
        if (settled) return;
        if (retry.length > 0) return post(w, retry.shift()!);
        if (nextChunk < to && nextChunk < from + sink.chunksDone + maxAhead) return post(w, nextChunk++);
        if (nextChunk < to) idle.push(w);
      };
      const wakeIdle = (): void => {
        while (idle.length > 0 && (retry.length > 0 || (nextChunk < to && nextChunk < from + sink.chunksDone + maxAhead))) feed(idle.shift()!);
      };
      /** A worker that died or hung: its chunk goes to a fresh worker once; the second time the job fails. */
      const lost = (w: WorkerLike, why: string): void => {
        if (settled) return;
        const a = assigned.get(w);
        if (!a) return;
        assigned.delete(w);
        clearTimeout(a.timer);
        const first = a.chunk * CHUNK_RUNS + 1, last = Math.min(compiled.runs, (a.chunk + 1) * CHUNK_RUNS);
        if (retried.has(a.chunk)) {
          return fail(new Error(`a simulation worker ${why} on runs ${first}–${last}, twice; the job was stopped. Try again, or with fewer runs or workers`));
        }
        retried.add(a.chunk);
        retry.push(a.chunk);
        this.replace(w);
        let fresh: WorkerLike;
        try {
          fresh = this.spawnInto(w);
        } catch (e) {
          return fail(e instanceof Error ? e : new Error(String(e)));
        }
        arm(fresh);
        feed(fresh);
      };
      const receive = (w: WorkerLike, m: FromWorker): void => {
        if (settled || m.job !== job) return;
        if (m.type === 'error') return fail(m.formula ? FormulaError.fromData(m.formula) : workerError(m.message, m.name));
        if (m.type !== 'chunk') return;
        const a = assigned.get(w);
        if (a) { clearTimeout(a.timer); assigned.delete(w); }
        if (received.has(m.data.chunk)) return feed(w); // a late answer for a chunk already re-run
        received.add(m.data.chunk);
        sink.add(chunkFromData(m.data, compiled.providerCount));
        progress?.();
        if (sink.done) {
          settled = true;
          this.abort = null;
          stopTimers();
          resolve(finish());
          return;
        }
        feed(w);
        wakeIdle();
      };
      const arm = (w: WorkerLike): void => {
        w.onMessage((m) => {
          try {
            receive(w, m);
          } catch (e) {
            fail(e instanceof Error ? e : new Error(String(e)));
          }
        });
        w.onError((e) => fail(e));
        w.post({ type: 'load', job, scenario: checked.scenario });
      };
      for (const w of workers) {
        arm(w);
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

  /** Start the workers now (their script loads and compiles while the page does other work). */
  warm(): void {
    this.ensureWorkers(this.size);
  }

  dispose(): void {
    this.cancel();
  }

  private ensureWorkers(n: number): WorkerLike[] {
    while (this.workers.length < n) this.workers.push(this.spawn());
    return this.workers.slice(0, n);
  }

  /** Terminate a dead or hung worker (its messages are ignored from now on). */
  private replace(w: WorkerLike): void {
    w.onMessage(() => {});
    w.onError(() => {});
    w.terminate();
  }

  /** A fresh worker in the place of `old`. */
  private spawnInto(old: WorkerLike): WorkerLike {
    const fresh = this.spawn();
    const i = this.workers.indexOf(old);
    if (i >= 0) this.workers[i] = fresh; else this.workers.push(fresh);
    return fresh;
  }

  private terminateAll(): void {
    const workers = this.workers;
    this.workers = [];
    for (const w of workers) w.terminate();
  }
}

/** Where a job's chunks go, in whatever order they arrive. */
interface ChunkSink {
  add(c: ChunkResult): void;
  /** How many chunks of the job's range are complete from its start (bounds how far ahead chunks are handed out). */
  readonly chunksDone: number;
  readonly done: boolean;
}

interface JobPlan<T> {
  sink: ChunkSink;
  finish: () => T;
  progress?: () => void;
}

/** A worker's error as an Error with the original class name, so callers can classify it. */
function workerError(message: string, name: string | undefined): Error {
  const e = new Error(message);
  if (name) e.name = name;
  return e;
}
