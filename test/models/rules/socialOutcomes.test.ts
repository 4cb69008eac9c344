import { describe, expect, it } from 'vitest';
import { socialOutcomes } from '../../../models/rules/socialOutcomes.js';
import { rules } from '../../../models/rules/index.js';
import type { PeriodInputs } from '../../../src/core/model/PaymentRule.js';

describe('socialOutcomes: social outcomes contract', () => {
  it('is in the catalogue and pays providers their per diem (the investor funds it)', () => {
    expect(rules.socialOutcomes).toBe(socialOutcomes);
    const i: PeriodInputs = {
      count: 2, months: 12, base: Float64Array.of(100, 200), clientMonths: Float64Array.of(1, 2), measured: Float64Array.of(1, 1),
      successes: Float64Array.of(1, 0), observedRate: Float64Array.of(1, 0), expectedRate: Float64Array.of(NaN, NaN),
      rank: Float64Array.of(1, 2), flagged: Float64Array.of(0, 0), active: Uint8Array.of(1, 0),
    };
    const out = new Float64Array(2);
    socialOutcomes.pay(i, socialOutcomes.params as never, out);
    expect(Array.from(out)).toEqual([100, 0]);
  });

  it('defaults to the Norrköping contract: up to 10 MSEK and a 20 % return cap', () => {
    const p = socialOutcomes.params;
    expect(p.investmentLimit.default).toBe(10_000_000);
    expect(p.returnCap.default).toBe(0.2);
  });
});
