/**
 * The pool's contract, with in-thread workers that run the real worker handler but answer
 * after a seeded random delay, so chunks come back out of order as they do from real threads.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario, simulateChunk, simulateScenario, type SimulationResult } from '../../src/engine.js';
import { hashResult } from '../../src/core/summarise/hashResult.js';
import { createWorkerHandler } from '../../src/worker/handleWorkerMessage.js';
import type { FromWorker, ToWorker, WorkerLike } from '../../src/worker/protocol.js';
import { CancelledError, WorkerPool, type JobProgress } from '../../src/worker/WorkerPool.js';
import { batchWorkers, poolCapacity, poolSize, SHORT_BATCH_SECONDS } from '../../src/worker/spawnBrowserWorker.js';
import { FormulaError } from '../../src/core/formula/FormulaError.js';
import { poolScenario } from './poolScenario.js';

interface FakeOptions {
  /** Seed of the reply delays (0–3 ms). */
  seed?: number;
  /** Rewrite or drop (return null) a message on its way to the handler. */
  intercept?: (m: ToWorker) => ToWorker | null;
}

/** A worker in this thread; `spawned` counts workers made, `live` those not yet terminated. */
function fakeWorkers(options: FakeOptions = {}) {
  let state = options.seed ?? 1;
  const delay = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16) % 4;
  const stats = { spawned: 0, live: 0 };
  const spawn = (): WorkerLike => {
    let onMessage: (m: FromWorker) => void = () => {};
    let alive = true;
    stats.spawned++;
    stats.live++;
    const handle = createWorkerHandler((m) => setTimeout(() => alive && onMessage(m), delay()));
    return {
      post: (m) => {
        const message = options.intercept ? options.intercept(m) : m;
        if (message && alive) handle(structuredClone(message));
      },
      onMessage: (h) => { onMessage = h; },
      onError: () => {},
      terminate: () => { if (alive) stats.live--; alive = false; },
    };
  };
  return { spawn, stats };
}

/** Wraps a spawn so `chunksOf[i]` counts the chunks the i-th worker made is asked for. */
function countingChunks(spawn: () => WorkerLike): { counted: () => WorkerLike; chunksOf: number[] } {
  const chunksOf: number[] = [];
  const counted = (): WorkerLike => {
    const w = spawn();
    const i = chunksOf.push(0) - 1;
    return { ...w, post: (m) => { if (m.type === 'chunk') chunksOf[i]++; w.post(m); } };
  };
  return { counted, chunksOf };
}

function sameBytes(a: SimulationResult, b: SimulationResult): void {
  expect(a.runs).toBe(b.runs);
  expect(Buffer.from(a.metrics.buffer).equals(Buffer.from(b.metrics.buffer))).toBe(true);
  expect(Buffer.from(a.providers.sums.buffer).equals(Buffer.from(b.providers.sums.buffer))).toBe(true);
  expect(Buffer.from(a.providers.counts.buffer).equals(Buffer.from(b.providers.counts.buffer))).toBe(true);
}

// The fake workers simulate in this thread, so a chunk's time bound must exceed the time this
// thread spends simulating the other chunks (a real pool's workers compute elsewhere).
describe('WorkerPool', () => {
  const scenario = poolScenario();
  const expected = simulateScenario(compileScenario(scenario));

  it.each([1, 2, 4, 7])('gives the single-thread result bit for bit with %i workers, chunks arriving out of order', async (size) => {
    const { spawn } = fakeWorkers({ seed: size });
    const pool = new WorkerPool(spawn, size);
    const result = await pool.run(scenario);
    sameBytes(result, expected);
    expect(hashResult(result)).toBe(hashResult(expected));
    pool.dispose();
  });

  it('runChunks hands a range of chunks over in chunk order, identical to this thread, and stops where told', async () => {
    const { spawn } = fakeWorkers({ seed: 9 });
    const pool = new WorkerPool(spawn, 3, { chunkTimeoutMs: 60_000 });
    const compiled = compileScenario(scenario);
    const seen: number[] = [];
    await pool.runChunks(scenario, 1, 5, (c) => {
      seen.push(c.chunk);
      const own = simulateChunk(compiled, c.chunk);
      expect(Buffer.from(c.metrics.buffer).equals(Buffer.from(own.metrics.buffer))).toBe(true);
    });
    expect(seen).toEqual([1, 2, 3, 4]);
    const until: number[] = [];
    await pool.runChunks(scenario, 0, 6, (c) => { until.push(c.chunk); return c.chunk === 2 ? 'stop' : undefined; });
    expect(until).toEqual([0, 1, 2]);
    // An empty range runs nothing; the pool is free for the next job.
    await pool.runChunks(scenario, 6, 6, () => { throw new Error('no chunk expected'); });
    sameBytes(await pool.run(scenario), expected);
    pool.dispose();
  });

  it('reports progress once per chunk, never going back, with complete prefixes in run order', async () => {
    const { spawn } = fakeWorkers({ seed: 9 });
    const pool = new WorkerPool(spawn, 3);
    const seen: Array<{ chunksDone: number; runsDone: number; partial: SimulationResult }> = [];
    await pool.run(scenario, (p: JobProgress) => seen.push({ chunksDone: p.chunksDone, runsDone: p.runsDone, partial: p.partial() }));
    expect(seen).toHaveLength(6);
    expect(seen.at(-1)).toMatchObject({ chunksDone: 6, runsDone: 130 });
    for (let i = 0; i < seen.length; i++) {
      const { chunksDone, runsDone, partial } = seen[i];
      if (i > 0) expect(chunksDone).toBeGreaterThanOrEqual(seen[i - 1].chunksDone);
      expect(runsDone).toBe(Math.min(130, chunksDone * 25));
      expect(partial.runs).toBe(runsDone);
      const prefix = expected.metrics.slice(0, partial.metrics.length);
      expect(Buffer.from(partial.metrics.buffer).equals(Buffer.from(prefix.buffer))).toBe(true);
    }
    pool.dispose();
  });

  it('reuses its workers for the next job and spawns no more than there are chunks', async () => {
    const { spawn, stats } = fakeWorkers();
    const pool = new WorkerPool(spawn, 4);
    await pool.run(poolScenario({ runs: 30 }));
    expect(stats.spawned).toBe(2);
    const again = await pool.run(scenario);
    sameBytes(again, expected);
    expect(stats.spawned).toBe(4);
    pool.dispose();
    expect(stats.live).toBe(0);
  });

  it.each([1, 2, 3])('runs a job on at most %i of its 4 workers when told, bit for bit the same, then on all of them again', async (limit) => {
    const { spawn } = fakeWorkers({ seed: limit });
    const { counted, chunksOf } = countingChunks(spawn);
    const pool = new WorkerPool(counted, 4);
    sameBytes(await pool.run(scenario, undefined, limit), expected);
    // Only `limit` workers were started, and each had a chunk to do (there are 6).
    expect(chunksOf).toHaveLength(limit);
    expect(chunksOf.every((n) => n > 0)).toBe(true);
    expect(chunksOf.reduce((a, b) => a + b, 0)).toBe(6);
    chunksOf.fill(0);
    sameBytes(await pool.run(scenario), expected);
    expect(chunksOf).toHaveLength(4);
    expect(chunksOf.every((n) => n > 0)).toBe(true);
    await expect(pool.run(scenario, undefined, 0)).rejects.toThrow(/whole number of workers/);
    pool.dispose();
  });

  it.each([1, 2, 3])('lets a worker hold at most %i chunks at once (the next waits in its queue), with the same bytes', async (perWorker) => {
    const { spawn } = fakeWorkers({ seed: 5 });
    let most = 0;
    const counted = (): WorkerLike => {
      const w = spawn();
      let holding = 0;
      return {
        ...w,
        post: (m) => { if (m.type === 'chunk') most = Math.max(most, ++holding); w.post(m); },
        onMessage: (h) => w.onMessage((m) => { if (m.type === 'chunk') holding--; h(m); }),
      };
    };
    const pool = new WorkerPool(counted, 2, { perWorker });
    sameBytes(await pool.run(poolScenario({ runs: 25 * 12 })), simulateScenario(compileScenario(poolScenario({ runs: 25 * 12 }))));
    expect(most).toBe(perWorker);
    pool.dispose();
  });

  it('warms up only the workers that have not simulated, and a job right after still gives the same bytes', async () => {
    const { spawn, stats } = fakeWorkers({ seed: 8 });
    const { counted, chunksOf } = countingChunks(spawn);
    const pool = new WorkerPool(counted, 3);
    pool.warm(1);
    expect(stats.spawned).toBe(1);
    sameBytes(await pool.run(scenario, undefined, 1), expected);
    expect(chunksOf).toEqual([6]);
    pool.warmUp(scenario, 4);
    // One warm-up chunk at a time: the next goes out when the last comes back.
    expect(chunksOf).toEqual([6, 1, 1]);
    await expect.poll(() => chunksOf.join(), { interval: 5 }).toBe('6,4,4');
    pool.warmUp(scenario, 4); // nobody is cold any more
    expect(chunksOf).toEqual([6, 4, 4]);
    sameBytes(await pool.run(scenario), expected);
    pool.dispose();
    expect(stats.live).toBe(0);
  });

  it('stops warming up when a job starts: the job waits for at most one warm-up chunk a worker', async () => {
    const { spawn } = fakeWorkers({ seed: 3 });
    const warmUpChunks: number[] = [];
    const counted = (): WorkerLike => {
      const w = spawn();
      const i = warmUpChunks.push(0) - 1;
      let warmJob = -1;
      return { ...w, post: (m) => { if (m.type === 'load' && warmJob < 0) warmJob = m.job; if (m.type === 'chunk' && m.job === warmJob) warmUpChunks[i]++; w.post(m); } };
    };
    const pool = new WorkerPool(counted, 2);
    pool.warm(2);
    pool.warmUp(scenario, 6);
    // The job starts before any warm-up chunk has come back.
    sameBytes(await pool.run(scenario), expected);
    expect(warmUpChunks).toEqual([1, 1]);
    pool.dispose();
  });

  it('drops a worker that dies between jobs or while warming up, so the next job starts a fresh one at once', async () => {
    const { spawn, stats } = fakeWorkers({ seed: 5 });
    const crash: Array<(e: Error) => void> = [];
    const dead = new Set<number>();
    let postsToDead = 0;
    const watched = (): WorkerLike => {
      const w = spawn();
      const i = crash.push(() => {}) - 1;
      return {
        ...w,
        post: (m) => { if (dead.has(i)) postsToDead++; else w.post(m); },
        onError: (h) => { crash[i] = (e) => { dead.add(i); h(e); }; w.onError(h); },
      };
    };
    const pool = new WorkerPool(watched, 2);
    sameBytes(await pool.run(scenario), expected);
    crash[0](new Error('died while idle'));
    expect(stats.live).toBe(1);
    pool.warmUp(scenario, 2); // a fresh worker warms up ...
    crash[2](new Error('died while warming up')); // ... and dies doing so
    // A dead worker left in the pool would get chunks it never answers, and the job would wait out their time bound.
    sameBytes(await pool.run(scenario), expected);
    expect(postsToDead).toBe(0);
    expect(stats.spawned).toBe(4);
    pool.dispose();
    expect(stats.live).toBe(0);
  });

  it("rejects with a worker's error message and frees the workers", async () => {
    // Drop the scenario on its way: the worker is asked for chunks of a job it never loaded.
    const { spawn, stats } = fakeWorkers({ intercept: (m) => (m.type === 'load' ? null : m) });
    const pool = new WorkerPool(spawn, 2);
    await expect(pool.run(scenario)).rejects.toThrow(/job 1 was not loaded/);
    expect(stats.live).toBe(0);
    expect(pool.busy).toBe(false);
  });

  it('rejects when a worker reports a failure through onError', async () => {
    const pool = new WorkerPool(() => {
      let fail: (e: Error) => void = () => {};
      return { post: () => setTimeout(() => fail(new Error('thread crashed')), 1), onMessage: () => {}, onError: (h) => { fail = h; }, terminate: () => {} };
    }, 2);
    await expect(pool.run(scenario)).rejects.toThrow('thread crashed');
  });

  it('rejects, rather than throws, when a worker cannot be spawned', async () => {
    const pool = new WorkerPool(() => { throw new Error('no workers here'); }, 2);
    await expect(pool.run(scenario)).rejects.toThrow('no workers here');
  });

  it('rejects when the progress callback throws', async () => {
    const { spawn, stats } = fakeWorkers();
    const pool = new WorkerPool(spawn, 2);
    await expect(pool.run(scenario, () => { throw new Error('drawing failed'); })).rejects.toThrow('drawing failed');
    expect(stats.live).toBe(0);
  });

  it('cancels with CancelledError, terminates every worker, and runs the next job normally', async () => {
    const { spawn, stats } = fakeWorkers();
    const pool = new WorkerPool(spawn, 3);
    const job = pool.run(scenario, (p) => { if (p.chunksDone === 2) pool.cancel(); });
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    expect(stats.live).toBe(0);
    sameBytes(await pool.run(scenario), expected);
    pool.dispose();
  });

  it('refuses a second job while one is running, without disturbing the first', async () => {
    const { spawn } = fakeWorkers();
    const pool = new WorkerPool(spawn, 2);
    const first = pool.run(scenario);
    await expect(pool.run(scenario)).rejects.toThrow(/already running/);
    sameBytes(await first, expected);
    pool.dispose();
  });

  it('rejects an invalid scenario before starting any worker', async () => {
    const { spawn, stats } = fakeWorkers();
    const pool = new WorkerPool(spawn, 2);
    await expect(pool.run(poolScenario({ runs: 0 }))).rejects.toThrow(/runs/);
    expect(stats.spawned).toBe(0);
  });

  it('needs a whole number of workers, at least one', () => {
    const { spawn } = fakeWorkers();
    expect(() => new WorkerPool(spawn, 0)).toThrow();
    expect(() => new WorkerPool(spawn, 1.5)).toThrow();
  });

  it('re-runs the chunk of a worker that dies without any event on a fresh worker, with the same bits', async () => {
    // The first worker given chunk 0 swallows it and never answers (no message, no error event).
    let swallowed = false;
    const { spawn, stats } = fakeWorkers({ seed: 4, intercept: (m) => (m.type === 'chunk' && m.chunk === 0 && !swallowed ? ((swallowed = true), null) : m) });
    const pool = new WorkerPool(spawn, 3, { chunkTimeoutMs: 1000 });
    const result = await pool.run(scenario);
    sameBytes(result, expected);
    expect(swallowed).toBe(true);
    expect(stats.spawned).toBe(4); // three, and one in place of the dead one
    pool.dispose();
    expect(stats.live).toBe(0);
  });

  it('gives every chunk a hung worker held to a fresh worker, when workers hold two at once', async () => {
    // The first worker hangs on chunk 0: neither it nor the chunk queued behind it is answered.
    const { spawn, stats } = fakeWorkers({ seed: 6 });
    let made = 0;
    const hanging = (): WorkerLike => {
      const w = spawn();
      if (made++ > 0) return w;
      let hung = false;
      return { ...w, post: (m) => { if (m.type === 'chunk' && m.chunk === 0) hung = true; if (!hung) w.post(m); } };
    };
    const pool = new WorkerPool(hanging, 2, { chunkTimeoutMs: 1000, perWorker: 2 });
    sameBytes(await pool.run(scenario), expected);
    expect(stats.spawned).toBe(3);
    pool.dispose();
    expect(stats.live).toBe(0);
  });

  it('fails the job with a message when the same chunk is lost twice, and frees the workers', async () => {
    const { spawn, stats } = fakeWorkers({ intercept: (m) => (m.type === 'chunk' && m.chunk === 2 ? null : m) });
    const pool = new WorkerPool(spawn, 2, { chunkTimeoutMs: 1000 });
    await expect(pool.run(scenario)).rejects.toThrow(/a simulation worker did not answer within 1000 ms on runs 51–75, twice; the job was stopped/);
    expect(stats.live).toBe(0);
    expect(pool.busy).toBe(false);
  });

  it('hands out chunks at most maxAhead beyond the first missing one, so a late chunk bounds the buffer', async () => {
    const posted: number[] = [];
    let swallowed = false;
    const big = poolScenario({ runs: 25 * 20 });
    const { spawn } = fakeWorkers({
      intercept: (m) => {
        if (m.type !== 'chunk') return m;
        posted.push(m.chunk);
        if (m.chunk === 0 && !swallowed) { swallowed = true; return null; }
        return m;
      },
    });
    const pool = new WorkerPool(spawn, 3, { chunkTimeoutMs: 1000, maxAhead: 4 });
    const result = await pool.run(big);
    sameBytes(result, simulateScenario(compileScenario(big)));
    // Before chunk 0 was re-run (its second posting), nothing beyond chunk 3 was handed out.
    const rerun = posted.indexOf(0, 1);
    expect(rerun).toBeGreaterThan(0);
    expect(Math.max(...posted.slice(0, rerun))).toBeLessThan(4);
    pool.dispose();
  });

  it("rejects with the user's FormulaError, rebuilt across the worker boundary", async () => {
    const { spawn } = fakeWorkers();
    const pool = new WorkerPool(spawn, 2);
    const failing = poolScenario({ payment: { rule: 'custom', params: { formula: 'base / (rank - 1)' } } });
    const error = await pool.run(failing).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(FormulaError);
    expect((error as FormulaError).message).toMatch(/^the payment formula "base \/ \(rank - 1\)" gave Infinity for provider \d+/);
    pool.dispose();
  });
});

describe('batchWorkers (the page)', () => {
  it('holds a worker per core, at least 1, at most 8', () => {
    expect(poolCapacity(1)).toBe(1);
    expect(poolCapacity(2)).toBe(2);
    expect(poolCapacity(32)).toBe(8);
    expect(poolCapacity(undefined)).toBe(2);
  });
  it('gives a short batch every core and leaves a core free for a long one', () => {
    for (const cores of [1, 2, 4, 32, undefined]) {
      expect(batchWorkers(cores, 0.5)).toBe(poolCapacity(cores));
      expect(batchWorkers(cores, SHORT_BATCH_SECONDS)).toBe(poolCapacity(cores));
      expect(batchWorkers(cores, SHORT_BATCH_SECONDS + 0.01)).toBe(poolSize(cores));
    }
    expect(batchWorkers(2, 0.5)).toBe(2);
    expect(batchWorkers(2, 30)).toBe(1);
    expect(batchWorkers(1, 30)).toBe(1);
  });
});

describe('poolSize (the page)', () => {
  it('leaves a core for the page: cores − 1, at least 1, at most 8', () => {
    expect(poolSize(1)).toBe(1);
    expect(poolSize(2)).toBe(1);
    expect(poolSize(4)).toBe(3);
    expect(poolSize(32)).toBe(8);
    expect(poolSize(undefined)).toBe(1);
  });
});
