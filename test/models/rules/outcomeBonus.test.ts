import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { outcomeBonus } from '../../../models/rules/outcomeBonus.js';
import { pay, periodInputs } from '../../support/periodInputs.js';

describe('outcomeBonus', () => {
  it('pays base plus the bonus per observed success', () => {
    const inputs = periodInputs([
      { base: 1000, measured: 10, successes: 4 },
      { base: 1000, measured: 0 },
      { base: 500, measured: 5, successes: 5 },
      { base: 700, measured: 5, successes: 5, active: 0 },
    ]);
    expect(pay(outcomeBonus, inputs, { bonusPerSuccess: 30 })).toEqual([1000 + 4 * 30, 1000, 500 + 5 * 30, 0]);
  });

  it('counts risk-adjusted successes (observed rate × measured) when the rate is adjusted', () => {
    // 4 of 10 observed, adjusted to 0.55: 5.5 adjusted successes.
    const inputs = periodInputs([{ base: 1000, measured: 10, successes: 4, observedRate: 0.55 }]);
    expect(pay(outcomeBonus, inputs, { bonusPerSuccess: 100 })[0]).toBeCloseTo(1550, 9);
  });

  it('extra money equals bonus × successes, and is never negative (property)', () => {
    const row = fc.record({ base: fc.double({ min: 0, max: 1e7, noNaN: true }), measured: fc.integer({ min: 0, max: 200 }), share: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.double({ min: 0, max: 1e6, noNaN: true }), (rows, bonus) => {
      const provs = rows.map((r) => ({ base: r.base, measured: r.measured, successes: Math.round(r.share * r.measured) }));
      const out = pay(outcomeBonus, periodInputs(provs), { bonusPerSuccess: bonus });
      provs.forEach((p, j) => {
        expect(out[j] - p.base).toBeCloseTo(bonus * p.successes, 3);
        expect(out[j]).toBeGreaterThanOrEqual(p.base);
      });
    }), { numRuns: 100 });
  });

  it('default bonus lies within its bounds', () => {
    const s = outcomeBonus.params.bonusPerSuccess;
    expect(s.kind === 'number' && s.default >= s.min && s.default <= s.max).toBe(true);
  });
});
