import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaCdf, distributionQuantile } from '../../../src/core/sensitivity/distributionQuantile.js';
import { tornadoPlan, tornadoRows } from '../../../src/core/sensitivity/tornado.js';
import { findUncertainInputs } from '../../../src/core/sensitivity/uncertainInputs.js';
import { readFileSync } from 'node:fs';

describe('uncertain inputs and their ends', () => {
  it('finds every distribution in a scenario, by path', () => {
    const s = JSON.parse(readFileSync('scenarios/uncertain-inputs.json', 'utf8')) as unknown;
    expect(findUncertainInputs(s).map((i) => i.path)).toEqual([
      'segments[0].params.qualityMean', 'segments[0].params.costPerClientMonth', 'segments[0].params.episodeMedianMonths',
      'measure.params.validity', 'fallback.pricePerDay',
    ]);
  });

  it('quantiles invert the CDFs', () => {
    expect(distributionQuantile({ dist: 'uniform', min: 90, max: 110 }, 0.1)).toBeCloseTo(92, 12);
    expect(distributionQuantile({ dist: 'normal', mean: 0.6, sd: 0.15 }, 0.9)).toBeCloseTo(0.6 + 0.15 * 1.2815515655446004, 9);
    expect(distributionQuantile({ dist: 'lognormal', median: 6, sdLog: 0.15 }, 0.5)).toBeCloseTo(6, 12);
    expect(distributionQuantile({ dist: 'triangular', min: 0, mode: 0, max: 1 }, 0.75)).toBeCloseTo(0.5, 12);
    expect(betaCdf(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(betaCdf(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(betaCdf(0.4, 2, 3)).toBeCloseTo(0.5248, 12); // 1 − (1−x)^3(1+3x) at x = 0.4
    fc.assert(fc.property(fc.double({ min: 0.3, max: 20, noNaN: true }), fc.double({ min: 0.3, max: 20, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (a, b, p) => {
      expect(betaCdf(distributionQuantile({ dist: 'beta', alpha: a, beta: b }, p), a, b)).toBeCloseTo(p, 8);
    }));
  });

  it('base at the median, ends at the 10th and 90th percentile; rows sorted by swing', () => {
    const plan = tornadoPlan([{ path: 'a', dist: { dist: 'uniform', min: 0, max: 10 } }, { path: 'b', dist: { dist: 'uniform', min: 0, max: 100 } }]);
    expect(plan.base).toEqual({ a: 5, b: 50 });
    expect(plan.ends[0]).toEqual({ path: 'a', kind: 'distribution', base: 5, low: 1, high: 9 });
    const rows = tornadoRows(plan.ends, (path, end) => (path === 'a' ? (end === 'low' ? 1 : 3) : end === 'low' ? 10 : 30));
    expect(rows.map((r) => [r.path, r.swing])).toEqual([['b', 20], ['a', 2]]);
    expect(tornadoRows(plan.ends, (p) => (p === 'a' ? null : 1))[1]).toMatchObject({ path: 'a', swing: null });
  });
});
