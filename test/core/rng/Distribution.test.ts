import { describe, expect, it } from 'vitest';
import { distributionMean, sampleDistribution, type Distribution } from '../../../src/core/rng/Distribution.js';
import { Stream, streamFor } from '../../../src/core/rng/Stream.js';
import { expectWithinSE, moments } from '../../support/monteCarlo.js';

/** Closed-form mean and variance of each distribution. */
function closedForm(d: Distribution): { mean: number; variance: number } {
  switch (d.dist) {
    case 'uniform': return { mean: (d.min + d.max) / 2, variance: (d.max - d.min) ** 2 / 12 };
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      return { mean: (a + b + c) / 3, variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18 };
    }
    case 'normal': return { mean: d.mean, variance: d.sd ** 2 };
    case 'lognormal': {
      const s2 = d.sdLog ** 2;
      return { mean: d.median * Math.exp(s2 / 2), variance: (Math.exp(s2) - 1) * d.median ** 2 * Math.exp(s2) };
    }
    case 'beta': {
      const { alpha: a, beta: b } = d;
      return { mean: a / (a + b), variance: (a * b) / ((a + b) ** 2 * (a + b + 1)) };
    }
  }
}

const CASES: Distribution[] = [
  { dist: 'uniform', min: 2, max: 5 },
  { dist: 'triangular', min: 0, mode: 0.2, max: 1 },
  { dist: 'triangular', min: 1, mode: 1, max: 4 },
  { dist: 'triangular', min: 1, mode: 4, max: 4 },
  { dist: 'normal', mean: -1, sd: 0.4 },
  { dist: 'lognormal', median: 6, sdLog: 0.3 },
  { dist: 'beta', alpha: 2.5, beta: 4 },
  { dist: 'beta', alpha: 0.5, beta: 2 },
  { dist: 'beta', alpha: 1, beta: 1 },
];

describe('sampleDistribution', () => {
  for (const d of CASES) {
    it(`${JSON.stringify(d)}: mean and variance within Monte Carlo error`, () => {
      const n = 40_000;
      const s = streamFor(21, 0, JSON.stringify(d));
      const xs = new Float64Array(n);
      for (let i = 0; i < n; i++) xs[i] = sampleDistribution(d, s);
      const m = moments(xs);
      const cf = closedForm(d);
      expectWithinSE('mean', m.mean, cf.mean, m.seMean);
      expectWithinSE('variance', m.variance, cf.variance, m.seVariance);
      expect(distributionMean(d)).toBeCloseTo(cf.mean, 12);
    });
  }

  it('keeps bounded distributions inside their support', () => {
    const s = streamFor(22, 0, 'support');
    let outside = 0;
    for (let i = 0; i < 20_000; i++) {
      const u = sampleDistribution({ dist: 'uniform', min: 2, max: 5 }, s);
      const t = sampleDistribution({ dist: 'triangular', min: 0, mode: 0.2, max: 1 }, s);
      const b = sampleDistribution({ dist: 'beta', alpha: 0.5, beta: 0.5 }, s);
      if (!(u > 2 && u < 5 && t > 0 && t < 1 && b >= 0 && b <= 1)) outside++;
    }
    expect(outside).toBe(0);
  });

  it('triangular puts (mode − min)/(max − min) of its mass below the mode', () => {
    const n = 40_000, d: Distribution = { dist: 'triangular', min: 0, mode: 0.2, max: 1 };
    const s = streamFor(23, 0, 'tri-cdf');
    let below = 0;
    for (let i = 0; i < n; i++) if (sampleDistribution(d, s) < 0.2) below++;
    expectWithinSE('P(X < mode)', below / n, 0.2, Math.sqrt(0.16 / n));
  });

  it('draws uniform, triangular, normal and lognormal from exactly one uniform each', () => {
    for (const d of CASES.filter((c) => c.dist !== 'beta')) {
      const a = new Stream('one'), b = new Stream('one');
      sampleDistribution(d, a);
      b.next();
      expect(a.next()).toBe(b.next());
    }
  });

  it('a zero-width distribution is its single value', () => {
    const s = new Stream('zero');
    expect(sampleDistribution({ dist: 'uniform', min: 3, max: 3 }, s)).toBe(3);
    expect(sampleDistribution({ dist: 'triangular', min: 3, mode: 3, max: 3 }, s)).toBe(3);
    expect(sampleDistribution({ dist: 'normal', mean: 3, sd: 0 }, s)).toBe(3);
    expect(sampleDistribution({ dist: 'lognormal', median: 3, sdLog: 0 }, s)).toBe(3);
  });
});
