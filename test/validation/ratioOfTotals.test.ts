/**
 * Ratio metrics are the ratio of totals across runs, R̂ = Σx/Σy, with a delta-method SE.
 * Checked on synthetic runs whose ratio of expectations is known in closed form, and the SE
 * against the spread of R̂ over independent replications (the SE of a sample SD is
 * sd/√(2(m − 1)) for m replications, near-normal R̂).
 */
import { describe, expect, it } from 'vitest';
import { compareMetric, describeRatio, metricDefinition, QI, QUANTITY_COUNT, ratioOfTotals, type SimulationResult } from '../../src/engine.js';
import { ProviderTotals } from '../../src/core/simulate/ProviderTotals.js';
import { normalQuantile } from '../../src/core/rng/normalQuantile.js';
import { Stream } from '../../src/core/rng/Stream.js';
import { familyK, moments } from '../support/monteCarlo.js';

/** Runs with y ~ 10·U(0.5, 1.5) and x = 3y + 2·N(0, 1): E[x]/E[y] = 3 exactly. */
function linearRuns(stream: Stream, n: number): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = 10 * (0.5 + stream.next());
    x[i] = 3 * y[i] + 2 * normalQuantile(stream.next());
  }
  return { x, y };
}

/** A run table holding only a ratio metric's two quantities (cost per true good outcome). */
function table(x: Float64Array, y: Float64Array): SimulationResult {
  const metrics = new Float64Array(x.length * QUANTITY_COUNT);
  for (let r = 0; r < x.length; r++) {
    metrics[r * QUANTITY_COUNT + QI['purchaser.totalCost']] = x[r];
    metrics[r * QUANTITY_COUNT + QI['n.trueGood']] = y[r];
  }
  return { runs: x.length, metrics, providers: new ProviderTotals(0) };
}

const K = familyK(4);

describe('ratio of totals across runs', () => {
  it('estimates E[x]/E[y] within K·SE, and the delta-method SE matches the spread over replications', () => {
    const stream = new Stream('ratio-validation');
    const estimates: number[] = [], ses: number[] = [];
    for (let rep = 0; rep < 400; rep++) {
      const { x, y } = linearRuns(stream, 200);
      const r = ratioOfTotals(x, y);
      estimates.push(r.ratio);
      ses.push(r.se);
    }
    const m = moments(estimates);
    const meanSe = ses.reduce((a, b) => a + b, 0) / ses.length;
    // The mean of 400 estimates is 3 within K standard errors of that mean.
    expect(Math.abs(m.mean - 3)).toBeLessThanOrEqual(K * m.seMean);
    // The delta-method SE equals the sampling SD of R̂ within the SD's own Monte Carlo error.
    const sd = Math.sqrt(m.variance);
    expect(Math.abs(meanSe - sd)).toBeLessThanOrEqual(K * (sd / Math.sqrt(2 * (estimates.length - 1))));
  });

  it('counts runs with a zero denominator in the total instead of dropping them', () => {
    // Half the runs have no outcome (y = 0, cost 1), half have y = 2 and cost 10:
    // E[x]/E[y] = 5.5, while the mean of the defined per-run ratios would be 5.
    const stream = new Stream('ratio-zero-runs');
    const n = 4000;
    const x = new Float64Array(n), y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const outcome = stream.next() < 0.5;
      y[i] = outcome ? 2 : 0;
      x[i] = outcome ? 10 : 1;
    }
    const d = describeRatio(x, y);
    expect(d.undefinedRuns + d.n).toBe(n);
    expect(d.undefinedRuns).toBeGreaterThan(0);
    expect(d.p50).toBe(5);
    expect(Math.abs(d.mean! - 5.5)).toBeLessThanOrEqual(K * d.se!);
  });

  it('a paired difference of ratios has the delta-method SE of the replications', () => {
    const def = metricDefinition('purchaser.costPerTrueOutcome');
    const stream = new Stream('ratio-paired');
    const diffs: number[] = [], ses: number[] = [];
    for (let rep = 0; rep < 400; rep++) {
      const base = linearRuns(stream, 200);
      // The design shares the baseline's denominator (common random numbers) and adds 5 % to cost, plus noise.
      const xd = base.x.map((v) => 1.05 * v + normalQuantile(stream.next()));
      const d = compareMetric(def, { horizonMonths: 12, result: table(xd, base.y) }, { horizonMonths: 12, result: table(base.x, base.y) });
      diffs.push(d.meanDiff!);
      ses.push(d.se!);
    }
    const m = moments(diffs);
    // E[1.05x + e]/E[y] − E[x]/E[y] = 0.05 · 3.
    expect(Math.abs(m.mean - 0.15)).toBeLessThanOrEqual(K * m.seMean);
    const sd = Math.sqrt(m.variance);
    const meanSe = ses.reduce((a, b) => a + b, 0) / ses.length;
    expect(Math.abs(meanSe - sd)).toBeLessThanOrEqual(K * (sd / Math.sqrt(2 * (diffs.length - 1))));
  });
});
