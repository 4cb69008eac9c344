/**
 * Effort: each provider of a segment picks, from an evenly spaced grid in [0, 1], the extra
 * effort that maximises its expected margin for the coming period — the rule's expected
 * payment over the binomial spread of its observed successes, minus what the effort costs.
 * Its expectation uses its own quality, the measure's observation probabilities and its
 * client mix; all providers are priced at once by the rule probe, others held fixed.
 */
import type { PaymentRule } from '../model/PaymentRule.js';
import type { BehaviourContext } from './BehaviourContext.js';
import { binomialWeights } from './binomialWeights.js';
import { dischargeOutlook, type Outlook } from './dischargeOutlook.js';
import { effortGain } from './effortGain.js';
import { NEED_NODES } from './SegmentPlan.js';
import type { SegmentView } from './SegmentView.js';

const outlook: Outlook = { counted: 0, good: 0, expected: 0 };

export function chooseEffort(bc: BehaviourContext, v: SegmentView): void {
  const { s, b, plan, probe, scratch, P } = bc;
  const { maxGain, costShare, levels } = P.behaviour.effort;
  const rule = bc.c.rule as PaymentRule;
  const { x } = NEED_NODES;
  const best = scratch.a;
  const chosen = scratch.b.fill(0, 0, v.count);
  const expected = scratch.c;
  const perMeasured = scratch.d;
  const N = scratch.n;
  for (let l = 0; l < levels; l++) {
    const e = l / (levels - 1);
    const gain = effortGain(e, maxGain);
    let widest = 1;
    for (let k = 0; k < v.count; k++) {
      const j = v.offset + k;
      N[k] = 0; perMeasured[k] = 0; scratch.lo[k] = 0; scratch.hi[k] = 0;
      if (plan.discharges[k] <= 0) continue;
      const o = dischargeOutlook(v, s.quality[j] * bc.dose + gain + b.shift[j], x, plan.mix, outlook, k * x.length);
      N[k] = Math.round(plan.discharges[k] * o.counted);
      perMeasured[k] = o.counted > 0 ? o.expected / o.counted : 0;
      scratch.rho[k] = o.counted > 0 ? o.good / o.counted : 0;
      widest = Math.max(widest, N[k] + 1);
    }
    if (scratch.weights.length < widest * v.count) scratch.weights = new Float64Array(widest * v.count * 2);
    let width = 1;
    for (let k = 0; k < v.count; k++) {
      if (N[k] <= 0) continue;
      const r = binomialWeights(N[k], scratch.rho[k], scratch.weights, k * widest);
      scratch.lo[k] = r.lo; scratch.hi[k] = r.hi;
      width = Math.max(width, r.hi - r.lo + 1);
    }
    expected.fill(0, 0, v.count);
    for (let i = 0; i < width; i++) {
      for (let k = 0; k < v.count; k++) {
        const span = scratch.hi[k] - scratch.lo[k];
        probe.setRow(k, plan.clientMonths[k], plan.base[k], N[k], scratch.lo[k] + Math.min(i, span), N[k] * perMeasured[k]);
      }
      const paid = probe.pay(rule, P.rule);
      for (let k = 0; k < v.count; k++) {
        if (i > scratch.hi[k] - scratch.lo[k]) continue;
        expected[k] += (N[k] > 0 ? scratch.weights[k * widest + i] : 1) * paid[k];
      }
    }
    for (let k = 0; k < v.count; k++) {
      const margin = expected[k] - plan.clientMonths[k] * v.costPerClientMonth * costShare * e;
      // Strictly better by more than rounding: a flat rule leaves effort at its base.
      if (l === 0 || margin > best[k] + 1e-9 * Math.max(1, Math.abs(best[k]))) { best[k] = margin; chosen[k] = e; }
    }
  }
  for (let k = 0; k < v.count; k++) b.effort[v.offset + k] = s.active[v.offset + k] ? chosen[k] : 0;
}
