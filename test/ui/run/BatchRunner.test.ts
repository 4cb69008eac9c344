import { describe, expect, it } from 'vitest';
import { compileScenario, simulateScenario, type Scenario } from '../../../src/engine.js';
import { WorkerPool } from '../../../src/worker/WorkerPool.js';
import { BatchRunner, type BatchProgress } from '../../../src/ui/run/BatchRunner.js';
import { baselineFor } from '../../../src/ui/state/baselineFor.js';
import { inProcessWorker } from './inProcessWorker.js';

const design: Scenario = {
  schemaVersion: 1, id: 'small', title: { sv: 'Liten', en: 'Small' }, seed: 7, runs: 60, horizonMonths: 12,
  segments: [{ service: 'hvbYouth', providers: 6 }], measure: { model: 'lowerIntervention' },
  payment: { rule: 'outcomeBonus' }, care: { warmUpMonths: 2 },
};

describe('BatchRunner', () => {
  it('gives the same numbers as simulating in one thread, for every job of the batch', async () => {
    const runner = new BatchRunner(new WorkerPool(inProcessWorker, 2), () => performance.now());
    const progress: BatchProgress[] = [];
    const jobs = [{ key: 'design', scenario: design }, { key: 'baseline', scenario: baselineFor(design) }];
    const out = await runner.run(jobs, { onProgress: (p) => progress.push(p) });
    expect(out.status).toBe('done');
    for (const [k, job] of jobs.entries()) {
      const direct = simulateScenario(compileScenario(job.scenario));
      expect(out.results[k].complete).toBe(true);
      expect(Array.from(out.results[k].result.metrics)).toEqual(Array.from(direct.metrics));
    }
    // Progress covers the whole batch, never goes back, and ends at the total.
    const done = progress.map((p) => p.runsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done[done.length - 1]).toBe(120);
    expect(progress.every((p) => p.runsTotal === 120)).toBe(true);
  });

  it('streams a partial result before the first job is finished', async () => {
    const runner = new BatchRunner(new WorkerPool(inProcessWorker, 1), () => performance.now(), 0);
    const seen: number[] = [];
    await runner.run([{ key: 'design', scenario: design }], { onResults: (r) => seen.push(r[0].result.runs) });
    expect(seen[0]).toBe(25);
    expect(seen[seen.length - 1]).toBe(60);
  });

  it('stops on cancel and keeps the complete runs simulated so far', async () => {
    const runner = new BatchRunner(new WorkerPool(inProcessWorker, 1), () => performance.now());
    const out = await runner.run([{ key: 'design', scenario: design }, { key: 'baseline', scenario: baselineFor(design) }], {
      onProgress: (p) => { if (p.runsDone === 25) runner.cancel(); },
    });
    expect(out.status).toBe('cancelled');
    expect(out.results).toHaveLength(1);
    expect(out.results[0].complete).toBe(false);
    expect(out.results[0].result.runs).toBe(25);
    const direct = simulateScenario(compileScenario({ ...design, runs: 25 }));
    expect(Array.from(out.results[0].result.metrics)).toEqual(Array.from(direct.metrics));
  });

  it('reports an invalid scenario as a failure instead of throwing', async () => {
    const runner = new BatchRunner(new WorkerPool(inProcessWorker, 1), () => performance.now());
    const bad = { ...design, segments: [{ service: 'hvbYouth', providers: 6, params: { capacity: 0 } }] };
    await expect(runner.run([{ key: 'x', scenario: bad }])).resolves.toMatchObject({ status: 'failed' });
  });
});

describe('BatchRunner with chunks arriving out of order', () => {
  it('never hands over a partial result without a complete run', async () => {
    // A pool of two where the first worker is slow: chunk 1 finishes before chunk 0.
    let n = 0;
    const spawn = (): ReturnType<typeof inProcessWorker> => {
      const w = inProcessWorker();
      const slow = n++ === 0;
      return { ...w, post: (m) => (slow && m.type === 'chunk' ? setTimeout(() => w.post(m), 30) : w.post(m)) };
    };
    const runner = new BatchRunner(new WorkerPool(spawn, 2), () => performance.now(), 0);
    const seen: number[] = [];
    await runner.run([{ key: 'design', scenario: design }], { onResults: (r) => seen.push(r[0].result.runs) });
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.min(...seen)).toBeGreaterThan(0);
  });
});
