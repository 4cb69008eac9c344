/**
 * The social outcomes contract: the investor's ledger per run, its multiple, IRR and
 * loss, the cap on payments, and payments for outcomes that would have happened anyway.
 */
import { describe, expect, it } from 'vitest';
import { BASE, simulate } from './behaviourRun.js';

const contract = (params: object, quality = { qualityMean: 0.5, qualitySd: 0.3 }): object => ({
  ...BASE, runs: 200, market: 'redrawn', care: { warmUpMonths: 0 },
  segments: [{ service: 'tfco', providers: 1, params: { referralsPerProviderMonth: 1.7, capacity: 40, pricePerDay: 500, costPerClientMonth: 13500, fixedCostPerMonth: 20000, ...quality } }],
  measure: { model: 'tfcoLighter', params: { lagMonths: '6' } },
  payment: { rule: 'socialOutcomes', params: { pricePerOutcome: 2000000, investmentLimit: 10000000, returnCap: 0.2, ...params }, settings: { period: 'year' } },
});

describe('social outcomes contract', () => {
  it('keeps the investor’s ledger: multiple, loss, cap and IRR agree run by run', () => {
    const r = simulate(contract({}));
    const invested = r.column('investor.invested'), returned = r.column('investor.returned');
    const multiple = r.column('investor.multiple'), loss = r.column('investor.lossProbability'), irr = r.column('investor.irr');
    const payments = r.column('purchaser.payments');
    for (let i = 0; i < invested.length; i++) {
      expect(invested[i]).toBeGreaterThan(0);
      expect(invested[i]).toBeLessThanOrEqual(10_000_000);
      expect(multiple[i]).toBeCloseTo(returned[i] / invested[i], 12);
      expect(multiple[i]).toBeLessThanOrEqual(1.2 + 1e-12);
      expect(loss[i]).toBe(returned[i] < invested[i] ? 1 : 0);
      // The municipality pays the outcome payments; the service itself only where it cost more than the commitment.
      if (invested[i] < 10_000_000) expect(payments[i]).toBeCloseTo(returned[i], 6);
      else expect(payments[i]).toBeGreaterThan(returned[i]);
      if (returned[i] === 0) expect(irr[i]).toBe(-1);
      // Money back exactly equal to money in has an IRR of 0 (up to the bisection's tolerance).
      else if (Math.abs(multiple[i] - 1) < 1e-9) expect(Math.abs(irr[i])).toBeLessThan(1e-6);
      else expect(Math.sign(irr[i])).toBe(Math.sign(multiple[i] - 1));
    }
    // Loss probability across runs is the mean of the per-run indicator.
    expect(r.mean('investor.lossProbability')).toBeCloseTo(loss.reduce((a, b) => a + b, 0) / loss.length, 12);
  });

  it('pays for luck more often against a noisy historical rate when the service does little', () => {
    const fair = simulate(contract({ baseline: 'comparisonGroup' }));
    const lucky = simulate(contract({ baseline: 'historical', historicalNoiseSd: 0.08 }, { qualityMean: 0.1, qualitySd: 0.3 }));
    const p = lucky.mean('investor.paidWithoutEffect'), q = fair.mean('investor.paidWithoutEffect');
    const se = Math.sqrt((p * (1 - p)) / 200 + (q * (1 - q)) / 200);
    expect(p - q).toBeGreaterThan(4 * se);
  });

  it('pays earlier with payment dates each period, and more with a higher price', () => {
    const atEnd = simulate(contract({ paymentDates: 'end' }));
    const yearly = simulate(contract({ paymentDates: 'eachPeriod' }));
    const dear = simulate(contract({ pricePerOutcome: 4000000 }));
    expect(dear.mean('investor.returned')).toBeGreaterThan(atEnd.mean('investor.returned'));
    // Same outcomes, same cap; yearly dates can only add payments made against early results.
    expect(yearly.mean('investor.returned')).toBeGreaterThanOrEqual(atEnd.mean('investor.returned') - 1e-6);
  });

  it('reports no investor figures without a contract', () => {
    const r = simulate(BASE);
    for (const id of ['investor.invested', 'investor.multiple', 'investor.irr', 'investor.lossProbability', 'investor.paidWithoutEffect'] as const) expect(r.summary.metrics[id].n, id).toBe(0);
  });
});
