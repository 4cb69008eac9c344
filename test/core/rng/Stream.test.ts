import { describe, expect, it } from 'vitest';
import { Stream, streamFor } from '../../../src/core/rng/Stream.js';
import { expectWithinSE, moments } from '../../support/monteCarlo.js';

const take = (s: Stream, n: number): number[] => Array.from({ length: n }, () => s.next());

describe('Stream', () => {
  it('gives the same sequence for the same key', () => {
    expect(take(streamFor(7, 3, 'cohort'), 100)).toEqual(take(streamFor(7, 3, 'cohort'), 100));
    expect(take(new Stream('x'), 10)).toEqual(take(new Stream('x'), 10));
  });

  it('gives different sequences when seed, run or part differ', () => {
    const ref = take(streamFor(7, 3, 'cohort'), 20);
    for (const other of [streamFor(8, 3, 'cohort'), streamFor(7, 4, 'cohort'), streamFor(7, 3, 'measure'), streamFor(73, 0, 'cohort')]) {
      const xs = take(other, 20);
      // Not merely shifted either: no value in common.
      expect(xs.filter((x) => ref.includes(x))).toEqual([]);
    }
  });

  it('keeps keys apart that a naive concatenation would confuse', () => {
    // "1|23|x" and "12|3|x" must be different streams.
    expect(streamFor(1, 23, 'x').next()).not.toBe(streamFor(12, 3, 'x').next());
  });

  it('draws in the open interval (0, 1) with 32-bit resolution', () => {
    const s = streamFor(1, 0, 'range');
    let bad = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = s.next();
      // (k + 0.5) / 2^32 for an integer k
      if (!(u > 0 && u < 1) || !Number.isInteger(u * 4294967296 - 0.5)) bad++;
    }
    expect(bad).toBe(0);
  });

  it('has the mean and variance of a uniform within Monte Carlo error', () => {
    const n = 200_000;
    const xs = new Float64Array(take(streamFor(2, 0, 'moments'), n));
    const m = moments(xs);
    expectWithinSE('mean', m.mean, 1 / 2, Math.sqrt(1 / 12 / n));
    // Var(U) = 1/12, μ4 = 1/80: SE of the sample variance is √((1/80 − 1/144)/n).
    expectWithinSE('variance', m.variance, 1 / 12, Math.sqrt((1 / 80 - 1 / 144) / n));
  });

  it('fills ten equal bins evenly and has no lag-1 correlation', () => {
    const n = 100_000;
    const s = streamFor(3, 0, 'bins');
    const bins = new Float64Array(10);
    let prev = s.next(), sxy = 0;
    for (let i = 0; i < n; i++) {
      const u = s.next();
      bins[Math.floor(u * 10)]++;
      sxy += (u - 0.5) * (prev - 0.5);
      prev = u;
    }
    for (const b of bins) expectWithinSE('bin share', b / n, 0.1, Math.sqrt(0.09 / n), 4.4);
    // Under independence E[(U−½)(V−½)] = 0 with SD 1/12 per term.
    expectWithinSE('lag-1 covariance', sxy / n, 0, 1 / 12 / Math.sqrt(n));
  });

  it('nextUint32 returns 32-bit unsigned integers', () => {
    const s = new Stream('u32');
    const xs = Array.from({ length: 1000 }, () => s.nextUint32());
    expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x < 4294967296)).toBe(true);
  });
});
