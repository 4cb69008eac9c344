import { describe, expect, it } from 'vitest';
import { annualIrr, npv, IRR_BRACKET } from '../../../src/core/contract/annualIrr.js';

const flows = (length: number, entries: Record<number, number>): Float64Array => {
  const f = new Float64Array(length);
  for (const [m, v] of Object.entries(entries)) f[Number(m)] = v;
  return f;
};

describe('annualIrr', () => {
  it('recovers the rate of a single investment and repayment', () => {
    // 100 in at the start, 121 back 24 months later: 10 % a year.
    expect(annualIrr(flows(25, { 0: -100, 24: 121 }))).toBeCloseTo(0.1, 9);
    expect(annualIrr(flows(13, { 0: -100, 12: 80 }))).toBeCloseTo(-0.2, 9);
  });

  it('solves NPV = 0 for monthly investments and two payments', () => {
    const f = new Float64Array(36);
    for (let m = 0; m < 36; m++) f[m] -= 200_000;
    f[23] += 3_000_000; f[35] += 6_000_000;
    const r = annualIrr(f);
    expect(Math.abs(npv(f, r))).toBeLessThan(1e-3);
    expect(r).toBeGreaterThan(IRR_BRACKET.low);
  });

  it('is −100 % when nothing comes back, and not measurable without an investment or a root in the bracket', () => {
    expect(annualIrr(flows(36, { 0: -100 }))).toBe(-1);
    expect(annualIrr(flows(36, {}))).toBeNaN();
    expect(annualIrr(flows(36, { 5: 100 }))).toBeNaN();
    // 1,000,000-fold in one month: far above +1000 % a year.
    expect(annualIrr(flows(2, { 0: -1, 1: 1e6 }))).toBeNaN();
  });

  it('dates an outlay and its return in the same month a month apart: 1 % a month is 1.01^12 − 1 a year', () => {
    // The investor pays 100 at the start of month 5 and is paid 101 at its end (OutcomeContract's dates).
    const r = annualIrr(flows(7, { 5: -100, 6: 101 }));
    expect(r).toBeCloseTo(Math.pow(1.01, 12) - 1, 9);
  });

  it('matches the closed form of a level annuity: 12 monthly outlays, one return a year after the first', () => {
    // −P at months 0..11 and A at month 12 with A = P·Σ_{k=1..12} (1 + i)^k for a monthly rate i.
    const i = 0.005, P = 1_000;
    let A = 0;
    for (let k = 1; k <= 12; k++) A += P * Math.pow(1 + i, k);
    const f = new Float64Array(13);
    for (let m = 0; m < 12; m++) f[m] = -P;
    f[12] = A;
    expect(annualIrr(f)).toBeCloseTo(Math.pow(1 + i, 12) - 1, 9);
  });
});
