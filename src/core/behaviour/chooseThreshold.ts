/**
 * Selection: for each provider, the observed need above which a referral is not worth taking —
 * where the expected payment the client brings (one more stay of average length, one more
 * measured outcome with the success chance its observed need implies, and under risk
 * adjustment the expected rate it adds) falls below the client's expected cost plus the
 * penalty for declining. Found by bisection, every provider of the segment in lockstep, so the
 * per-client loop only compares a client's observed need with a number.
 */
import type { PaymentRule } from '../model/PaymentRule.js';
import { normalCdf } from '../rng/normalCdf.js';
import type { BehaviourContext } from './BehaviourContext.js';
import { dischargeOutlook, type Outlook } from './dischargeOutlook.js';
import { NEED_NODES } from './SegmentPlan.js';
import type { SegmentView } from './SegmentView.js';
import { DAYS_PER_MONTH } from '../model/daysPerMonth.js';

/** Observed needs searched (in sd of the referral population) and bisection steps. */
const Z_RANGE = 6;
const STEPS = 24;

const outlook: Outlook = { counted: 0, good: 0, expected: 0 };

export function chooseThreshold(bc: BehaviourContext, v: SegmentView): void {
  const { b, s, plan, probe, scratch, P } = bc;
  const rule = bc.c.rule as PaymentRule;
  const { needNoiseSd: sd, penaltyPerDecline } = P.behaviour.selection;
  const effortCost = P.behaviour.effort.enabled ? P.behaviour.effort.costShare : 0;
  const shrink = 1 / (1 + sd * sd);
  const postSd = sd * Math.sqrt(shrink);
  const { x, w } = NEED_NODES;
  const z = new Float64Array(x.length);
  const stay = v.meanLength;

  for (let k = 0; k < v.count; k++) probe.setRow(k, plan.clientMonths[k], plan.base[k], plan.measured[k], plan.successes[k], plan.expectedSum[k]);
  const without = scratch.c;
  without.set(probe.pay(rule, P.rule).subarray(0, v.count));

  /** Value of taking a client whose observed need is seen[k], for every provider at once. */
  const value = (seen: Float64Array, out: Float64Array): void => {
    for (let k = 0; k < v.count; k++) {
      const j = v.offset + k;
      for (let i = 0; i < x.length; i++) z[i] = seen[k] * shrink + postSd * x[i];
      const o = dischargeOutlook(v, s.effect[j], z, w, outlook);
      probe.setRow(k, plan.clientMonths[k] + stay, plan.base[k] + stay * DAYS_PER_MONTH * v.pricePerDay,
        plan.measured[k] + o.counted, plan.successes[k] + o.good, plan.expectedSum[k] + o.expected);
    }
    const paid = probe.pay(rule, P.rule);
    for (let k = 0; k < v.count; k++) {
      const cost = stay * v.costPerClientMonth * (1 + effortCost * b.effort[v.offset + k]);
      out[k] = paid[k] - without[k] - cost + penaltyPerDecline;
    }
  };

  const lo = scratch.a.fill(-Z_RANGE, 0, v.count), hi = scratch.b.fill(Z_RANGE, 0, v.count);
  const mid = scratch.d, val = scratch.rho;
  value(hi, val);
  const acceptAll = new Uint8Array(v.count);
  for (let k = 0; k < v.count; k++) acceptAll[k] = val[k] >= 0 ? 1 : 0;
  value(lo, val);
  const declineAll = new Uint8Array(v.count);
  for (let k = 0; k < v.count; k++) declineAll[k] = val[k] < 0 ? 1 : 0;
  for (let step = 0; step < STEPS; step++) {
    for (let k = 0; k < v.count; k++) mid[k] = (lo[k] + hi[k]) / 2;
    value(mid, val);
    for (let k = 0; k < v.count; k++) { if (val[k] >= 0) lo[k] = mid[k]; else hi[k] = mid[k]; }
  }
  for (let k = 0; k < v.count; k++) {
    const j = v.offset + k;
    const threshold = !s.active[j] || acceptAll[k] ? Infinity : declineAll[k] ? -Infinity : (lo[k] + hi[k]) / 2;
    b.declineAbove[j] = threshold;
    b.acceptShare[j] = threshold === Infinity ? 1 : threshold === -Infinity ? 0 : normalCdf(threshold * Math.sqrt(shrink));
  }
}
