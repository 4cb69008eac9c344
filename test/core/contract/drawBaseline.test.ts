/**
 * The comparison baseline: a comparison group's rate is unbiased for the true counterfactual
 * observed rate, with binomial noise; a historical rate is the truth plus its bias and noise.
 * Tolerances are 4 Monte Carlo standard errors of the number of draws.
 */
import { describe, expect, it } from 'vitest';
import { drawBaseline } from '../../../src/core/contract/drawBaseline.js';
import { dischargeOutlook } from '../../../src/core/behaviour/dischargeOutlook.js';
import { NEED_NODES } from '../../../src/core/behaviour/SegmentPlan.js';
import type { SegmentView } from '../../../src/core/behaviour/SegmentView.js';
import { observationModel } from '../../../src/core/measure/ObservationModel.js';
import { measureSpecs } from '../../../models/index.js';
import { defaultsOf } from '../../../src/core/model/ParamSpec.js';
import type { MeasureParams } from '../../../src/core/model/MeasureModel.js';
import { Stream } from '../../../src/core/rng/Stream.js';
import type { SocialOutcomesParams } from '../../../models/rules/socialOutcomes.js';

const v: SegmentView = {
  offset: 0, count: 1, a0: -0.7, b: 0.8, bandShift: Float64Array.of(0.05, 0), bandShare: Float64Array.of(0.45, 0.55), shareFemale: 0.45,
  om: observationModel('binary', { ...defaultsOf(measureSpecs), validity: 0.7, otherwiseRate: 0.4, sensitivity: 0.97, specificity: 0.97 } as MeasureParams),
  riskAdjusted: false, expectedEffect: 0, meanLength: 9, capacity: 40, referralRate: 1.7, pricePerDay: 500, costPerClientMonth: 1,
};
const o = dischargeOutlook(v, 0, NEED_NODES.x, NEED_NODES.w, { counted: 0, good: 0, expected: 0 });
const truth = o.good / o.counted;
const params = (over: Partial<SocialOutcomesParams>): SocialOutcomesParams => ({
  pricePerOutcome: 1, baseline: 'comparisonGroup', comparisonGroupSize: 60, historicalBias: 0, historicalNoiseSd: 0.05,
  successThreshold: 0, investmentLimit: 1, returnCap: 0, paymentDates: 'end', ...over,
});

function draws(p: SocialOutcomesParams, n: number): { mean: number; sd: number } {
  let sum = 0, sq = 0;
  for (let r = 0; r < n; r++) {
    const x = drawBaseline(p, [v], new Stream(`baseline|${r}`));
    sum += x; sq += x * x;
  }
  const mean = sum / n;
  return { mean, sd: Math.sqrt(sq / n - mean * mean) };
}

describe('drawBaseline', () => {
  it('draws a comparison group whose rate is unbiased, with binomial noise', () => {
    const n = 4000;
    const { mean, sd } = draws(params({ comparisonGroupSize: 60 }), n);
    const binomialSd = Math.sqrt((truth * (1 - truth)) / 60);
    expect(Math.abs(mean - truth)).toBeLessThan(4 * (binomialSd / Math.sqrt(n)));
    expect(sd).toBeGreaterThan(0.9 * binomialSd);
    expect(sd).toBeLessThan(1.1 * binomialSd);
  });

  it('draws a historical rate with its own bias and noise', () => {
    const n = 4000;
    const { mean, sd } = draws(params({ baseline: 'historical', historicalBias: -0.03, historicalNoiseSd: 0.05 }), n);
    expect(Math.abs(mean - (truth - 0.03))).toBeLessThan(4 * (0.05 / Math.sqrt(n)));
    expect(Math.abs(sd - 0.05)).toBeLessThan(4 * (0.05 / Math.sqrt(2 * n)));
  });
});
