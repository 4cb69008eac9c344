/**
 * Reproducibility (README, docs/model.md §1): results do not depend on how runs are split across workers. The Node worker
 * pool with one and with two workers must give the same Float64Arrays, bit for bit, as the
 * single-threaded simulateScenario.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { simulateScenario, type SimulationResult } from '../../../src/engine.js';
import { WorkerPool } from '../../../src/worker/WorkerPool.js';
import { spawnNodeWorker } from '../../../src/cli/nodeWorker.js';
import { compileValid, testScenario } from '../../support/testScenario.js';
import { bitIdentical } from '../../support/bitIdentical.js';

const scenario = testScenario({ runs: 80, horizonMonths: 12, segments: [{ service: 'hvbYouth', providers: 6 }], payment: { rule: 'withhold' } });
const pools: WorkerPool[] = [];

async function viaPool(size: number): Promise<SimulationResult> {
  const pool = new WorkerPool(spawnNodeWorker, size);
  pools.push(pool);
  return pool.run(scenario);
}

describe('worker pool', () => {
  afterAll(() => { for (const p of pools) p.dispose(); });

  it('1 and 2 workers give bit-identical results to simulateScenario', async () => {
    const direct = simulateScenario(compileValid(scenario));
    const [one, two] = await Promise.all([viaPool(1), viaPool(2)]);
    for (const r of [one, two]) {
      expect(r.runs).toBe(direct.runs);
      expect(bitIdentical(r.metrics, direct.metrics)).toBe(true);
      expect(bitIdentical(r.providers.sums, direct.providers.sums)).toBe(true);
      expect(bitIdentical(r.providers.counts, direct.providers.counts)).toBe(true);
    }
  }, 60_000);
});
