import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ramp } from '../../../src/core/model/PaymentRule.js';

describe('ramp', () => {
  it('goes linearly from 0 at lo to 1 at hi', () => {
    const got = [ramp(0.1, 0.2, 0.6), ramp(0.2, 0.2, 0.6), ramp(0.3, 0.2, 0.6), ramp(0.6, 0.2, 0.6), ramp(0.9, 0.2, 0.6)];
    [0, 0, 0.25, 1, 1].forEach((x, i) => expect(got[i]).toBeCloseTo(x, 14));
  });

  it('is a step at lo when lo ≥ hi (a cliff that includes its edge)', () => {
    expect([ramp(0.49, 0.5, 0.5), ramp(0.5, 0.5, 0.5), ramp(0.7, 0.5, 0.5)]).toEqual([0, 1, 1]);
  });

  it('stays in [0, 1] and never decreases in x (property)', () => {
    const x = fc.double({ min: -2, max: 2, noNaN: true });
    fc.assert(fc.property(x, x, x, x, (a, b, lo, hi) => {
      const [u, v] = a <= b ? [a, b] : [b, a];
      expect(ramp(u, lo, hi)).toBeLessThanOrEqual(ramp(v, lo, hi));
      expect(ramp(u, lo, hi) >= 0 && ramp(v, lo, hi) <= 1).toBe(true);
    }), { numRuns: 300 });
  });
});
