/**
 * What a provider in one market segment can know when it plans a payment period: the cohort
 * model (need, age bands, sex), the measure's closed-form observation probabilities, whether
 * results are risk-adjusted, prices, costs and capacity. Built once per run from the run's
 * parameters; the true outcomes of the run are not in it.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { RunParams } from '../compile/drawRunParams.js';
import { observationModel, type ObservationModel } from '../measure/ObservationModel.js';
import { exp } from '../rng/exp.js';

export interface SegmentView {
  offset: number;
  count: number;
  a0: number;
  b: number;
  bandShift: Float64Array;
  bandShare: Float64Array;
  shareFemale: number;
  om: ObservationModel;
  riskAdjusted: boolean;
  /** The effect the municipality's expectation assumes (an average provider). */
  expectedEffect: number;
  /** Mean episode length in months (lognormal mean, at least one month). */
  meanLength: number;
  capacity: number;
  /** Referrals per month to the whole segment. */
  referralRate: number;
  pricePerDay: number;
  costPerClientMonth: number;
}

export function segmentViews(c: CompiledScenario, P: RunParams, om: ObservationModel, dose: number): SegmentView[] {
  // Pushed one by one, not Array.prototype.map: map occasionally returns a holey array (when
  // a GC interrupts its fast path), and a holey array deoptimises every kernel that reads it.
  const views: SegmentView[] = [];
  for (let g = 0; g < c.segments.length; g++) {
    const cs = c.segments[g];
    const sp = P.segments[g];
    const bandShare = new Float64Array(cs.ageCumulative.length);
    cs.ageCumulative.forEach((cum, i) => { bandShare[i] = cum - (i > 0 ? cs.ageCumulative[i - 1] : 0); });
    views.push({
      offset: cs.offset,
      count: cs.providers,
      a0: sp.baselineLogOdds,
      b: sp.needSlope,
      bandShift: cs.ageShift,
      bandShare,
      shareFemale: sp.shareFemale,
      // A district whose social workers assess differently sees the measure through its own model.
      om: sp.raterShift !== 0 ? observationModel(om.kind, P.measure, sp.raterShift) : om,
      riskAdjusted: Boolean(P.sections.riskAdjustment.enabled),
      expectedEffect: sp.qualityMean * dose,
      meanLength: Math.max(1, sp.episodeMedianMonths * exp((sp.episodeSdLog * sp.episodeSdLog) / 2)),
      capacity: sp.capacity,
      referralRate: sp.referralsPerProviderMonth * cs.providers,
      pricePerDay: sp.pricePerDay,
      costPerClientMonth: sp.costPerClientMonth,
    });
  }
  return views;
}
