import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pearson, ranks, spearman } from '../../../src/core/maths/spearman.js';

describe('ranks', () => {
  it('gives ties their average rank', () => {
    expect(Array.from(ranks([10, 20, 20, 30]))).toEqual([1, 2.5, 2.5, 4]);
    expect(Array.from(ranks([3, 1, 2]))).toEqual([3, 1, 2]);
    expect(Array.from(ranks([5, 5, 5]))).toEqual([2, 2, 2]);
  });
});

describe('spearman', () => {
  it('matches a hand-computed case with a tie (R: cor(x, y, method = "spearman"))', () => {
    // ranks(y) = 1, 2, 3.5, 5, 3.5; Pearson with 1..5 = 8 / √95.
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 14);
  });

  it('is ±1 for monotone relations and NaN without spread or with fewer than 3 points', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 14);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 14);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNaN();
    expect(spearman([1, 2], [1, 2])).toBeNaN();
  });

  it('pearson matches the textbook formula', () => {
    // x = 1..4, y = 2, 4, 5, 9: by hand sxy = 11, sxx = 5, syy = 26.
    expect(pearson([1, 2, 3, 4], [2, 4, 5, 9])).toBeCloseTo(11 / Math.sqrt(5 * 26), 14);
  });

  it('lies in [−1, 1], is symmetric, invariant to monotone transforms and odd under reversal', () => {
    const pairs = fc.array(fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 3, maxLength: 40 });
    fc.assert(fc.property(pairs, (ps) => {
      const x = ps.map((p) => p[0]), y = ps.map((p) => p[1]);
      const r = spearman(x, y);
      if (Number.isNaN(r)) return;
      expect(Math.abs(r)).toBeLessThanOrEqual(1 + 1e-12);
      expect(spearman(y, x)).toBeCloseTo(r, 12);
      // Doubling is exact, so it keeps every order and tie.
      expect(spearman(x.map((v) => 2 * v), y)).toBeCloseTo(r, 12);
      expect(spearman(x.map((v) => -v), y)).toBeCloseTo(-r, 12);
    }), { numRuns: 200 });
  });
});

describe('ranks (property)', () => {
  it('equals average ranks from a closure sort', () => {
    const xs = fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: -3, max: 3, noNaN: true })), { maxLength: 300 });
    fc.assert(fc.property(xs, (values) => {
      const n = values.length;
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
      const expected = new Float64Array(n);
      for (let i = 0; i < n; ) {
        let k = i;
        while (k + 1 < n && values[order[k + 1]] === values[order[i]]) k++;
        for (let m = i; m <= k; m++) expected[order[m]] = (i + k) / 2 + 1;
        i = k + 1;
      }
      expect(Array.from(ranks(values))).toEqual(Array.from(expected));
    }), { numRuns: 300 });
  });
});
