import { describe, expect, it } from 'vitest';
import { binomialWeights } from '../../../src/core/behaviour/binomialWeights.js';

function direct(n: number, p: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return c * p ** k * (1 - p) ** (n - k);
}

describe('binomialWeights', () => {
  it.each([[1, 0.3], [10, 0.3], [12, 0.5], [40, 0.9], [7, 0.01]])('matches the binomial pmf (n = %i, p = %f)', (n, p) => {
    const out = new Float64Array(n + 1);
    const { lo, hi } = binomialWeights(n, p, out);
    let total = 0;
    for (let k = lo; k <= hi; k++) {
      expect(out[k - lo]).toBeCloseTo(direct(n, p, k), 10);
      total += out[k - lo];
    }
    expect(total).toBeCloseTo(1, 12);
  });

  it('keeps mean and variance for a large n without underflow', () => {
    const n = 5000, p = 0.97;
    const out = new Float64Array(n + 1);
    const { lo, hi } = binomialWeights(n, p, out);
    let mean = 0, m2 = 0;
    for (let k = lo; k <= hi; k++) mean += k * out[k - lo];
    for (let k = lo; k <= hi; k++) m2 += (k - mean) ** 2 * out[k - lo];
    expect(mean).toBeCloseTo(n * p, 6);
    expect(m2).toBeCloseTo(n * p * (1 - p), 4);
    expect(hi - lo).toBeLessThan(200);
  });

  it('puts all weight on the certain count at p = 0 and p = 1', () => {
    const out = new Float64Array(8);
    expect(binomialWeights(7, 0, out)).toEqual({ lo: 0, hi: 0 });
    expect(binomialWeights(7, 1, out)).toEqual({ lo: 7, hi: 7 });
    expect(out[0]).toBe(1);
  });

  it('writes at the offset it is given', () => {
    const out = new Float64Array(30).fill(-1);
    const { lo, hi } = binomialWeights(5, 0.5, out, 10);
    expect(lo).toBe(0); expect(hi).toBe(5);
    expect(out[9]).toBe(-1);
    expect(out[10]).toBeCloseTo(1 / 32, 14);
  });
});
