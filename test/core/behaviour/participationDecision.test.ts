/**
 * The participation decision in closed form: a provider with a known payment mean and spread
 * stays, re-prices or leaves exactly as the formula says, and the premium it asks restores its
 * reservation margin exactly, is never negative and never above the cap.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideParticipation, neededPremium, type ParticipationTerms, type PeriodOutlook } from '../../../src/core/behaviour/participationDecision.js';

const terms = (over: Partial<ParticipationTerms> = {}): ParticipationTerms => ({ periodMonths: 3, reservationMargin: 0.1, riskAversion: 0, capPerDay: 10, ...over });

describe('participation decision', () => {
  it('stays when the margin after the risk charge reaches the reservation margin', () => {
    // (E − cost)/E = 150/1000 = 15 % ≥ 10 %.
    expect(decideParticipation({ expectedPay: 1000, sdPay: 0, cost: 850, clientDays: 10 }, terms())).toEqual({ choice: 'stay', premiumPerDay: 0 });
  });

  it('re-prices by (r·E − (E − cost)) / ((1 − r)·days) when that is within the cap', () => {
    // Shortfall 0.1·1000 − 50 = 50 kronor over 10 days at (1 − 0.1): 50 / 9 a day.
    const d = decideParticipation({ expectedPay: 1000, sdPay: 0, cost: 950, clientDays: 10 }, terms());
    expect(d.choice).toBe('reprice');
    expect(d.premiumPerDay).toBeCloseTo(50 / 9, 12);
  });

  it('leaves when the premium it needs is above the cap', () => {
    expect(decideParticipation({ expectedPay: 1000, sdPay: 0, cost: 950, clientDays: 10 }, terms({ capPerDay: 5 }))).toEqual({ choice: 'exit', premiumPerDay: 0 });
  });

  it('charges λ·SD/√(periods a year) for the risk: a quarter with SD 200 at λ = 0.5 costs 50 kronor', () => {
    // Without risk the provider is exactly at its margin (150 − 50 = 100 = 0.1·1000); with it, 50 short.
    const o: PeriodOutlook = { expectedPay: 1000, sdPay: 200, cost: 900, clientDays: 10 };
    expect(neededPremium({ ...o, sdPay: 0 }, terms())).toBeCloseTo(0, 12);
    expect(neededPremium(o, terms({ riskAversion: 0.5 }))).toBeCloseTo(50 / 9, 12);
    // The same yearly risk settled once a year: SD of the year's payment is 2·200, charged 0.5·400/1.
    expect(neededPremium({ ...o, expectedPay: 4000, cost: 3600, sdPay: 400, clientDays: 40 }, terms({ periodMonths: 12, riskAversion: 0.5 }))).toBeCloseTo(200 / 36, 12);
  });

  const outlook = fc.record({
    expectedPay: fc.double({ min: 0, max: 1e7, noNaN: true }), sdPay: fc.double({ min: 0, max: 1e6, noNaN: true }),
    cost: fc.double({ min: 0, max: 1e7, noNaN: true }), clientDays: fc.double({ min: 1, max: 1e4, noNaN: true }),
  });
  const termsArb = fc.record({
    periodMonths: fc.constantFrom(1, 3, 12), reservationMargin: fc.double({ min: 0, max: 0.5, noNaN: true }),
    riskAversion: fc.double({ min: 0, max: 3, noNaN: true }), capPerDay: fc.double({ min: 0, max: 2000, noNaN: true }),
  });

  it('never asks a negative premium or one above the cap, and leaves exactly when the need exceeds the cap', () => {
    fc.assert(fc.property(outlook, termsArb, (o, t) => {
      const d = decideParticipation(o, t);
      const need = neededPremium(o, t);
      expect(d.premiumPerDay).toBeGreaterThanOrEqual(0);
      expect(d.premiumPerDay).toBeLessThanOrEqual(t.capPerDay);
      expect(d.choice).toBe(!(need > 0) ? 'stay' : need > t.capPerDay ? 'exit' : 'reprice');
    }), { numRuns: 500 });
  });

  it('a re-pricing provider gets exactly its reservation margin after the risk charge', () => {
    fc.assert(fc.property(outlook, termsArb, (o, t) => {
      const d = decideParticipation(o, t);
      if (d.choice !== 'reprice') return;
      const f = 12 / t.periodMonths;
      const revenue = o.expectedPay + d.premiumPerDay * o.clientDays;
      const certaintyEquivalent = f * (revenue - o.cost) - t.riskAversion * Math.sqrt(f) * o.sdPay;
      expect(certaintyEquivalent).toBeCloseTo(t.reservationMargin * f * revenue, 9 - Math.ceil(Math.log10(Math.max(1, f * revenue))));
    }), { numRuns: 500 });
  });
});
