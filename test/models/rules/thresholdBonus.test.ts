import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { thresholdBonus } from '../../../models/rules/thresholdBonus.js';
import { pay, periodInputs } from '../../support/periodInputs.js';

describe('thresholdBonus', () => {
  it('cliff: the whole bonus from exactly the target upwards, nothing below', () => {
    const inputs = periodInputs([
      { base: 1000, measured: 30, successes: 15 }, // 0.5 = target: bonus
      { base: 1000, measured: 30, successes: 14 }, // just below
      { base: 1000, measured: 0 }, // no data: no bonus
      { base: 1000, measured: 30, successes: 30, active: 0 },
    ]);
    expect(pay(thresholdBonus, inputs, { bonusShare: 0.05, target: 0.5, smoothing: 0 })).toEqual([1050, 1000, 1000, 0]);
  });

  it('smoothed: a linear ramp of width `smoothing` centred on the target', () => {
    const rows = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7].map((r) => ({ base: 1000, measured: 20, observedRate: r }));
    const out = pay(thresholdBonus, periodInputs(rows), { bonusShare: 0.1, target: 0.5, smoothing: 0.2 });
    [1000, 1000, 1025, 1050, 1075, 1100, 1100].forEach((x, j) => expect(out[j]).toBeCloseTo(x, 9));
  });

  it('is monotone in the observed rate and stays within [base, base·(1 + bonus)] (property)', () => {
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(fc.property(rate, rate, fc.double({ min: 0, max: 2, noNaN: true }), rate, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, bonusShare, target, smoothing) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const out = pay(thresholdBonus, periodInputs([{ base: 1e5, measured: 10, observedRate: lo }, { base: 1e5, measured: 10, observedRate: hi }]), { bonusShare, target, smoothing });
      expect(out[1]).toBeGreaterThanOrEqual(out[0]);
      for (const x of out) {
        expect(x).toBeGreaterThanOrEqual(1e5);
        expect(x).toBeLessThanOrEqual(1e5 * (1 + bonusShare) * (1 + 1e-12));
      }
    }), { numRuns: 300 });
  });
});
