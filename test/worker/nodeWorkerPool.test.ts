/**
 * The CLI's pool on real worker threads: the same bytes with 1, 2 and 4 workers as on one
 * thread, through the bundled entry and through the tsx fallback; errors and crashes reject
 * with their message; cancel rejects with CancelledError and the pool still works afterwards.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { compileScenario, simulateScenario, type SimulationResult } from '../../src/engine.js';
import { hashResult } from '../../src/core/summarise/hashResult.js';
import { defaultWorkerCount, spawnNodeWorker, spawnNodeWorkerWith, threadExecArgv, wrapNodeWorker } from '../../src/cli/nodeWorker.js';
import type { WorkerLike } from '../../src/worker/protocol.js';
import { CancelledError, WorkerPool } from '../../src/worker/WorkerPool.js';
import { poolScenario } from './poolScenario.js';
import { LAUNCHER, ROOT } from '../cli/runCli.js';
import { ensureBuilt } from '../../scripts/cli/ensureBuilt.mjs';

const bytes = (r: SimulationResult): Buffer => Buffer.concat([r.metrics, r.providers.sums, r.providers.counts].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));

const pools: WorkerPool[] = [];
function pool(spawn: () => WorkerLike, size: number): WorkerPool {
  const p = new WorkerPool(spawn, size);
  pools.push(p);
  return p;
}
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

describe('WorkerPool on Node worker threads', () => {
  const scenario = poolScenario();
  const expected = simulateScenario(compileScenario(scenario));

  it('gives byte-identical results with 1, 2 and 4 workers, equal to one thread', async () => {
    const hashes: string[] = [];
    for (const size of [1, 2, 4]) {
      const result = await pool(spawnNodeWorker, size).run(scenario);
      expect(result.runs).toBe(130);
      expect(bytes(result).equals(bytes(expected))).toBe(true);
      hashes.push(hashResult(result));
    }
    expect(new Set(hashes)).toEqual(new Set([hashResult(expected)]));
  });

  it('gives the same bytes when the threads load TypeScript through tsx instead of the bundle', async () => {
    // One thread: tsx compiles every module (over a thousand with mathjs) in each thread it starts.
    const result = await pool(() => spawnNodeWorkerWith('tsx'), 1).run(poolScenario({ runs: 30 }));
    const single = simulateScenario(compileScenario(poolScenario({ runs: 30 })));
    expect(bytes(result).equals(bytes(single))).toBe(true);
  });

  it("rejects with the worker's error message", async () => {
    // Drop the scenario on its way: the thread is asked for chunks of a job it never loaded.
    const dropLoad = (): WorkerLike => {
      const w = spawnNodeWorker();
      return { ...w, post: (m) => { if (m.type !== 'load') w.post(m); } };
    };
    await expect(pool(dropLoad, 2).run(scenario)).rejects.toThrow(/job \d+ was not loaded/);
  });

  it('rejects when a thread crashes or stops on its own', async () => {
    const crashing = (): WorkerLike => wrapNodeWorker(new Worker("throw new Error('boom in the thread')", { eval: true }));
    await expect(pool(crashing, 2).run(scenario)).rejects.toThrow('boom in the thread');
    const exiting = (): WorkerLike => wrapNodeWorker(new Worker('process.exit(3)', { eval: true }));
    await expect(pool(exiting, 1).run(scenario)).rejects.toThrow(/stopped unexpectedly \(exit code 3\)/);
  });

  it('fails the job with a message when a thread given runs sends nothing within the bound', async () => {
    // A thread that loads but never answers, like the planted worker found in review.
    const silent = (): WorkerLike => wrapNodeWorker(new Worker("setInterval(() => {}, 1000)", { eval: true }), 1500);
    const started = performance.now();
    await expect(pool(silent, 2).run(scenario)).rejects.toThrow(/a simulation worker sent nothing for 2 s after it was given runs to simulate/);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('cancels with CancelledError, and the same pool then runs a job to the right result', async () => {
    const p = pool(spawnNodeWorker, 2);
    const long = p.run(poolScenario({ runs: 2000 }), (progress) => { if (progress.chunksDone >= 1) p.cancel(); });
    await expect(long).rejects.toBeInstanceOf(CancelledError);
    const result = await p.run(scenario);
    expect(bytes(result).equals(bytes(expected))).toBe(true);
  });

  it('defaults to one worker per core, within the limit the memory estimate assumes', () => {
    const n = defaultWorkerCount();
    expect(Number.isInteger(n) && n >= 1 && n <= 8).toBe(true);
  });
});

describe('threadExecArgv', () => {
  it('lets a thread inherit the flags when there is no tsx loader to drop (Node leaves out what a thread cannot take)', () => {
    expect(threadExecArgv(['--max-old-space-size=4096', '--v8-pool-size=1', '--enable-source-maps'])).toBeUndefined();
    expect(threadExecArgv([])).toBeUndefined();
  });

  it("drops tsx's loader flags, and with them every flag a thread refuses, keeping the ones it accepts", () => {
    const argv = ['--require', '/x/node_modules/tsx/dist/preflight.cjs', '--v8-pool-size=1', '--import', 'file:///x/node_modules/tsx/dist/loader.mjs', '--max-old-space-size=4096', '--import=tsx', '--v8-pool-size', '2', '--stack-trace-limit=50', '--enable-source-maps', '--import', './other.mjs', '-C', 'dev'];
    expect(threadExecArgv(argv)).toEqual(['--enable-source-maps', '--import', './other.mjs', '-C', 'dev']);
  });

  it('starts worker threads when the process was given flags a thread cannot take', async () => {
    ensureBuilt();
    const args = ['scenarios/default.json', '--runs', '60', '--workers', '2', '--format', 'csv'];
    const run = (flags: string[]) => promisify(execFile)(process.execPath, [...flags, LAUNCHER, ...args], { cwd: ROOT, env: { ...process.env, DEBUG: '' } });
    const plain = await run([]);
    const flagged = await run(['--max-old-space-size=512', '--v8-pool-size=1', '--stack-trace-limit=50']);
    expect(flagged.stderr).toBe('');
    expect(flagged.stdout).toBe(plain.stdout);
  }, 60_000);
});
