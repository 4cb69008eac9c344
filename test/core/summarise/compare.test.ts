import { describe, expect, it } from 'vitest';
import { compare, METRIC_IDS, QI, QUANTITY_COUNT, simulateScenario, type SimulationResult } from '../../../src/engine.js';
import { describe as describeValues } from '../../../src/core/summarise/describe.js';
import { compiledTestScenario } from '../../support/testScenario.js';

const overrides = { runs: 30, horizonMonths: 12, segments: [{ service: 'hvbYouth', providers: 6 }] };
/** Whole-contract figures, so differences are of the run table's own values. */
const sim = (result: SimulationResult) => ({ horizonMonths: 12, result });
const CONTRACT = { basis: 'contract' } as const;

describe('compare (paired, common random numbers)', () => {
  it('a scenario compared with itself gives exactly zero differences', () => {
    const a = simulateScenario(compiledTestScenario(overrides));
    const b = simulateScenario(compiledTestScenario(overrides));
    for (const [id, d] of Object.entries(compare(sim(a), sim(b)))) {
      if (d.n === 0 || d.meanDiff === null) continue;
      expect({ id, d: [d.meanDiff, d.se, d.p05, d.p95, d.verdict] }).toEqual({ id, d: [0, 0, 0, 0, 'unclear'] });
    }
    // Investor figures without an outcomes contract are not measurable in any run: n = 0, null.
    expect(compare(sim(a), sim(b))['investor.irr']).toMatchObject({ n: 0, meanDiff: null, verdict: 'unclear' });
  });

  it('is the description of run-by-run differences', () => {
    const a = simulateScenario(compiledTestScenario({ ...overrides, payment: { rule: 'outcomeBonus' } }));
    const b = simulateScenario(compiledTestScenario(overrides));
    const diffs = compare(sim(a), sim(b), CONTRACT);
    const i = QI['purchaser.payments'];
    const d = describeValues(Array.from({ length: 30 }, (_, r) => a.metrics[r * QUANTITY_COUNT + i] - b.metrics[r * QUANTITY_COUNT + i]));
    expect(diffs['purchaser.payments']).toMatchObject({ meanDiff: d.mean, se: d.se, p05: d.p05, p95: d.p95, n: 30, verdict: 'worse', basis: 'contract' });
    // A bonus on top of the per diem always costs more, run by run.
    expect(diffs['purchaser.payments'].p05!).toBeGreaterThan(0);
    // Common random numbers: the rule does not change who is treated, so outcomes do not differ at all.
    expect(diffs['outcomes.trueRate']).toMatchObject({ meanDiff: 0, se: 0 });
    expect(Object.keys(diffs)).toEqual([...METRIC_IDS]);
  });

  it('pairs only the runs both sides have', () => {
    const a = simulateScenario(compiledTestScenario({ ...overrides, runs: 20 }));
    const b = simulateScenario(compiledTestScenario(overrides));
    expect(compare(sim(a), sim(b))['clients.served']).toMatchObject({ meanDiff: 0, n: 20 });
  });
});
