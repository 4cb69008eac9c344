import { describe, expect, it } from 'vitest';
import { binomialDraw } from '../../../src/core/rng/binomialInverse.js';
import { Stream, streamFor } from '../../../src/core/rng/Stream.js';
import { expectWithinSE, moments } from '../../support/monteCarlo.js';
import { binomialRateMoments } from '../../support/binomial.js';

describe('binomialDraw', () => {
  it('consumes exactly n uniforms', () => {
    const a = new Stream('bin'), b = new Stream('bin');
    binomialDraw(17, 0.3, a);
    for (let i = 0; i < 17; i++) b.next();
    expect(a.next()).toBe(b.next());
  });

  it('has the binomial mean and variance within Monte Carlo error', () => {
    const n = 20, p = 0.37, draws = 40_000;
    const s = streamFor(5, 0, 'binomial');
    const xs = new Float64Array(draws);
    for (let i = 0; i < draws; i++) xs[i] = binomialDraw(n, p, s) / n;
    const m = moments(xs);
    const exact = binomialRateMoments(n, p);
    expectWithinSE('mean', m.mean, p, Math.sqrt(exact.mu2 / draws));
    expectWithinSE('variance', m.variance, exact.mu2, Math.sqrt((exact.mu4 - exact.mu2 ** 2) / draws));
  });

  it('gives 0 and n at p = 0 and p = 1', () => {
    const s = new Stream('edges');
    expect(binomialDraw(9, 0, s)).toBe(0);
    expect(binomialDraw(9, 1, s)).toBe(9);
  });
});
