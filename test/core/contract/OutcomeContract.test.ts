import { describe, expect, it } from 'vitest';
import { OutcomeContract } from '../../../src/core/contract/OutcomeContract.js';
import type { SocialOutcomesParams } from '../../../models/rules/socialOutcomes.js';

const p: SocialOutcomesParams = {
  pricePerOutcome: 1_000_000, baseline: 'comparisonGroup', comparisonGroupSize: 60, historicalBias: 0, historicalNoiseSd: 0,
  successThreshold: 0.05, investmentLimit: 10_000_000, returnCap: 0.2, paymentDates: 'end',
};

describe('OutcomeContract', () => {
  it('lets the investor pay invoices up to its commitment and the municipality the rest', () => {
    const c = new OutcomeContract(p, 1, 12, 0.3);
    expect(c.fund(6_000_000, 2)).toBe(0);
    expect(c.fund(6_000_000, 5)).toBe(2_000_000);
    expect(c.invested).toBe(10_000_000);
    expect(c.flows[2]).toBe(-6_000_000);
    expect(c.flows[5]).toBe(-4_000_000);
  });

  it('pays the price per outcome above the baseline once the threshold is passed', () => {
    const c = new OutcomeContract(p, 1, 12, 0.3);
    c.fund(5_000_000, 0);
    c.record(50, 17); // 0.34: 4 points above the baseline, under the 5-point threshold
    expect(c.settle(11)).toBe(0);
    const d = new OutcomeContract(p, 1, 12, 0.3);
    d.fund(5_000_000, 0);
    d.record(50, 19); // 0.38: 19 − 0.3·50 = 4 outcomes above the baseline
    expect(d.settle(11)).toBeCloseTo(4_000_000, 6);
    // Paid at the end of month 11, twelve months after the start.
    expect(d.flows[12]).toBeCloseTo(4_000_000, 6);
  });

  it('caps payments at the investment plus the return cap and never pays twice', () => {
    const c = new OutcomeContract(p, 1, 24, 0.1);
    c.fund(5_000_000, 0);
    c.record(50, 30); // 25 outcomes above: 25 MSEK due, capped at 6 MSEK
    expect(c.settle(11)).toBeCloseTo(6_000_000, 6);
    c.record(10, 10);
    expect(c.settle(23)).toBe(0);
    expect(c.returned).toBeCloseTo(6_000_000, 6);
  });

  it('pays nothing without a measurable baseline or measured clients', () => {
    const c = new OutcomeContract(p, 1, 12, NaN);
    c.fund(1, 0); c.record(10, 10);
    expect(c.settle(11)).toBe(0);
    const d = new OutcomeContract(p, 1, 12, 0.2);
    d.fund(1, 0);
    expect(d.settle(11)).toBe(0);
  });
});
