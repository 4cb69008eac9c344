import { describe, expect, it } from 'vitest';
import { captureRun, type CapturedRun } from '../../../src/engine.js';
import { FLAGGED_AT, flagStatus, periodLabel, runFlagFigure, runPoints } from '../../../src/ui/data/runFlagFigure.js';
import { compileValid, testScenario } from '../../support/testScenario.js';
import { designJob } from './fixture.js';

/** A hand-made captured run: 3 providers, 2 periods of 6 months. */
function handMade(): CapturedRun {
  const cells = (xs: number[]): Float64Array => Float64Array.from(xs);
  return {
    run: 4, providers: 3, periods: 2, periodMonths: 6, horizonMonths: 12,
    // Cell = provider · 2 + period. Provider 2 had no measured client in period 2; provider 3
    // none in period 1, and lost its contract before period 2.
    settled: Uint8Array.of(1, 1, 1, 1, 1, 0),
    measured: cells([4, 6, 10, 0, 0, 0]),
    successes: cells([1, 3, 5, 0, 0, 0]),
    trueRate: cells([0.3, 0.5, 0.4, 0.4, 0.2, NaN]),
    flagged: Uint8Array.of(1, 0, 0, 0, 0, 0),
    deficient: Uint8Array.of(0, 0, 1, 1, 1, 0),
    metrics: new Float64Array(0),
  };
}

describe('runFlagFigure: one run, one period or the whole contract', () => {
  it('sorts providers into right, wrong, missed and fine', () => {
    expect(flagStatus(false, false)).toBe('fine');
    expect(flagStatus(false, true)).toBe('wronglyFlagged');
    expect(flagStatus(true, true)).toBe('rightlyFlagged');
    expect(flagStatus(true, false)).toBe('missed');
  });

  it('shows a period as it was settled, and leaves out providers with no measured client', () => {
    const r = handMade();
    const first = runPoints(r, 0, 'en');
    expect(first.map((p) => [p.provider, p.measured, p.observedRate, p.trueRate, p.status, p.flagged])).toEqual([[1, 4, 0.25, 0.3, 'wronglyFlagged', 'yes'], [2, 10, 0.5, 0.4, 'missed', 'no']]);
    const second = runPoints(r, 1, 'en');
    expect(second.map((p) => [p.provider, p.measured, p.status])).toEqual([[1, 6, 'fine']]);
    const fig = runFlagFigure(r, 0, 'en');
    expect(fig.description).toMatch(/run 5, period 1 \(months 1–6\)/);
    expect(fig.description).toMatch(/1 acceptable providers were wrongly flagged/);
    expect(fig.description).toMatch(/Providers with no measured client are not shown: 1\./);
    expect(runFlagFigure(r, 1, 'en').description).toMatch(/not shown: 1\./);
  });

  it('pools the whole contract: clients and successes summed, the true rate weighted by measured clients', () => {
    const r = handMade();
    const all = runPoints(r, 'contract', 'sv');
    expect(all.map((p) => p.provider)).toEqual([1, 2]);
    const [one, two] = all;
    expect([one.measured, one.successes, one.observedRate]).toEqual([10, 4, 0.4]);
    expect(one.trueRate).toBeCloseTo((4 * 0.3 + 6 * 0.5) / 10, 12);
    // Flagged in 1 of 2 periods (≥ FLAGGED_AT), acceptable: wrongly flagged.
    expect(one.flaggedShare).toBe(0.5);
    expect(one.flaggedShare).toBeGreaterThanOrEqual(FLAGGED_AT);
    expect(one.status).toBe('wronglyFlagged');
    expect(one.flagged).toBe('1 av 2 perioder');
    expect(two.status).toBe('missed');
    expect(periodLabel(r, 'contract', 'sv')).toBe('hela avtalstiden (12 månader)');
  });

  it('has the chart\'s points as the table\'s and the CSV\'s rows, for a simulated run', () => {
    const r = captureRun(designJob.compiled, 7);
    for (const period of [0, r.periods - 1, 'contract'] as const) {
      const fig = runFlagFigure(r, period, 'sv');
      const values = (fig.spec(600) as unknown as { layer: Array<{ data: { values: Array<{ provider: number }> } }> }).layer[1].data.values;
      expect(fig.table.rows.map((row) => row[0].raw)).toEqual(values.map((v) => v.provider));
      expect(values.length).toBeGreaterThan(0);
    }
  });

  it('sums the contract\'s measured clients to the run\'s measured clients', () => {
    const c = compileValid(testScenario({ runs: 2, horizonMonths: 24, segments: [{ service: 'hvbYouth', providers: 8 }] }));
    const r = captureRun(c, 1);
    const total = runPoints(r, 'contract', 'en').reduce((n, p) => n + p.measured, 0);
    let perPeriod = 0;
    for (let q = 0; q < r.periods; q++) perPeriod += runPoints(r, q, 'en').reduce((n, p) => n + p.measured, 0);
    expect(total).toBe(perPeriod);
    expect(total).toBe(Array.from(r.measured).reduce((a, b) => a + b, 0));
  });
});
