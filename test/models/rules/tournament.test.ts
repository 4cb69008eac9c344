import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tournament } from '../../../models/rules/tournament.js';
import { pay, periodInputs } from '../../support/periodInputs.js';

describe('tournament', () => {
  it('gives the bonus to the top ⌈share × ranked⌉ providers by rank; unranked get base', () => {
    const inputs = periodInputs([
      { base: 1000, rank: 3 },
      { base: 1000, rank: 1 },
      { base: 1000 }, // too few measured clients: unranked
      { base: 1000, rank: 2 },
      { base: 1000, rank: 4 },
      { base: 1000, rank: 5, active: 0 },
    ]);
    // 5 ranked, top share 0.3 → ⌈1.5⌉ = 2 winners: ranks 1 and 2.
    expect(pay(tournament, inputs, { topShare: 0.3, bonusShare: 0.1 })).toEqual([1000, 1100, 1000, 1100, 1000, 0]);
  });

  it('an exact share does not round up through floating point (0.2 × 10 = 2 winners)', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ base: 100, rank: i + 1 }));
    const out = pay(tournament, periodInputs(rows), { topShare: 0.2, bonusShare: 1 });
    expect(out.filter((x) => x === 200).length).toBe(2);
  });

  it('nobody ranked, nobody wins; top share 0 means no winners', () => {
    expect(pay(tournament, periodInputs([{ base: 100 }, { base: 200 }]), { topShare: 1, bonusShare: 1 })).toEqual([100, 200]);
    expect(pay(tournament, periodInputs([{ base: 100, rank: 1 }, { base: 200, rank: 2 }]), { topShare: 0, bonusShare: 1 })).toEqual([100, 200]);
  });

  it('pays exactly ⌈share × ranked⌉ bonuses, each within [base, base·(1 + bonus)] (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, unrankedCount, topShare) => {
      const ranked = Array.from({ length: n }, (_, i) => ({ base: 100, rank: i + 1 }));
      const unranked = Array.from({ length: unrankedCount }, () => ({ base: 100 }));
      const out = pay(tournament, periodInputs([...unranked, ...ranked]), { topShare, bonusShare: 0.5 });
      const winners = out.filter((x) => x === 150).length;
      expect(winners).toBe(Math.max(0, Math.min(n, Math.ceil(topShare * n - 1e-9))));
      expect(out.every((x) => x === 100 || x === 150)).toBe(true);
    }), { numRuns: 200 });
  });
});
