import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withhold } from '../../../models/rules/withhold.js';
import { pay, periodInputs } from '../../support/periodInputs.js';

describe('withhold', () => {
  it('returns the withheld share in proportion to rate / target, at most all of it', () => {
    const inputs = periodInputs([
      { base: 1000, measured: 10, successes: 3 }, // score 0.6 at target 0.5
      { base: 1000, measured: 10, successes: 5 }, // score 1
      { base: 1000, measured: 10, successes: 8 }, // capped at 1
      { base: 1000, measured: 10, successes: 0 }, // score 0
      { base: 1000, measured: 0 }, // no data: gets it back
      { base: 1000, measured: 10, successes: 5, active: 0 },
    ]);
    const out = pay(withhold, inputs, { withholdShare: 0.1, target: 0.5 });
    [960, 1000, 1000, 900, 1000, 0].forEach((x, j) => expect(out[j]).toBeCloseTo(x, 9));
  });

  it('with target 0 everyone meets it', () => {
    const out = pay(withhold, periodInputs([{ base: 1000, measured: 10, successes: 0 }]), { withholdShare: 0.2, target: 0 });
    expect(out[0]).toBeCloseTo(1000, 9);
  });

  it('never pays more than base nor less than base·(1 − share) (property)', () => {
    const row = fc.record({ base: fc.double({ min: 0, max: 1e7, noNaN: true }), measured: fc.integer({ min: 0, max: 100 }), rate: fc.double({ min: 0, max: 2, noNaN: true }) });
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (rows, share, target) => {
      const inputs = periodInputs(rows.map((r) => ({ base: r.base, measured: r.measured, observedRate: r.measured > 0 ? r.rate : NaN })));
      const out = pay(withhold, inputs, { withholdShare: share, target });
      rows.forEach((r, j) => {
        const eps = 1e-9 * r.base;
        expect(out[j]).toBeLessThanOrEqual(r.base + eps);
        expect(out[j]).toBeGreaterThanOrEqual(r.base * (1 - share) - eps);
      });
    }), { numRuns: 200 });
  });

  it('pays more for a higher observed rate, never less (property)', () => {
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(fc.property(rate, rate, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (a, b, share, target) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const out = pay(withhold, periodInputs([{ base: 1e5, measured: 10, observedRate: lo }, { base: 1e5, measured: 10, observedRate: hi }]), { withholdShare: share, target });
      expect(out[1]).toBeGreaterThanOrEqual(out[0]);
    }), { numRuns: 200 });
  });
});
