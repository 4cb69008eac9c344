/**
 * Everything the per-period behaviour decisions read and write for one run: the run's
 * parameters and state, each segment's view and plan, the rule probe and scratch space.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { RunParams } from '../compile/drawRunParams.js';
import type { RunState } from '../state/RunState.js';
import type { BehaviourState } from './BehaviourState.js';
import { RuleProbe } from './RuleProbe.js';
import type { SettlementSettings } from '../settle/settlementRules.js';
import { SegmentPlan } from './SegmentPlan.js';
import { DecisionMemo } from './DecisionMemo.js';
import type { SegmentView } from './SegmentView.js';

export interface BehaviourContext {
  c: CompiledScenario;
  P: RunParams;
  s: RunState;
  b: BehaviourState;
  views: SegmentView[];
  /** Share of care time delivered: quality × dose is the base effect. */
  dose: number;
  plan: SegmentPlan;
  probe: RuleProbe;
  settings: SettlementSettings;
  memo: DecisionMemo;
  /** Scratch, grown on demand. */
  scratch: { a: Float64Array; b: Float64Array; c: Float64Array; d: Float64Array; rho: Float64Array; weights: Float64Array; lo: Int32Array; hi: Int32Array; n: Float64Array };
}

export function behaviourContext(c: CompiledScenario, P: RunParams, s: RunState, b: BehaviourState, views: SegmentView[], dose: number, settings: SettlementSettings): BehaviourContext {
  const size = Math.max(...c.segments.map((g) => g.providers));
  const f = (): Float64Array => new Float64Array(size);
  return {
    c, P, s, b, views, dose,
    plan: new SegmentPlan(size),
    memo: new DecisionMemo(s.providers),
    probe: new RuleProbe(size),
    settings,
    scratch: { a: f(), b: f(), c: f(), d: f(), rho: f(), weights: new Float64Array(size * 64), lo: new Int32Array(size), hi: new Int32Array(size), n: f() },
  };
}
