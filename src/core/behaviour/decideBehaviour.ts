/**
 * The providers' decisions for the coming payment period, segment by segment, outside the
 * per-client loop: effort (best response to the rule), the shift towards the measure
 * (multitasking), the effects they give, and the need above which referrals are declined
 * (selection). Each step plans with the choices made before it. A decision whose inputs have
 * not changed since the last one is skipped (DecisionMemo). Deterministic: a decision
 * depends on what a provider can know, not on the run's draws, so switching a behaviour on
 * never moves another model part's random numbers.
 */
import type { BehaviourContext } from './BehaviourContext.js';
import { chooseEffort } from './chooseEffort.js';
import { chooseShift } from './chooseShift.js';
import { chooseThreshold } from './chooseThreshold.js';
import { effortGain } from './effortGain.js';
import type { SegmentView } from './SegmentView.js';

export function decideBehaviour(bc: BehaviourContext): void {
  const { P, s, b, plan, probe, views } = bc;
  if (bc.memo.unchanged(s, b)) return;
  const { effort, multitasking, selection } = P.behaviour;
  const noiseSd = selection.enabled ? selection.needNoiseSd : 0;
  const replan = (v: SegmentView): void => plan.fill(v, s, b, bc.c.periodMonths, noiseSd);
  for (const v of views) {
    replan(v);
    probe.believe(v.count, plan.rates, plan.measured, s.active.subarray(v.offset, v.offset + v.count), plan.reference, bc.settings, bc.settings.months);
    if (effort.enabled) { chooseEffort(bc, v); applyEffects(bc, v); }
    if (multitasking.enabled) { if (effort.enabled) replan(v); chooseShift(bc, v); applyEffects(bc, v); }
    if (selection.enabled) { if (effort.enabled || multitasking.enabled) replan(v); chooseThreshold(bc, v); }
  }
}

/** Effects on the measured outcome (with and without care time lost to administration) and on the unmeasured one. */
function applyEffects(bc: BehaviourContext, v: SegmentView): void {
  const { P, s, b, dose } = bc;
  const effort = P.behaviour.effort;
  for (let k = 0; k < v.count; k++) {
    const j = v.offset + k;
    const gain = effort.enabled ? effortGain(b.effort[j], effort.maxGain) : 0;
    s.effect[j] = s.quality[j] * dose + gain + b.shift[j];
    s.effectFull[j] = s.quality[j] + gain + b.shift[j];
    b.effectUnmeasured[j] = s.quality[j] * dose + gain - b.shift[j];
  }
}
