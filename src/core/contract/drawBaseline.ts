/**
 * The contract's comparison baseline, drawn once per run from a stream of its own:
 *  - comparison group: n comparable clients without the service, drawn from the same cohort
 *    model (segment in proportion to its referrals, need, age band, sex), their outcome with
 *    the counterfactual chance p0 and observed through the same measure — a rate with the
 *    sampling noise of n clients;
 *  - historical: the true counterfactual observed rate (closed form) plus a bias and noise.
 */
import type { InvestorTerms } from '../model/PaymentRule.js';
import { dischargeOutlook } from '../behaviour/dischargeOutlook.js';
import { NEED_NODES } from '../behaviour/SegmentPlan.js';
import type { SegmentView } from '../behaviour/SegmentView.js';
import { logistic } from '../rng/logistic.js';
import { normalQuantile } from '../rng/normalQuantile.js';
import type { Stream } from '../rng/Stream.js';

export function drawBaseline(p: InvestorTerms, views: readonly SegmentView[], stream: Stream): number {
  const total = views.reduce((sum, v) => sum + v.referralRate, 0);
  if (p.baseline === 'historical') {
    let rate = 0;
    const o = { counted: 0, good: 0, expected: 0 };
    for (const v of views) {
      dischargeOutlook(v, 0, NEED_NODES.x, NEED_NODES.w, o);
      rate += (total > 0 ? v.referralRate / total : 1 / views.length) * (o.counted > 0 ? o.good / o.counted : 0);
    }
    return Math.min(1, Math.max(0, rate + p.historicalBias + p.historicalNoiseSd * normalQuantile(stream.next())));
  }
  let counted = 0, good = 0;
  for (let i = 0; i < p.comparisonGroupSize; i++) {
    // Six draws per comparison client, always.
    const us = stream.next(), uf = stream.next(), ua = stream.next(), uz = stream.next(), uy = stream.next(), um = stream.next();
    let g = 0, acc = total > 0 ? views[0].referralRate / total : 1;
    while (g < views.length - 1 && us > acc) { g++; acc += views[g].referralRate / total; }
    const v = views[g];
    const female = uf < v.shareFemale ? 1 : 0;
    let band = 0, cum = v.bandShare[0];
    while (band < v.bandShare.length - 1 && ua > cum) { band++; cum += v.bandShare[band]; }
    const y = uy < logistic(v.a0 - v.b * normalQuantile(uz) + v.bandShift[band]) ? 1 : 0;
    const pCounted = v.om.countedGivenTrue[y];
    if (um >= pCounted) continue;
    counted++;
    // Given counted, good with P(counted and good | y, sex) / P(counted | y): reuse the same uniform, rescaled.
    if (um < v.om.countedGoodGivenTrue[2 * y + female]) good++;
  }
  return counted > 0 ? good / counted : NaN;
}
