import { describe, expect, it } from 'vitest';
import { PF, PROVIDER_FIELDS, ProviderTotals } from '../../../src/core/simulate/ProviderTotals.js';
import { RunState } from '../../../src/core/state/RunState.js';

describe('ProviderTotals', () => {
  it('keeps each field in the column PROVIDER_FIELDS gives it', () => {
    expect(Object.keys(PF)).toEqual([...PROVIDER_FIELDS]);
    PROVIDER_FIELDS.forEach((f, i) => expect(PF[f]).toBe(i));
  });

  it('adds a run field by field, skipping undefined values, and averages over the runs that defined them', () => {
    const s = new RunState(2, 0, 12, 12);
    s.quality.set([0.5, -1]); s.deficient.set([0, 1]);
    s.discharged.set([4, 0]); s.trueGood.set([3, 0]);
    s.revenue.set([1200, 0]); s.cost.set([900, 50]);
    s.periodsActive.set([1, 1]); s.periodsFlagged.set([1, 0]);
    const t = new ProviderTotals(2);
    t.add(s, 1);
    t.add(s, 2);
    expect(t.mean(0, 'trueRate')).toBe(0.75);
    expect(t.mean(1, 'trueRate')).toBeNaN(); // no discharges: undefined in both runs
    expect(t.mean(0, 'revenuePerYear')).toBe(900); // (1200 + 600) / 2
    expect(t.mean(0, 'margin')).toBe(0.25);
    expect(t.mean(1, 'margin')).toBeNaN();
    expect(t.mean(0, 'flaggedWronglyShare')).toBe(1);
    expect(t.mean(1, 'flaggedWronglyShare')).toBeNaN(); // deficient: wrong flags are not counted
    expect(t.mean(1, 'quality')).toBe(-1);
  });
});
