/**
 * A settlement context for calling settlePeriod directly on hand-made run states, with every
 * provider behaviour and outcomes contract off. The one place that knows the context's shape.
 */
import type { CompiledScenario } from '../../src/engine.js';
import type { RunParams } from '../../src/core/compile/drawRunParams.js';
import { BehaviourState } from '../../src/core/behaviour/BehaviourState.js';
import { streamFor } from '../../src/core/rng/Stream.js';
import type { RunState } from '../../src/core/state/RunState.js';
import type { PeriodContext } from '../../src/core/simulate/settlePeriod.js';
import { settlementSettings } from '../../src/core/settle/settlementRules.js';

export function periodContext(c: CompiledScenario, P: RunParams, s: RunState, run = 0): PeriodContext {
  return { c, P, s, auditStream: streamFor(c.seed, run, 'audit'), inputs: null, b: new BehaviourState(s.providers, s.effect), gaming: null, contract: null, settings: settlementSettings(P, c.periodMonths) };
}
