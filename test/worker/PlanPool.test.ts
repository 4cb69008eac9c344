import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/engine.js';
import { planPilot } from '../../src/core/plan/planPilot.js';
import { createWorkerHandler } from '../../src/worker/handleWorkerMessage.js';
import type { FromWorker, WorkerLike } from '../../src/worker/protocol.js';
import { PlanPool, planTasks } from '../../src/worker/PlanPool.js';
import { CancelledError } from '../../src/worker/WorkerPool.js';
import { poolScenario } from './poolScenario.js';

/** Workers in this thread that answer after a pseudo-random 0–3 ms, so replies arrive out of order. */
function fakeWorkers() {
  let state = 5;
  const delay = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16) % 4;
  const stats = { live: 0 };
  const spawn = (): WorkerLike => {
    let onMessage: (m: FromWorker) => void = () => {};
    let alive = true;
    stats.live++;
    const handle = createWorkerHandler((m) => setTimeout(() => alive && onMessage(m), delay()));
    return {
      post: (m) => { if (alive) handle(structuredClone(m)); },
      onMessage: (h) => { onMessage = h; },
      onError: () => {},
      terminate: () => { if (alive) stats.live--; alive = false; },
    };
  };
  return { spawn, stats };
}

describe('PlanPool', () => {
  const scenario = poolScenario({ runs: 60 });
  const options = { replicates: 600, difference: 0.1 };

  it('splits runs and simulated providers into blocks that cover each exactly once', () => {
    const tasks = planTasks(60, 600, 2);
    expect(tasks.filter((t) => t.kind === 'roc').map((t) => [t.from, t.to])).toEqual([[0, 25], [25, 50], [50, 60]]);
    expect(tasks.filter((t) => t.kind === 'power')).toHaveLength(6);
  });

  it('gives the same plan as planPilot in one thread, with 1 and 3 workers', async () => {
    const expected = JSON.stringify(planPilot(compileScenario(scenario), options));
    for (const size of [1, 3]) {
      const { spawn } = fakeWorkers();
      const progress: number[] = [];
      const plan = await new PlanPool(spawn, size).run(scenario, options, (done) => progress.push(done));
      expect(JSON.stringify(plan)).toBe(expected);
      expect(progress.at(-1)).toBe(planTasks(60, 600, 2).length);
    }
  });

  it('cancel stops every worker and rejects with CancelledError', async () => {
    const { spawn, stats } = fakeWorkers();
    const pool = new PlanPool(spawn, 2);
    const running = pool.run(scenario, options);
    pool.cancel();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(stats.live).toBe(0);
  });
});
