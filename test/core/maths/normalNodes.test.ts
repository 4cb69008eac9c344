import { describe, expect, it } from 'vitest';
import { normalNodes } from '../../../src/core/maths/normalNodes.js';

/** E[Z^k] of a standard normal: 0 for odd k, (k − 1)!! for even k. */
const moment = (k: number): number => (k % 2 ? 0 : Array.from({ length: k / 2 }, (_, i) => 2 * i + 1).reduce((a, b) => a * b, 1));

describe('normalNodes', () => {
  it.each([5, 10, 16])('integrates polynomials of degree < 2n exactly (n = %i)', (n) => {
    const { x, w } = normalNodes(n);
    for (let k = 0; k < 2 * n; k++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += w[i] * x[i] ** k;
      // Relative to the size of the terms (odd moments are sums of large terms that cancel).
      const scale = moment(k % 2 ? k + 1 : k);
      expect(Math.abs(sum - moment(k)), `E[Z^${k}]`).toBeLessThanOrEqual(1e-10 * scale);
    }
  });

  it('is symmetric and cached', () => {
    const { x, w } = normalNodes(16);
    for (let i = 0; i < 16; i++) { expect(x[i]).toBeCloseTo(-x[15 - i], 12); expect(w[i]).toBeCloseTo(w[15 - i], 14); }
    expect(normalNodes(16)).toBe(normalNodes(16));
  });
});
