import { describe, expect, it } from 'vitest';
import { RuleProbe } from '../../../src/core/behaviour/RuleProbe.js';
import type { SettlementSettings } from '../../../src/core/settle/settlementRules.js';
import { rules } from '../../../models/index.js';
import type { PaymentRule } from '../../../src/core/model/PaymentRule.js';

const settings: SettlementSettings = { months: 3, riskAdjusted: false, zCritical: 1.96, minClients: 5, limitsEnabled: false, capShare: 0.1, floorShare: 0.1 };
const active = Uint8Array.of(1, 1, 1, 1);
const rates = Float64Array.of(0.6, 0.4, 0.5, 0.3);
const measured = Float64Array.of(10, 10, 10, 10);

function probe(s: SettlementSettings = settings): RuleProbe {
  const p = new RuleProbe(4);
  p.believe(4, rates, measured, active, 0.45, s, s.months);
  for (let k = 0; k < 4; k++) p.setRow(k, 30, 1000, measured[k], rates[k] * measured[k], 0);
  return p;
}

describe('RuleProbe', () => {
  it('ranks each hypothetical row against the others as believed', () => {
    const p = probe();
    p.pay(rules.perDiem as PaymentRule, {});
    expect(Array.from(p.rows.rank)).toEqual([1, 3, 2, 4]);
    // Provider 4 imagining a rate of 0.55 would be second, whatever the others imagine.
    p.setRow(3, 30, 1000, 10, 5.5, 0);
    p.setRow(0, 30, 1000, 10, 0, 0);
    p.pay(rules.perDiem as PaymentRule, {});
    expect(p.rows.rank[3]).toBe(2);
    expect(p.rows.rank[0]).toBe(4);
  });

  it('flags a row clearly below the believed pooled rate, and leaves rows with too few clients unranked', () => {
    const p = probe();
    p.setRow(1, 30, 1000, 10, 0, 0);
    p.setRow(2, 30, 1000, 4, 2, 0);
    p.pay(rules.perDiem as PaymentRule, {});
    expect(p.rows.flagged[1]).toBe(1);
    expect(p.rows.flagged[0]).toBe(0);
    expect(p.rows.rank[2]).toBeNaN();
  });

  it('pays what the rule pays, then the overall cap and floor', () => {
    const p = probe();
    const bonus = p.pay(rules.outcomeBonus as PaymentRule, { bonusPerSuccess: 100 });
    expect(Array.from(bonus)).toEqual([1600, 1400, 1500, 1300]);
    const capped = probe({ ...settings, limitsEnabled: true }).pay(rules.outcomeBonus as PaymentRule, { bonusPerSuccess: 100 });
    expect(Array.from(capped)).toEqual([1100, 1100, 1100, 1100]);
  });

  it('risk-adjusts a row by indirect standardisation', () => {
    const p = probe({ ...settings, riskAdjusted: true });
    p.setRow(0, 30, 1000, 10, 3, 2.5); // raw 0.3, expected 0.25 → (0.3 / 0.25) × 0.45
    p.pay(rules.perDiem as PaymentRule, {});
    expect(p.rows.observedRate[0]).toBeCloseTo((0.3 / 0.25) * 0.45, 12);
    expect(p.rows.expectedRate[0]).toBeCloseTo(0.25, 12);
  });
});
