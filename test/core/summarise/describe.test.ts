import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../../src/core/summarise/describe.js';

suite('describe', () => {
  it('matches hand-computed mean, sd, SE and R type-7 percentiles', () => {
    // x = 3 1 4 1 5 9 2 6: mean 3.875, Σ(x − x̄)² = 52.875, var = 52.875/7.
    const d = describe([3, 1, 4, 1, 5, 9, 2, 6]);
    const sd = Math.sqrt(52.875 / 7);
    expect(d.n).toBe(8);
    expect(d.mean).toBeCloseTo(3.875, 14);
    expect(d.sd).toBeCloseTo(sd, 14);
    expect(d.se).toBeCloseTo(sd / Math.sqrt(8), 14);
    expect(d.p05).toBeCloseTo(1, 14);
    expect(d.p50).toBeCloseTo(3.5, 14);
    expect(d.p95).toBeCloseTo(7.95, 14);
  });

  it('counts only finite values (NaN is "not measurable in this run")', () => {
    const d = describe([NaN, 2, Infinity, 4, -Infinity]);
    expect(d.n).toBe(2);
    expect(d.mean).toBe(3);
  });

  it('returns nulls when nothing was measurable, and sd 0 for one value', () => {
    expect(describe([NaN, NaN])).toEqual({ mean: null, sd: null, se: null, p05: null, p50: null, p95: null, n: 0, undefinedRuns: 2 });
    expect(describe([7])).toEqual({ mean: 7, sd: 0, se: 0, p05: 7, p50: 7, p95: 7, n: 1, undefinedRuns: 0 });
  });

  it('sorts numerically, not as text', () => {
    const d = describe(Float64Array.of(10, 9, 100, 2, -5));
    expect(d.p50).toBe(9);
  });

  it('keeps the mean of large amounts exact', () => {
    expect(describe([1e15 + 1, 1e15 + 3]).mean).toBe(1e15 + 2);
  });
});
