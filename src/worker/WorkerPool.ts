/**
 * A small pool of simulation workers, the same in the page (Web Workers) and the CLI
 * (worker_threads). Chunks are handed out to whichever worker is free (one at a time, or a
 * few: see PoolOptions.perWorker) and merged in chunk order by ResultAssembler, so results
 * are bit-identical whatever the pool size. `cancel` terminates the workers at once (the
 * page's Cancel button); the pool makes fresh ones for the next job. Any failure — a worker's
 * error message, a crashed thread, a worker that cannot start, a throwing progress callback —
 * rejects the job with its message and frees the workers.
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
  /**
   * How many chunks a worker holds at once (default 1). With 2, the next waits in the worker's
   * queue while it simulates one, so it never waits for a round trip through a busy thread.
   */
  perWorker?: number;
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
  /** Workers that have been given chunks (warmed up by a job or by warmUp). */
  private readonly simulated = new WeakSet<WorkerLike>();
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

    const perWorker = Math.max(1, this.options.perWorker ?? 1);

    return new Promise<T>((resolve, reject) => {
      let nextChunk = from;
      let settled = false;
      /** The chunks each worker holds (asked for, not yet back), each with its timer. */
      const assigned = new Map<WorkerLike, Map<number, ReturnType<typeof setTimeout>>>();
      /** Workers that could take a chunk but none was within maxAhead. */
      const idle = new Set<WorkerLike>();
      /** Chunks given up on once (their worker died or hung) and waiting for a fresh worker, and those already retried. */
      const retry: number[] = [];
      const retried = new Set<number>();
      const received = new Set<number>();

      const stopTimers = (): void => {
        for (const held of assigned.values()) for (const timer of held.values()) clearTimeout(timer);
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

      const held = (w: WorkerLike): Map<number, ReturnType<typeof setTimeout>> => {
        let h = assigned.get(w);
        if (!h) assigned.set(w, (h = new Map()));
        return h;
      };
      const post = (w: WorkerLike, chunk: number): void => {
        this.simulated.add(w);
        const timer = setTimeout(() => lost(w, chunk, `did not answer within ${timeoutMs < 10_000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`), timeoutMs);
        held(w).set(chunk, timer);
        w.post({ type: 'chunk', job, chunk });
      };
      const withinReach = (): boolean => nextChunk < to && nextChunk < from + sink.chunksDone + maxAhead;
      /**
       * Give a worker chunks until it holds `depth`: retried ones first, then new ones within
       * maxAhead of the first missing. Near the end, when the chunks left would not keep every
       * worker busy, each holds one, so no worker idles while another has two.
       */
      const feed = (w: WorkerLike, depth = perWorker): void => {
        while (!settled && held(w).size < depth) {
          if (held(w).size > 0 && to - nextChunk < workers.length) return;
          if (retry.length > 0) post(w, retry.shift()!);
          else if (withinReach()) post(w, nextChunk++);
          else {
            if (nextChunk < to) idle.add(w);
            return;
          }
        }
      };
      const wakeIdle = (): void => {
        for (const w of [...idle]) {
          if (!(retry.length > 0 || withinReach())) return;
          idle.delete(w);
          feed(w);
        }
      };
      /**
       * A worker that died or hung on `chunk`: the worker is replaced, and every chunk it held
       * goes to the fresh one; the chunk it hung on is retried once, the second time the job fails.
       */
      const lost = (w: WorkerLike, chunk: number, why: string): void => {
        if (settled) return;
        const mine = assigned.get(w);
        if (!mine?.has(chunk)) return;
        assigned.delete(w);
        idle.delete(w);
        for (const timer of mine.values()) clearTimeout(timer);
        const first = chunk * CHUNK_RUNS + 1, last = Math.min(compiled.runs, (chunk + 1) * CHUNK_RUNS);
        if (retried.has(chunk)) {
          return fail(new Error(`a simulation worker ${why} on runs ${first}–${last}, twice; the job was stopped. Try again, or with fewer runs or workers`));
        }
        retried.add(chunk);
        retry.push(...[...mine.keys()].sort((a, b) => a - b));
        this.replace(w);
        let fresh: WorkerLike;
        try {
          fresh = this.spawnInto(w);
        } catch (e) {
          return fail(e instanceof Error ? e : new Error(String(e)));
        }
        workers = workers.map((x) => (x === w ? fresh : x));
        arm(fresh);
        feed(fresh);
      };
      const receive = (w: WorkerLike, m: FromWorker): void => {
        if (settled || m.job !== job) return;
        if (m.type === 'error') return fail(m.formula ? FormulaError.fromData(m.formula) : workerError(m.message, m.name));
        if (m.type !== 'chunk') return;
        const mine = assigned.get(w);
        const timer = mine?.get(m.data.chunk);
        if (timer !== undefined) { clearTimeout(timer); mine!.delete(m.data.chunk); }
        if (received.has(m.data.chunk)) return feed(w); // a late answer for a chunk already re-run
        received.add(m.data.chunk);
        sink.add(chunkFromData(m.data, compiled.providerCount));
        progress?.();
        if (sink.done) {
          settled = true;
          this.abort = null;
          stopTimers();
          for (const w of this.workers) this.rest(w);
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
      for (const w of workers) arm(w);
      // One chunk each first, so every worker starts; then the rest of each one's share.
      for (const w of workers) feed(w, 1);
      for (const w of workers) feed(w);
    });
  }

  /** Stop at once: terminate every worker; the running job rejects with CancelledError. */
  cancel(): void {
    const abort = this.abort;
    this.terminateAll();
    abort?.(new CancelledError());
  }

  /** Start the workers (or the first `workers` of them) now: their script loads and compiles while the page does other work. */
  warm(workers = this.size): void {
    this.ensureWorkers(Math.min(this.size, workers));
  }

  /**
   * Have every worker that has not simulated yet simulate a scenario's first `chunks` chunks
   * and drop the results, so its code is compiled and optimised before a job needs it (a
   * cold worker is several times slower on its first chunks). Not a job: a worker holds one
   * warm-up chunk at a time and gets the next when it answers, so a job started meanwhile
   * re-arms it and waits at most for that one chunk. Does nothing while a job runs.
   */
  warmUp(scenario: Scenario, chunks: number): void {
    if (this.busy) return;
    const checked = validateScenario(scenario);
    if (!checked.ok) return;
    const count = Math.min(chunks, chunkCount(checked.scenario.runs));
    for (const w of this.ensureWorkers(this.size)) {
      if (this.simulated.has(w) || count < 1) continue;
      this.simulated.add(w);
      this.rest(w);
      const job = this.nextJob++;
      let next = 1;
      // Replaced by the next job's handler, which stops the warm-up there.
      w.onMessage((m) => { if (m.type === 'chunk' && m.job === job && next < count && !this.busy) w.post({ type: 'chunk', job, chunk: next++ }); });
      w.post({ type: 'load', job, scenario: checked.scenario });
      w.post({ type: 'chunk', job, chunk: 0 });
    }
  }

  dispose(): void {
    this.cancel();
  }

  private ensureWorkers(n: number): WorkerLike[] {
    while (this.workers.length < n) this.workers.push(this.spawn());
    return this.workers.slice(0, n);
  }

  /**
   * A worker between jobs (or warming up): its messages are ignored, and if it dies it leaves
   * the pool at once, so the next job starts a fresh one instead of waiting out a chunk's time
   * bound on a worker that will never answer.
   */
  private rest(w: WorkerLike): void {
    w.onMessage(() => {});
    w.onError(() => {
      const i = this.workers.indexOf(w);
      if (i >= 0) this.workers.splice(i, 1);
      this.replace(w);
    });
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
