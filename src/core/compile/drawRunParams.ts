/**
 * Parameter uncertainty (docs/model.md): every parameter given as a distribution is drawn once per
 * run, from a stream keyed by (seed, run, parameter path). Keeping this apart from the
 * within-run variation lets results say how much spread comes from not knowing the inputs,
 * and makes a scenario and its baseline draw the same value for the same uncertain input.
 */
import { BEHAVIOUR_NAMES, SECTION_NAMES, type BehaviourName, type BehaviourParams, type MeasureParams, type PaymentSettings, type SectionName, type SectionParams, type SegmentParams } from '../model/EngineParams.js';
import type { NumberSpec, ParamSpecs } from '../model/ParamSpec.js';
import { sampleTruncated } from '../rng/Distribution.js';
import { streamFor } from '../rng/Stream.js';
import type { ParamRecord } from '../scenario/Scenario.js';
import type { CompiledScenario } from './compileScenario.js';

export type Concrete = Record<string, number | boolean | string>;

export interface RunParams {
  segments: SegmentParams[];
  measure: MeasureParams;
  rule: Concrete;
  payment: PaymentSettings;
  sections: SectionParams;
  behaviour: BehaviourParams;
}

/** How many distributions one drawRunParams call has sampled (none: its parameters are the same in every run). */
interface Draws {
  sampled: number;
}

function concretise(values: ParamRecord, specs: ParamSpecs, seed: number, run: number, path: string, draws: Draws): Concrete {
  const out: Concrete = Object.create(null);
  for (const key of Object.keys(values)) {
    const v = values[key];
    if (typeof v === 'object') {
      draws.sampled++;
      const spec = specs[key] as NumberSpec;
      // Truncated to the parameter's bounds (validation keeps the distribution's centre inside).
      const x = sampleTruncated(v, spec.min, spec.max, streamFor(seed, run, `param:${path}.${key}`));
      out[key] = spec.integer ? Math.round(x) : x;
    } else {
      out[key] = v;
    }
  }
  return out;
}

/**
 * A scenario without any distribution has the same parameters in every run: they are built
 * once and shared by its runs (frozen, so a run cannot change what the next one reads).
 */
const constantParams = new WeakMap<CompiledScenario, RunParams>();

export function drawRunParams(c: CompiledScenario, run: number): RunParams {
  const constant = constantParams.get(c);
  if (constant) return constant;
  const draws: Draws = { sampled: 0 };
  const P = buildRunParams(c, run, draws);
  if (draws.sampled === 0) constantParams.set(c, deepFreeze(P));
  return P;
}

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

function buildRunParams(c: CompiledScenario, run: number, draws: Draws): RunParams {
  // Pushed one by one, not Array.prototype.map: map's result is occasionally a holey array
  // (when a GC interrupts its fast path), which deoptimises every kernel that reads it.
  const specs = c.catalogue.specs;
  const segments: SegmentParams[] = [];
  for (let i = 0; i < c.segments.length; i++) segments.push(concretise(c.segments[i].params, specs.segment, c.seed, run, `segments[${i}].params`, draws) as unknown as SegmentParams);
  const sections = Object.create(null) as Record<SectionName, Concrete>;
  for (const name of SECTION_NAMES) sections[name] = concretise(c.sections[name], specs.sections[name], c.seed, run, name, draws);
  const behaviour = Object.create(null) as Record<BehaviourName, Concrete>;
  for (const name of BEHAVIOUR_NAMES) behaviour[name] = concretise(c.behaviour[name], specs.behaviours[name], c.seed, run, `behaviour.${name}`, draws);
  return {
    segments,
    measure: concretise(c.measure.params, specs.measure, c.seed, run, 'measure.params', draws) as unknown as MeasureParams,
    rule: concretise(c.ruleParams, c.rule.params, c.seed, run, 'payment.params', draws),
    payment: concretise(c.payment, specs.payment, c.seed, run, 'payment.settings', draws) as unknown as PaymentSettings,
    sections: sections as unknown as RunParams['sections'],
    behaviour: behaviour as unknown as RunParams['behaviour'],
  };
}
