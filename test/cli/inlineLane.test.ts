/**
 * This thread as a lane of the CLI's pool: its chunks are simulateChunk's, a pool of this
 * thread and worker threads gives the bytes of one thread, the lane answers between runs, and
 * it reports errors as a worker would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chunkToData, compileScenario, simulateChunk, simulateScenario, type ChunkData, type SimulationResult } from '../../src/engine.js';
import { spawnInlineLane, withThisThread } from '../../src/cli/inlineLane.js';
import { spawnNodeWorker } from '../../src/cli/nodeWorker.js';
import { ChunkBuilder } from '../../src/core/simulate/simulateChunk.js';
import type { FromWorker, WorkerLike } from '../../src/worker/protocol.js';
import { WorkerPool } from '../../src/worker/WorkerPool.js';
import { poolScenario } from '../worker/poolScenario.js';

const bytes = (r: SimulationResult): Buffer => Buffer.concat([r.metrics, r.providers.sums, r.providers.counts].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
const chunkBytes = (d: ChunkData): Buffer => Buffer.concat([d.metrics, d.providerSums, d.providerCounts].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));

const pools: WorkerPool[] = [];
afterEach(() => { for (const p of pools.splice(0)) p.dispose(); });

/** Posts to a lane and collects its answers until `count` have come. */
function answers(lane: WorkerLike, count: number): Promise<FromWorker[]> {
  const got: FromWorker[] = [];
  return new Promise((resolve) => lane.onMessage((m) => { got.push(m); if (got.length === count) resolve(got); }));
}

describe('ChunkBuilder', () => {
  it('builds the chunk simulateChunk builds, one run per step, and refuses to finish early', () => {
    const c = compileScenario(poolScenario({ runs: 30 }));
    const b = new ChunkBuilder(c, 1);
    expect(b.runs).toBe(5);
    expect(() => b.result()).toThrow(/5 runs still to simulate/);
    let steps = 1;
    while (b.step()) steps++;
    expect(steps).toBe(5);
    expect(b.step()).toBe(false);
    const whole = simulateChunk(c, 1);
    expect(b.result().metrics).toEqual(whole.metrics);
    expect(b.result().providers.sums).toEqual(whole.providers.sums);
  });
});

describe('the inline lane', () => {
  it('answers a load and two chunks with the chunks simulateChunk gives, in order', async () => {
    const scenario = poolScenario({ runs: 60 });
    const c = compileScenario(scenario);
    const lane = spawnInlineLane();
    const got = answers(lane, 2);
    lane.post({ type: 'load', job: 7, scenario });
    lane.post({ type: 'chunk', job: 7, chunk: 2 });
    lane.post({ type: 'chunk', job: 7, chunk: 0 });
    const [a, b] = await got;
    if (a.type !== 'chunk' || b.type !== 'chunk') throw new Error('expected two chunks');
    expect([a.job, a.data.chunk, b.data.chunk]).toEqual([7, 2, 0]);
    expect(chunkBytes(a.data).equals(chunkBytes(chunkToData(simulateChunk(c, 2))))).toBe(true);
    expect(chunkBytes(b.data).equals(chunkBytes(chunkToData(simulateChunk(c, 0))))).toBe(true);
  });

  it('lets other work run between the runs of a chunk', async () => {
    const scenario = poolScenario({ runs: 25 });
    const lane = spawnInlineLane();
    const done = answers(lane, 1);
    let ticks = 0, finished = false;
    const tick = (): void => { ticks++; if (!finished) setImmediate(tick); };
    setImmediate(tick);
    lane.post({ type: 'load', job: 1, scenario });
    lane.post({ type: 'chunk', job: 1, chunk: 0 });
    await done;
    finished = true;
    // 25 runs, one per turn: the other task ran at least once per run.
    expect(ticks).toBeGreaterThanOrEqual(25);
  });

  it('reports a chunk of a job it never loaded as an error, and is silent once terminated', async () => {
    const lane = spawnInlineLane();
    const [m] = await (async () => { const p = answers(lane, 1); lane.post({ type: 'chunk', job: 3, chunk: 0 }); return p; })();
    expect(m).toMatchObject({ type: 'error', job: 3, message: 'job 3 was not loaded' });
    const after: FromWorker[] = [];
    lane.onMessage((x) => after.push(x));
    lane.terminate();
    lane.post({ type: 'load', job: 4, scenario: poolScenario({ runs: 25 }) });
    lane.post({ type: 'chunk', job: 4, chunk: 0 });
    await new Promise((r) => setTimeout(r, 50));
    expect(after).toEqual([]);
  });
});

describe('a pool of this thread and worker threads', () => {
  it('gives the bytes of one thread with 2 and 3 lanes, and makes this thread its first lane only once', async () => {
    const scenario = poolScenario();
    const expected = simulateScenario(compileScenario(scenario));
    for (const size of [2, 3]) {
      const kinds: string[] = [];
      const lanes = withThisThread(() => { kinds.push('thread'); return spawnNodeWorker(); });
      const p = new WorkerPool(() => { const before = kinds.length; const w = lanes(); if (kinds.length === before) kinds.push('this'); return w; }, size);
      pools.push(p);
      const result = await p.run(scenario);
      expect(bytes(result).equals(bytes(expected))).toBe(true);
      expect(kinds).toEqual(['this', ...Array(size - 1).fill('thread')]);
    }
  });
});
