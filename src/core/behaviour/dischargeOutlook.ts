/**
 * A provider's expectation for one discharged client, in closed form: the probability that
 * the client is counted by the measure, that it is counted with a good outcome, and the
 * municipality's expected rate it adds to a risk-adjusted denominator. Need follows the given
 * weighted nodes (the referral mix, the accepted mix, or a posterior given what the provider
 * saw); age bands and sex follow the cohort model.
 */
import { logistic } from '../rng/logistic.js';
import { goodGivenCounted } from '../measure/ObservationModel.js';
import type { SegmentView } from './SegmentView.js';

export interface Outlook {
  counted: number;
  good: number;
  /** E[counted × the municipality's expected rate for the client]; 0 without risk adjustment. */
  expected: number;
}

/** Need nodes z[i] with weights w[at + i]. */
export function dischargeOutlook(v: SegmentView, effect: number, z: ArrayLike<number>, w: ArrayLike<number>, out: Outlook, at = 0): Outlook {
  const { om } = v;
  const ct0 = om.countedGivenTrue[0], ct1 = om.countedGivenTrue[1];
  let counted = 0, good = 0, expected = 0;
  for (let i = 0; i < z.length; i++) {
    const wi = w[at + i];
    if (wi === 0) continue;
    for (let a = 0; a < v.bandShare.length; a++) {
      const lin = v.a0 - v.b * z[i] + v.bandShift[a];
      const p = logistic(lin + effect);
      const weight = wi * v.bandShare[a];
      const c = p * ct1 + (1 - p) * ct0;
      counted += weight * c;
      for (let f = 0; f < 2; f++) {
        const share = f ? v.shareFemale : 1 - v.shareFemale;
        good += weight * share * (p * om.countedGoodGivenTrue[2 + f] + (1 - p) * om.countedGoodGivenTrue[f]);
        if (v.riskAdjusted) expected += weight * share * c * goodGivenCounted(om, logistic(lin + v.expectedEffect), f);
      }
    }
  }
  out.counted = counted; out.good = good; out.expected = expected;
  return out;
}
