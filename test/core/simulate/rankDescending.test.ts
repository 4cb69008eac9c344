import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankDescending } from '../../../src/core/simulate/rankDescending.js';
import { sortAscending } from '../../../src/core/maths/sortAscending.js';

/** Many ties, as observed rates of small counts have. */
const values = fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }).map((k) => k / 6), fc.double({ min: -5, max: 5, noNaN: true })), { maxLength: 400 });

describe('rankDescending', () => {
  it('gives the ranks of a closure sort by value descending, ties by index (property)', () => {
    fc.assert(fc.property(values, fc.integer({ min: 0, max: 3 }), (xs, skip) => {
      // Rank a subset (every index not ≡ skip mod 4, or all when skip = 0), as flagAndRank does.
      const idx = Int32Array.from(xs.map((_, k) => k).filter((k) => skip === 0 || k % 4 !== skip));
      const rank = new Float64Array(xs.length).fill(NaN);
      rankDescending(xs, idx, idx.length, rank);
      const expected = new Float64Array(xs.length).fill(NaN);
      Array.from(idx).sort((a, b) => xs[b] - xs[a] || a - b).forEach((k, i) => { expected[k] = i + 1; });
      expect(Array.from(rank)).toEqual(Array.from(expected));
    }), { numRuns: 300 });
  });
});

describe('sortAscending', () => {
  it('sorts like Float64Array.prototype.sort (property)', () => {
    fc.assert(fc.property(values, (xs) => {
      const a = Float64Array.from(xs);
      sortAscending(a, a.length);
      // −0 and +0 may swap places; compare as numbers.
      expect(Array.from(a).map((x) => x + 0)).toEqual(Array.from(Float64Array.from(xs).sort()).map((x) => x + 0));
    }), { numRuns: 300 });
  });

  it('sorts only the first n values', () => {
    const a = Float64Array.of(3, 1, 2, 0, -1);
    sortAscending(a, 3);
    expect(Array.from(a)).toEqual([1, 2, 3, 0, -1]);
  });
});
