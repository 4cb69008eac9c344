import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureSpecs, type MeasureKind } from '../../../models/index.js';
import { defaultsOf } from '../../../src/core/model/ParamSpec.js';
import type { MeasureParams } from '../../../src/core/model/MeasureModel.js';
import { goodGivenCounted, observationModel, ASSESSMENT_THRESHOLDS, RATING_THRESHOLD } from '../../../src/core/measure/ObservationModel.js';
import { normalQuantile } from '../../../src/core/rng/normalQuantile.js';
import { streamFor } from '../../../src/core/rng/Stream.js';
import { expectWithinSE, familyK } from '../../support/monteCarlo.js';
import { normalTailByIntegration } from '../../support/expectOverNormal.js';

const params = (p: Partial<MeasureParams>): MeasureParams => ({ ...defaultsOf(measureSpecs), ...p });

/**
 * First principles, written from docs/model.md §5 and the ObservationModel comment:
 * P(S = 1 | Y) = v·Y + (1 − v)·o; counted with P(respond | S)·(1 − don't know);
 * recorded good by kind. Threshold tails by numeric integration of the normal density.
 */
function firstPrinciples(kind: MeasureKind, p: MeasureParams, y: number, female: number): { counted: number; countedGood: number } {
  const pS1 = p.validity * y + (1 - p.validity) * p.otherwiseRate;
  const respond = (s: number): number => (kind === 'rating' ? (s ? p.responseRate : p.responseRate * p.unhappyResponseRatio) * (1 - p.dontKnowShare) : 1);
  const good = (s: number): number => {
    if (kind === 'binary') return s ? p.sensitivity : 1 - p.specificity;
    const threshold = kind === 'rating' ? 0.5 : p.successLevel === 'veryGood' ? 0.75 : 0.25;
    const shift = kind === 'rating' ? -p.sexGap * female : -p.genderBias * female;
    const sd = kind === 'rating' ? p.ratingNoiseSd : p.interRaterSd;
    const x = s + shift - threshold;
    const tail = sd === 0 ? (x > 0 ? 1 : 0) : normalTailByIntegration(-x / sd);
    return kind === 'rating' ? p.ceiling + (1 - p.ceiling) * tail : tail;
  };
  return {
    counted: pS1 * respond(1) + (1 - pS1) * respond(0),
    countedGood: pS1 * respond(1) * good(1) + (1 - pS1) * respond(0) * good(0),
  };
}

const CASES: Array<[MeasureKind, Partial<MeasureParams>]> = [
  ['binary', { validity: 0.6, otherwiseRate: 0.35, sensitivity: 0.9, specificity: 0.8 }],
  ['binary', { validity: 1, sensitivity: 1, specificity: 1 }],
  ['rating', { validity: 0.8, otherwiseRate: 0.6, responseRate: 0.45, unhappyResponseRatio: 0.7, dontKnowShare: 0.08, ratingNoiseSd: 0.6, ceiling: 0.15, sexGap: 0.3 }],
  ['rating', { ratingNoiseSd: 0, ceiling: 0, sexGap: 0 }],
  ['assessment', { validity: 0.8, otherwiseRate: 0.5, interRaterSd: 0.35, genderBias: 0.2, successLevel: 'approved' }],
  ['assessment', { validity: 0.9, otherwiseRate: 0.3, interRaterSd: 0.5, genderBias: -0.1, successLevel: 'veryGood' }],
];

describe('observationModel', () => {
  it('uses the documented thresholds', () => {
    expect(RATING_THRESHOLD).toBe(0.5);
    expect(ASSESSMENT_THRESHOLDS).toEqual({ approved: 0.25, veryGood: 0.75 });
  });

  for (const [kind, p] of CASES) {
    it(`${kind} ${JSON.stringify(p)}: conditional probabilities equal first principles`, () => {
      const mp = params(p);
      const om = observationModel(kind, mp);
      for (let y = 0; y < 2; y++) {
        const fp0 = firstPrinciples(kind, mp, y, 0);
        expect(om.countedGivenTrue[y]).toBeCloseTo(fp0.counted, 12);
        for (let f = 0; f < 2; f++) {
          const fp = firstPrinciples(kind, mp, y, f);
          // normalCdf inside the model is accurate to ~1e-7 absolute.
          expect(Math.abs(om.countedGoodGivenTrue[2 * y + f] - fp.countedGood)).toBeLessThan(2e-7);
        }
      }
    });
  }

  it('goodGivenCounted is the ratio of counted-good to counted, linear in the client\'s p', () => {
    const om = observationModel('rating', params(CASES[2][1]));
    for (const p of [0, 0.2, 0.5, 0.9, 1]) {
      for (let f = 0; f < 2; f++) {
        const num = p * om.countedGoodGivenTrue[2 + f] + (1 - p) * om.countedGoodGivenTrue[f];
        const den = p * om.countedGivenTrue[1] + (1 - p) * om.countedGivenTrue[0];
        expect(goodGivenCounted(om, p, f)).toBeCloseTo(num / den, 14);
      }
    }
    // Nobody counted: 0, not NaN.
    expect(goodGivenCounted(observationModel('rating', params({ responseRate: 0 })), 0.5, 0)).toBe(0);
  });

  for (const [kind, p] of CASES) {
    it(`${kind} ${JSON.stringify(p)}: simulating the documented process reproduces the closed forms`, () => {
      const mp = params(p);
      const om = observationModel(kind, mp);
      const n = 40_000;
      const s = streamFor(31, 0, `obs-${kind}-${JSON.stringify(p)}`);
      const k = familyK(8);
      for (let y = 0; y < 2; y++) {
        for (let f = 0; f < 2; f++) {
          let counted = 0, good = 0;
          for (let i = 0; i < n; i++) {
            const signal = s.next() < mp.validity ? y : s.next() < mp.otherwiseRate ? 1 : 0;
            let isCounted = true, isGood: boolean;
            if (kind === 'binary') isGood = s.next() < (signal ? mp.sensitivity : 1 - mp.specificity);
            else {
              if (kind === 'rating') isCounted = s.next() < (signal ? om.respondGood : om.respondPoor) && s.next() >= om.dontKnow;
              isGood = (kind === 'rating' && s.next() < om.ceiling) || signal + f * om.femaleShift - om.threshold + om.noiseSd * normalQuantile(s.next()) > 0;
            }
            if (isCounted) { counted++; if (isGood) good++; }
          }
          const pc = om.countedGivenTrue[y], pg = om.countedGoodGivenTrue[2 * y + f];
          expectWithinSE(`P(counted | Y=${y})`, counted / n, pc, Math.sqrt((pc * (1 - pc)) / n), k);
          expectWithinSE(`P(counted and good | Y=${y}, female=${f})`, good / n, pg, Math.sqrt((pg * (1 - pg)) / n), k);
        }
      }
    });
  }

  it('is informative for every shipped-range measure whose noise does not reverse it: P(good | Y=1) ≥ P(good | Y=0)', () => {
    const prob = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(fc.property(prob, prob, prob, prob, fc.double({ min: 0, max: 3, noNaN: true }), (validity, otherwiseRate, sensitivity, specificity, noise) => {
      fc.pre(sensitivity + specificity >= 1);
      for (const kind of ['binary', 'rating', 'assessment'] as const) {
        const om = observationModel(kind, params({ validity, otherwiseRate, sensitivity, specificity, ratingNoiseSd: noise, interRaterSd: noise, sexGap: 0, genderBias: 0 }));
        for (let f = 0; f < 2; f++) expect(goodGivenCounted(om, 1, f)).toBeGreaterThanOrEqual(goodGivenCounted(om, 0, f) - 1e-12);
      }
    }), { numRuns: 200 });
  });
});
