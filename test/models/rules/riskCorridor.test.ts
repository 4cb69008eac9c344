import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { riskCorridor } from '../../../models/rules/riskCorridor.js';
import { pay, periodInputs } from '../../support/periodInputs.js';

describe('riskCorridor', () => {
  it('moves payment by the adjustment per percentage point, inside the corridor', () => {
    const p = { target: 0.5, adjustmentPerPoint: 0.005, cap: 0.05, floor: 0.03 };
    const rows = [0.5, 0.56, 0.9, 0.46, 0.1].map((r) => ({ base: 10_000, measured: 20, observedRate: r }));
    rows.push({ base: 10_000, measured: 0, observedRate: NaN });
    rows.push({ base: 10_000, measured: 20, observedRate: 0.9, active: 0 } as (typeof rows)[number]);
    const out = pay(riskCorridor, periodInputs(rows), p);
    // +6 points → +3 %; +40 → capped +5 %; −4 → −2 %; −40 → floored −3 %; no data → base.
    [10_000, 10_300, 10_500, 9_800, 9_700, 10_000, 0].forEach((x, j) => expect(out[j]).toBeCloseTo(x, 6));
  });

  it('every provider-period stays within base·(1 − floor) and base·(1 + cap) (property)', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    const row = fc.record({ base: fc.double({ min: 0, max: 1e7, noNaN: true }), rate: fc.double({ min: 0, max: 3, noNaN: true }), measured: fc.integer({ min: 0, max: 50 }) });
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), share, share, share, share, (rows, target, adjustmentPerPoint, cap, floor) => {
      const out = pay(riskCorridor, periodInputs(rows.map((r) => ({ base: r.base, measured: r.measured, observedRate: r.measured ? r.rate : NaN }))), { target, adjustmentPerPoint, cap, floor });
      rows.forEach((r, j) => {
        const eps = 1e-9 * r.base;
        expect(out[j]).toBeGreaterThanOrEqual(r.base * (1 - floor) - eps);
        expect(out[j]).toBeLessThanOrEqual(r.base * (1 + cap) + eps);
      });
    }), { numRuns: 200 });
  });

  it('is monotone in the observed rate (property)', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(fc.property(share, share, share, share, share, share, (a, b, target, adjustmentPerPoint, cap, floor) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const out = pay(riskCorridor, periodInputs([{ base: 1e5, measured: 10, observedRate: lo }, { base: 1e5, measured: 10, observedRate: hi }]), { target, adjustmentPerPoint, cap, floor });
      expect(out[1]).toBeGreaterThanOrEqual(out[0]);
    }), { numRuns: 200 });
  });
});
