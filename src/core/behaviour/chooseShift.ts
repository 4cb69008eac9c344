/**
 * Multitasking: each provider moves attention from the unmeasured outcome to the measured one
 * in proportion to the payment weight on the measure — the share of its expected payment that
 * turns on the measure, (pay if every measured client succeeds − pay if none does) / expected
 * pay — times a strength, up to a cap. A flat per diem has weight 0 and moves nothing.
 */
import type { PaymentRule } from '../model/PaymentRule.js';
import type { BehaviourContext } from './BehaviourContext.js';
import type { SegmentView } from './SegmentView.js';

export function chooseShift(bc: BehaviourContext, v: SegmentView): void {
  const { b, s, plan, probe, scratch, P } = bc;
  const { strength, maxShift } = P.behaviour.multitasking;
  const rule = bc.c.rule as PaymentRule;
  const N = scratch.n;
  for (let k = 0; k < v.count; k++) N[k] = Math.max(1, Math.round(plan.measured[k]));
  const perMeasured = (k: number): number => (plan.measured[k] > 0 ? plan.expectedSum[k] / plan.measured[k] : 0);
  const none = scratch.a, all = scratch.b;
  for (let k = 0; k < v.count; k++) probe.setRow(k, plan.clientMonths[k], plan.base[k], N[k], 0, N[k] * perMeasured(k));
  none.set(probe.pay(rule, P.rule).subarray(0, v.count));
  for (let k = 0; k < v.count; k++) probe.setRow(k, plan.clientMonths[k], plan.base[k], N[k], N[k], N[k] * perMeasured(k));
  all.set(probe.pay(rule, P.rule).subarray(0, v.count));
  for (let k = 0; k < v.count; k++) probe.setRow(k, plan.clientMonths[k], plan.base[k], plan.measured[k], plan.successes[k], plan.expectedSum[k]);
  const expected = probe.pay(rule, P.rule);
  for (let k = 0; k < v.count; k++) {
    const j = v.offset + k;
    const weight = expected[k] > 0 && plan.discharges[k] > 0 ? Math.min(1, Math.max(0, (all[k] - none[k]) / expected[k])) : 0;
    b.shift[j] = s.active[j] ? Math.min(maxShift, strength * weight) : 0;
  }
}
