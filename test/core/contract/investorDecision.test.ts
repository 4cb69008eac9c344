/**
 * The investor's due diligence: the expected outcome payment under a normal improvement is the
 * closed form E[min(a·D, C)·1{D ≥ θ}], checked against numerical integration; the investor
 * invests exactly when the expected multiple reaches (1 + hurdle)^years.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectedOutcomePayment, investorOutlook } from '../../../src/core/contract/investorDecision.js';
import { segmentViews } from '../../../src/core/behaviour/SegmentView.js';
import { drawRunParams } from '../../../src/core/compile/drawRunParams.js';
import { observationModel } from '../../../src/core/measure/ObservationModel.js';
import type { InvestorTerms } from '../../../src/core/model/PaymentRule.js';
import { compiledTestScenario } from '../../support/testScenario.js';

/** The same expectation by the midpoint rule over ±10 sd. */
function integrate(a: number, cap: number, theta: number, mu: number, sigma: number): number {
  const steps = 200_000, lo = mu - 10 * sigma, h = (20 * sigma) / steps;
  let sum = 0;
  for (let i = 0; i < steps; i++) {
    const d = lo + (i + 0.5) * h;
    if (d < theta) continue;
    const z = (d - mu) / sigma;
    sum += Math.min(a * d, cap) * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) / sigma * h;
  }
  return sum;
}

describe('investor decision', () => {
  it('expected payment equals numerical integration', () => {
    fc.assert(fc.property(
      fc.double({ min: 1e5, max: 1e8, noNaN: true }), fc.double({ min: 0, max: 2e7, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }),
      fc.double({ min: -0.2, max: 0.3, noNaN: true }), fc.double({ min: 0.005, max: 0.2, noNaN: true }),
      (a, cap, theta, mu, sigma) => {
        const exact = expectedOutcomePayment(a, cap, theta, mu, sigma);
        // The closed form's normal CDF is accurate to about 1.2e-7 relative.
        expect(Math.abs(exact - integrate(a, cap, theta, mu, sigma))).toBeLessThanOrEqual(1e-6 * Math.max(cap, a * sigma) + 1e-6);
      },
    ), { numRuns: 40 });
  });

  it('without noise pays min(a·μ, C) from the threshold up, nothing below', () => {
    expect(expectedOutcomePayment(1e6, 5e5, 0.05, 0.1, 0)).toBe(1e5);
    expect(expectedOutcomePayment(1e7, 5e5, 0.05, 0.1, 0)).toBe(5e5);
    expect(expectedOutcomePayment(1e7, 5e5, 0.05, 0.04, 0)).toBe(0);
  });

  it('invests exactly when the expected multiple reaches (1 + hurdle)^years', () => {
    const c = compiledTestScenario({ horizonMonths: 36, segments: [{ service: 'tfco', providers: 2 }], payment: { rule: 'socialOutcomes' } });
    const P = drawRunParams(c, 0);
    const views = segmentViews(c, P, observationModel(c.measure.model.kind, P.measure), 1);
    const terms = P.rule as unknown as InvestorTerms;
    const quality = P.segments.map((g) => g.qualitySd);
    const at = (h: number) => investorOutlook(terms, views, quality, 1, 36, 0, h);
    const base = at(0);
    expect(base.multiple).toBeGreaterThan(0);
    expect(base.multiple).toBeLessThanOrEqual(1 + terms.returnCap + 1e-12);
    // The hurdle at which the multiple is just enough: a hair below invests, a hair above declines.
    const breakEven = Math.pow(base.multiple, 12 / 36) - 1;
    if (breakEven > 1e-6) expect(at(breakEven * (1 - 1e-6)).invests).toBe(true);
    expect(at(breakEven + 1e-6).invests).toBe(false);
    expect(at(breakEven + 1e-6).required).toBeCloseTo(Math.pow(1 + breakEven + 1e-6, 3), 12);
  });
});
