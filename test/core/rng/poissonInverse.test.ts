import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { poissonCdf, poissonDraw, poissonFromTable, poissonInverse } from '../../../src/core/rng/poissonInverse.js';
import { Stream, streamFor } from '../../../src/core/rng/Stream.js';
import { expectWithinSE, familyK, moments } from '../../support/monteCarlo.js';

/** Closed-form Poisson pmf in log space. */
function pmf(mean: number, k: number): number {
  let lf = 0;
  for (let i = 2; i <= k; i++) lf += Math.log(i);
  return Math.exp(-mean + k * Math.log(mean) - lf);
}

/** Advances a twin stream by `count` draws and checks both streams are now in step. */
function consumed(key: string, draw: (s: Stream) => void): number {
  const a = new Stream(key);
  draw(a);
  const next = a.next();
  const b = new Stream(key);
  for (let used = 0; used < 10_000; used++) {
    if (b.next() === next) return used;
  }
  return -1;
}

describe('poissonInverse', () => {
  it('returns the smallest k whose closed-form CDF reaches u', () => {
    for (const mean of [0.05, 1.1, 7, 40, 250, 499]) {
      const cdf: number[] = [];
      let c = 0;
      for (let k = 0; c < 1 - 1e-15 && k < 2000; k++) { c += pmf(mean, k); cdf.push(c); }
      let mismatches = 0;
      for (let i = 1; i < 2000; i++) {
        const u = i / 2000;
        // Skip u within rounding distance of a CDF step, where either answer is right.
        if (cdf.some((x) => Math.abs(x - u) < 1e-9)) continue;
        const expected = cdf.findIndex((x) => x >= u);
        if (poissonInverse(mean, u) !== expected) mismatches++;
      }
      expect({ mean, mismatches }).toEqual({ mean, mismatches: 0 });
    }
  });

  it('gives 0 for a mean of 0 or below, and stays finite for u next to 1', () => {
    expect(poissonInverse(0, 0.7)).toBe(0);
    expect(poissonInverse(-1, 0.7)).toBe(0);
    const k = poissonInverse(3, 1 - 0.5 / 4294967296);
    expect(Number.isFinite(k) && k > 10 && k < 40).toBe(true);
  });
});

describe('poissonDraw', () => {
  it('consumes exactly one uniform per call up to the split threshold (common random numbers)', () => {
    for (const mean of [0, 0.3, 1.1, 12, 499, 500]) {
      expect({ mean, used: consumed(`one-${mean}`, (s) => poissonDraw(mean, s)) }).toEqual({ mean, used: 1 });
    }
  });

  it('splits larger means into ⌈mean/500⌉ parts, one uniform each', () => {
    expect(consumed('split-501', (s) => poissonDraw(501, s))).toBe(2);
    expect(consumed('split-1700', (s) => poissonDraw(1700, s))).toBe(4);
  });

  for (const mean of [1.1, 7, 1200]) {
    it(`has the Poisson(${mean}) mean and variance within Monte Carlo error`, () => {
      const n = 40_000;
      const s = streamFor(11, 0, `poisson-${mean}`);
      const xs = new Float64Array(n);
      for (let i = 0; i < n; i++) xs[i] = poissonDraw(mean, s);
      const m = moments(xs);
      expectWithinSE('mean', m.mean, mean, Math.sqrt(mean / n));
      // Poisson central moments: μ2 = λ, μ4 = λ(1 + 3λ); SE(s²) = √((μ4 − μ2²)/n).
      expectWithinSE('variance', m.variance, mean, Math.sqrt((mean * (1 + 3 * mean) - mean * mean) / n));
    });
  }

  it('matches the closed-form pmf bin by bin (Bonferroni over the bins)', () => {
    const mean = 3.3, n = 100_000;
    const s = streamFor(12, 0, 'poisson-pmf');
    const counts = new Float64Array(30);
    for (let i = 0; i < n; i++) counts[Math.min(29, poissonDraw(mean, s))]++;
    const bins = 12;
    const k = familyK(bins);
    for (let b = 0; b < bins; b++) {
      const p = pmf(mean, b);
      expectWithinSE(`P(X = ${b})`, counts[b] / n, p, Math.sqrt((p * (1 - p)) / n), k);
    }
  });
});

describe('poissonCdf + poissonFromTable', () => {
  it('draw for draw what poissonInverse gives, including where the walk breaks off in the far tail', () => {
    fc.assert(fc.property(
      fc.oneof(fc.double({ min: 0, max: 500, noNaN: true }), fc.constantFrom(0, 1e-300, 0.05, 2.2, 499.999, 500)),
      fc.oneof(fc.double({ min: 0, max: 1, noNaN: true, minExcluded: true, maxExcluded: true }), fc.constantFrom(1 - 2 ** -32, 2 ** -33, 0.5)),
      (mean, u) => poissonFromTable(poissonCdf(mean), u) === poissonInverse(mean, u),
    ), { numRuns: 20_000 });
  });

  it('ends every table with +Infinity, so a draw always stops, and gives the walk\'s draw for means it never sees', () => {
    for (const mean of [0, -1, NaN, 0.3, 40, 500, 1e6, Infinity]) expect(poissonCdf(mean).at(-1)).toBe(Infinity);
    for (const mean of [1e6, Infinity]) for (const u of [1e-9, 0.5, 1 - 1e-9]) expect(poissonFromTable(poissonCdf(mean), u)).toBe(poissonInverse(mean, u));
  });
});
