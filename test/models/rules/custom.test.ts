import { describe, expect, it } from 'vitest';
import { custom } from '../../../models/rules/custom.js';
import type { PeriodInputs } from '../../../src/core/model/PaymentRule.js';
import { FormulaError } from '../../../src/core/formula/FormulaError.js';

function inputs(): PeriodInputs {
  return {
    count: 3, months: 3,
    base: Float64Array.of(300, 600, 900), clientMonths: Float64Array.of(3, 6, 9), measured: Float64Array.of(4, 0, 5),
    successes: Float64Array.of(2, 0, 5), observedRate: Float64Array.of(0.5, NaN, 1), expectedRate: Float64Array.of(NaN, NaN, NaN),
    rank: Float64Array.of(2, NaN, 1), flagged: Float64Array.of(1, 0, 0), active: Uint8Array.of(1, 1, 1),
  };
}

describe('custom formula', () => {
  const pay = (formula: string, target = 0.5): Float64Array => {
    const out = new Float64Array(3);
    custom.bind!({ formula, target }).pay(inputs(), { formula, target }, out);
    return out;
  };

  it('gives the formula its variables per provider', () => {
    expect(Array.from(pay('clients'))).toEqual([1, 2, 3]);
    expect(Array.from(pay('successes + 10 * measured'))).toEqual([42, 0, 55]);
    expect(Array.from(pay('flagged * 7 + providers'))).toEqual([10, 3, 3]);
  });

  it('shows the target for an unmeasured provider, the pooled rate as the expectation, and the last rank for an unranked one', () => {
    expect(Array.from(pay('observed_rate', 0.4))).toEqual([0.5, 0.4, 1]);
    expect(Array.from(pay('expected_rate'))).toEqual([7 / 9, 7 / 9, 7 / 9]);
    expect(Array.from(pay('rank'))).toEqual([2, 4, 1]);
  });

  it('pays inactive providers nothing', () => {
    const out = new Float64Array(3);
    const i = inputs();
    i.active[1] = 0;
    custom.bind!({ formula: 'base', target: 0.5 }).pay(i, { formula: 'base', target: 0.5 }, out);
    expect(Array.from(out)).toEqual([300, 0, 900]);
  });

  it('throws a FormulaError for a non-finite amount and refuses to bind a bad formula', () => {
    expect(() => pay('base / measured')).toThrow(FormulaError);
    expect(() => custom.bind!({ formula: 'import("x")', target: 0.5 })).toThrow(/payment\.params\.formula/);
  });
});
