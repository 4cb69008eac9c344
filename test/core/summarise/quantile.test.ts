import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../../src/core/summarise/quantile.js';

describe('quantileSorted (Hyndman–Fan type 7, R default)', () => {
  // Values from R: quantile(c(1, 1, 2, 3, 4, 5, 6, 9), c(0, .05, .25, .5, .75, .95, 1))
  const xs = Float64Array.of(1, 1, 2, 3, 4, 5, 6, 9);
  const r: Array<[number, number]> = [[0, 1], [0.05, 1], [0.25, 1.75], [0.5, 3.5], [0.75, 5.25], [0.95, 7.95], [1, 9]];
  for (const [p, q] of r) it(`p = ${p} gives R's ${q}`, () => expect(quantileSorted(xs, p)).toBeCloseTo(q, 12));

  it('interpolates between order statistics', () => {
    // quantile(c(1, 2, 3, 4, 10), c(.05, .95)) in R: 1.2 and 8.8
    const ys = Float64Array.of(1, 2, 3, 4, 10);
    expect(quantileSorted(ys, 0.05)).toBeCloseTo(1.2, 12);
    expect(quantileSorted(ys, 0.95)).toBeCloseTo(8.8, 12);
  });

  it('handles one value and no values', () => {
    expect(quantileSorted([4], 0.05)).toBe(4);
    expect(quantileSorted([4], 0.95)).toBe(4);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});
