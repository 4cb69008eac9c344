import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neumaierSum } from '../../../src/core/summarise/neumaierSum.js';

describe('neumaierSum', () => {
  it('recovers what naive summation loses', () => {
    // Naive left-to-right summation gives 0 here.
    expect(neumaierSum([1, 1e100, 1, -1e100])).toBe(2);
    expect(neumaierSum(new Array<number>(10).fill(0.1))).toBe(1);
    expect(neumaierSum([])).toBe(0);
  });

  it('sums large SEK amounts exactly when the exact sum is representable', () => {
    // 1e9 SEK totals plus öre: naive summation drifts.
    const xs = [1_234_567_890.01, 0.01, -1_234_567_890.01, 0.02];
    expect(neumaierSum(xs)).toBeCloseTo(0.03, 15);
  });

  it('is within one unit in the last place of the exact sum, even with cancellation', () => {
    // Integer-valued doubles up to 2^60 can be summed exactly with BigInt; naive summation
    // loses everything below 2^8 at that size and fails this property.
    const big = fc.double({ min: -(2 ** 60), max: 2 ** 60, noNaN: true }).map(Math.round);
    const small = fc.integer({ min: -1000, max: 1000 });
    fc.assert(fc.property(fc.array(fc.oneof(big, small), { maxLength: 60 }), (xs) => {
      const exact = Number(xs.reduce((a, b) => a + BigInt(b), 0n));
      const ulp = exact === 0 ? 0 : 2 ** (Math.floor(Math.log2(Math.abs(exact))) - 52);
      expect(Math.abs(neumaierSum(xs) - exact)).toBeLessThanOrEqual(ulp);
    }), { numRuns: 300 });
    expect(neumaierSum([2 ** 60, 1, -(2 ** 60)])).toBe(1);
  });
});
