import { describe, expect, it } from 'vitest';
import { compare, METRIC_COUNT, METRIC_IDS, MI, simulateScenario } from '../../../src/core/index.js';
import { describe as describeValues } from '../../../src/core/summarise/describe.js';
import { metricColumn } from '../../../src/core/summarise/summarise.js';
import { compiledTestScenario } from '../../support/testScenario.js';

const overrides = { runs: 30, horizonMonths: 12, segments: [{ service: 'hvbYouth', providers: 6 }] };

describe('compare (paired, common random numbers)', () => {
  it('a scenario compared with itself gives exactly zero differences', () => {
    const a = simulateScenario(compiledTestScenario(overrides));
    const b = simulateScenario(compiledTestScenario(overrides));
    for (const [id, d] of Object.entries(compare(a, b))) {
      if (d.n === 0) continue;
      expect({ id, d: [d.meanDiff, d.se, d.p05, d.p95] }).toEqual({ id, d: [0, 0, 0, 0] });
    }
    // Runs where a metric is not measurable (NaN) are left out, not counted as zero.
    const col = metricColumn(a, MI['outcomes.observedRate']);
    expect(compare(a, b)['outcomes.observedRate'].n).toBe(col.filter(Number.isFinite).length);
  });

  it('is the description of run-by-run differences', () => {
    const a = simulateScenario(compiledTestScenario({ ...overrides, payment: { rule: 'outcomeBonus' } }));
    const b = simulateScenario(compiledTestScenario(overrides));
    const diffs = compare(a, b);
    const i = MI['purchaser.payments'];
    const d = describeValues(Array.from({ length: 30 }, (_, r) => a.metrics[r * METRIC_COUNT + i] - b.metrics[r * METRIC_COUNT + i]));
    expect(diffs['purchaser.payments']).toEqual({ meanDiff: d.mean, se: d.se, p05: d.p05, p95: d.p95, n: 30 });
    // A bonus on top of the per diem always costs more, run by run.
    expect(diffs['purchaser.payments'].p05!).toBeGreaterThan(0);
    // Common random numbers: the rule does not change who is treated, so outcomes do not differ at all.
    expect(diffs['outcomes.trueRate']).toMatchObject({ meanDiff: 0, se: 0 });
    expect(Object.keys(diffs)).toEqual([...METRIC_IDS]);
  });

  it('pairs only the runs both sides have', () => {
    const a = simulateScenario(compiledTestScenario({ ...overrides, runs: 20 }));
    const b = simulateScenario(compiledTestScenario(overrides));
    expect(compare(a, b)['clients.served']).toMatchObject({ meanDiff: 0, n: 20 });
  });
});
