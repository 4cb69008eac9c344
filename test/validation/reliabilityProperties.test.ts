/**
 * Properties of reliability (docs/model.md §5, §7), on the closed form
 * R = Var_δ τ / (Var_δ τ + E_δ[τ(1 − τ)/n_counted]) so they are exact and fast (see
 * test/support/reliabilityClosedForm.ts; the closed form itself is validated against the
 * kernel's test–retest correlations in reliability.test.ts):
 *  - more measurement noise never raises reliability: lower validity, sensitivity or
 *    specificity, more rating or inter-rater noise, a stronger ceiling, a lower response rate;
 *  - more clients per provider and period never lower it.
 * Each holds where the measure is informative (sensitivity + specificity ≥ 1) and the
 * thresholds lie inside (0, 1) for both sexes. Outside that region the model shows a real
 * exception, documented by the last test: when a sex gap pushes the rating threshold beyond
 * the signal's range, some noise lets the rating respond to the outcome again ("stochastic
 * resonance"), and reliability rises with noise.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureSpecs, type MeasureKind } from '../../models/index.js';
import { defaultsOf } from '../../src/core/model/ParamSpec.js';
import type { MeasureParams } from '../../src/core/model/MeasureModel.js';
import { observationModel } from '../../src/core/measure/ObservationModel.js';
import { cohortOf } from '../support/cohortClosedForms.js';
import { reliabilityClosedForm } from '../support/reliabilityClosedForm.js';

const cohort = cohortOf('hvbYouth');
const markets = fc.constantFrom({ qualityMean: 0.6, qualitySd: 0.3 }, { qualityMean: 0, qualitySd: 0.8 }, { qualityMean: 1.5, qualitySd: 0.15 });
const d = (min: number, max: number): fc.Arbitrary<number> => fc.double({ min, max, noNaN: true });
const RUNS = { numRuns: 150 };

function R(kind: MeasureKind, p: Partial<MeasureParams>, market: { qualityMean: number; qualitySd: number }, n = 30): number {
  return reliabilityClosedForm({ om: observationModel(kind, { ...defaultsOf(measureSpecs), ...p }), cohort, ...market, shareFemale: 0.4, n });
}

/** Asserts R(noisier) ≤ R(cleaner) for a pair of values of one parameter. */
function noisierIsNoBetter(kind: MeasureKind, name: keyof MeasureParams, arb: fc.Arbitrary<number>, noisier: 'lower' | 'higher', rest: fc.Arbitrary<Partial<MeasureParams>> = fc.constant({})): void {
  fc.assert(fc.property(arb, arb, rest, markets, (a, b, others, market) => {
    const [noisy, clean] = (noisier === 'lower') === (a < b) ? [a, b] : [b, a];
    const rNoisy = R(kind, { ...others, [name]: noisy }, market);
    const rClean = R(kind, { ...others, [name]: clean }, market);
    expect(rNoisy).toBeLessThanOrEqual(rClean + 1e-12);
  }), RUNS);
}

describe('reliability: more measurement noise never raises it', () => {
  it('binary: lower validity', () => noisierIsNoBetter('binary', 'validity', d(0, 1), 'lower', fc.record({ otherwiseRate: d(0, 1) })));
  it('binary: lower sensitivity', () => noisierIsNoBetter('binary', 'sensitivity', d(0.5, 1), 'lower', fc.record({ specificity: d(0.5, 1) })));
  it('binary: lower specificity', () => noisierIsNoBetter('binary', 'specificity', d(0.5, 1), 'lower', fc.record({ sensitivity: d(0.5, 1) })));
  it('rating: lower validity (non-response ratio ≥ ½)', () => noisierIsNoBetter('rating', 'validity', d(0, 1), 'lower', fc.record({ otherwiseRate: d(0.1, 0.9), unhappyResponseRatio: d(0.5, 1) })));
  it('rating: more rating noise (|sex gap| < ½)', () => noisierIsNoBetter('rating', 'ratingNoiseSd', d(0, 3), 'higher', fc.record({ sexGap: d(-0.49, 0.49), ceiling: d(0, 0.5), unhappyResponseRatio: d(0.3, 1) })));
  it('rating: a stronger ceiling effect', () => noisierIsNoBetter('rating', 'ceiling', d(0, 0.9), 'higher'));
  it('rating: a lower response rate', () => noisierIsNoBetter('rating', 'responseRate', d(0.01, 1), 'lower', fc.record({ unhappyResponseRatio: d(0, 1) })));
  it('assessment: more inter-rater noise (thresholds inside (0, 1) for both sexes)', () => noisierIsNoBetter('assessment', 'interRaterSd', d(0, 3), 'higher', fc.record({ genderBias: d(-0.24, 0.24), validity: d(0.3, 1) })));
});

describe('reliability: more clients never lower it', () => {
  it('R(n) is non-decreasing in n for every measure kind', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }), fc.constantFrom<MeasureKind>('binary', 'rating', 'assessment'), markets, (a, b, kind, market) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      expect(R(kind, {}, market, lo)).toBeLessThanOrEqual(R(kind, {}, market, hi) + 1e-12);
    }), RUNS);
  });

  it('tends to 1 as n grows and to 0 as n shrinks to nothing', () => {
    const market = { qualityMean: 0.6, qualitySd: 0.3 };
    expect(R('binary', {}, market, 1e7)).toBeGreaterThan(0.99);
    expect(R('binary', {}, market, 1e-4)).toBeLessThan(0.01);
  });
});

describe('reliability: the documented exception', () => {
  it('with a sex gap of 0.8 (threshold beyond the signal for girls and women) a little noise raises it', () => {
    const market = { qualityMean: 0.6, qualitySd: 0.3 };
    const quiet = R('rating', { sexGap: 0.8, ratingNoiseSd: 0.05 }, market);
    const noisier = R('rating', { sexGap: 0.8, ratingNoiseSd: 0.2 }, market);
    expect(noisier).toBeGreaterThan(quiet);
    // Without the gap the usual order holds.
    expect(R('rating', { sexGap: 0, ratingNoiseSd: 0.2 }, market)).toBeLessThan(R('rating', { sexGap: 0, ratingNoiseSd: 0.05 }, market));
  });
});
