import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { perDiem } from '../../../models/rules/perDiem.js';
import { pay, periodInputs } from '../../support/periodInputs.js';

describe('perDiem', () => {
  it('pays base to active providers whatever the outcome, 0 to those who left', () => {
    const inputs = periodInputs([
      { base: 100, measured: 10, successes: 0 },
      { base: 250, measured: 10, successes: 10 },
      { base: 80 },
      { base: 999, active: 0 },
    ]);
    expect(pay(perDiem, inputs, {})).toEqual([100, 250, 80, 0]);
  });

  it('has no parameters and bilingual labels', () => {
    expect(perDiem.params).toEqual({});
    expect(perDiem.label.sv && perDiem.label.en && perDiem.explanation.sv && perDiem.explanation.en).toBeTruthy();
  });

  it('never depends on observed rates (property)', () => {
    fc.assert(fc.property(fc.array(fc.record({ base: fc.double({ min: 0, max: 1e7, noNaN: true }), rate: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 20 }), (rows) => {
      const a = pay(perDiem, periodInputs(rows.map((r) => ({ base: r.base, measured: 10, observedRate: r.rate }))), {});
      expect(a).toEqual(rows.map((r) => r.base));
    }), { numRuns: 100 });
  });
});
