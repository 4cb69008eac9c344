/**
 * A provider's closed-form expectation for one discharge against a simulation of the same
 * clients through the measure, with a tolerance of 4 Monte Carlo standard errors.
 */
import { describe, expect, it } from 'vitest';
import { dischargeOutlook } from '../../../src/core/behaviour/dischargeOutlook.js';
import { NEED_NODES } from '../../../src/core/behaviour/SegmentPlan.js';
import type { SegmentView } from '../../../src/core/behaviour/SegmentView.js';
import { observationModel, goodGivenCounted } from '../../../src/core/measure/ObservationModel.js';
import { measureSpecs } from '../../../models/index.js';
import { defaultsOf } from '../../../src/core/model/ParamSpec.js';
import type { MeasureParams } from '../../../src/core/model/MeasureModel.js';
import { logistic } from '../../../src/core/rng/logistic.js';
import { normalQuantile } from '../../../src/core/rng/normalQuantile.js';
import { Stream } from '../../../src/core/rng/Stream.js';

const rating = { ...defaultsOf(measureSpecs), responseRate: 0.5, unhappyResponseRatio: 0.6, dontKnowShare: 0.1, ceiling: 0.1, sexGap: 0.2 } as MeasureParams;

function view(riskAdjusted: boolean): SegmentView {
  return {
    offset: 0, count: 1, a0: -0.6, b: 0.8, bandShift: Float64Array.of(0.1, -0.2), bandShare: Float64Array.of(0.4, 0.6), shareFemale: 0.45,
    om: observationModel('rating', rating), riskAdjusted, expectedEffect: 0.5, meanLength: 6, capacity: 10, referralRate: 10, pricePerDay: 1000, costPerClientMonth: 1,
  };
}

describe('dischargeOutlook', () => {
  it('agrees with a simulation of the clients and the measure', () => {
    const v = view(true);
    const effect = 0.7;
    const o = dischargeOutlook(v, effect, NEED_NODES.x, NEED_NODES.w, { counted: 0, good: 0, expected: 0 });
    const stream = new Stream('outlook-test');
    const n = 200_000;
    let counted = 0, good = 0, expected = 0, expectedSq = 0;
    for (let i = 0; i < n; i++) {
      const z = normalQuantile(stream.next());
      const band = stream.next() < v.bandShare[0] ? 0 : 1;
      const female = stream.next() < v.shareFemale ? 1 : 0;
      const lin = v.a0 - v.b * z + v.bandShift[band];
      const y = stream.next() < logistic(lin + effect) ? 1 : 0;
      const isCounted = stream.next() < v.om.countedGivenTrue[y];
      if (!isCounted) continue;
      counted++;
      if (stream.next() < v.om.countedGoodGivenTrue[2 * y + female] / v.om.countedGivenTrue[y]) good++;
      const e = goodGivenCounted(v.om, logistic(lin + v.expectedEffect), female);
      expected += e; expectedSq += e * e;
    }
    const se = (p: number): number => Math.sqrt((p * (1 - p)) / n);
    expect(Math.abs(counted / n - o.counted)).toBeLessThan(4 * se(o.counted));
    expect(Math.abs(good / n - o.good)).toBeLessThan(4 * se(o.good));
    const meanE = expected / n, seE = Math.sqrt(expectedSq / n - meanE * meanE) / Math.sqrt(n);
    expect(Math.abs(meanE - o.expected)).toBeLessThan(4 * seE + 1e-4);
  });

  it('adds no expected rate without risk adjustment, and a better provider expects more', () => {
    const v = view(false);
    const low = dischargeOutlook(v, 0, NEED_NODES.x, NEED_NODES.w, { counted: 0, good: 0, expected: 0 });
    const high = { ...dischargeOutlook(v, 1, NEED_NODES.x, NEED_NODES.w, { counted: 0, good: 0, expected: 0 }) };
    expect(low.expected).toBe(0);
    expect(high.good / high.counted).toBeGreaterThan(low.good / low.counted);
  });
});
