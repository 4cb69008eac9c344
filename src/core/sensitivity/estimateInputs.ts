/**
 * The tornado's second kind of input: a parameter with a fixed value whose spec in the
 * catalogue is an estimate with a documented plausible range. Its ends are the range's ends
 * (a service's own range first, see ModelCatalogue.serviceRanges), its base the scenario's
 * value (its default when the file leaves it out). Where a parameter cannot matter in this
 * scenario it is skipped and named, with the switch that is off: the parameters of a record
 * whose `enabled` is false (a behaviour, risk adjustment, inspection) and those whose own
 * `activeWhen` switch is off. Measure parameters the measure's kind does not read are no
 * part of the scenario and are not listed.
 *
 * The payment rule's parameters and settings are left out: they are the design under test,
 * not an uncertain input (a sweep varies them).
 */
import { compileScenario } from '../compile/compileScenario.js';
import { BEHAVIOUR_NAMES, SECTION_NAMES } from '../model/EngineParams.js';
import type { ModelCatalogue } from '../model/ModelCatalogue.js';
import type { NumberSpec, ParamSpecs } from '../model/ParamSpec.js';
import type { ParamRecord, Scenario } from '../scenario/Scenario.js';

export interface EstimateInput {
  path: string;
  /** The scenario's value: the tornado's base for this input. */
  base: number;
  low: number;
  high: number;
}

export interface SkippedInput {
  path: string;
  /** Why it cannot matter: the path of the switch that is off. */
  switchOff: string;
}

type Range = readonly [number, number];

/** Integer parameters get whole-number ends, and no end leaves the parameter's bounds. */
function ends(spec: NumberSpec, range: Range): { low: number; high: number } {
  const fit = (x: number): number => Math.min(spec.max, Math.max(spec.min, spec.integer ? Math.round(x) : x));
  return { low: fit(range[0]), high: fit(range[1]) };
}

export function findEstimateInputs(s: Scenario, catalogue: ModelCatalogue): { inputs: EstimateInput[]; skipped: SkippedInput[] } {
  const c = compileScenario(s, catalogue);
  const inputs: EstimateInput[] = [];
  const skipped: SkippedInput[] = [];

  /** One parameter record: `prefix` is its path, `rangeOf` its ranges (the spec's unless a service says otherwise). */
  const record = (prefix: string, specs: ParamSpecs, values: ParamRecord, rangeOf: (key: string, spec: NumberSpec) => { range: Range; estimate: boolean } | undefined, reads: (key: string) => boolean = () => true): void => {
    for (const [key, spec] of Object.entries(specs)) {
      if (spec.kind !== 'number' || !reads(key)) continue;
      const r = rangeOf(key, spec);
      const value = values[key];
      if (!r || !r.estimate || typeof value !== 'number') continue; // a distribution is the other kind of input
      const path = `${prefix}.${key}`;
      const gate = spec.activeWhen ?? (specs.enabled?.kind === 'boolean' && key !== 'enabled' ? 'enabled' : undefined);
      if (gate !== undefined && values[gate] === false) skipped.push({ path, switchOff: `${prefix}.${gate}` });
      else inputs.push({ path, base: value, ...ends(spec, r.range) });
    }
  };
  const own = (_key: string, spec: NumberSpec): { range: Range; estimate: boolean } | undefined => (spec.range ? { range: spec.range, estimate: spec.estimate !== undefined } : undefined);

  c.segments.forEach((seg, i) => {
    const service = catalogue.serviceRanges[seg.service.id]?.ranges as Readonly<Record<string, Range | undefined>> | undefined;
    // A service's range is an estimate around its own default; otherwise the spec's range, if the spec is an estimate.
    record(`segments[${i}].params`, catalogue.specs.segment, seg.params, (key, spec) => {
      const r = service?.[key];
      return r ? { range: r, estimate: true } : own(key, spec);
    });
  });
  // Parameters the measure's kind does not read are no part of this scenario (the editor hides them too).
  const reads = new Set<string>(catalogue.measureKindParams[c.measure.model.kind]);
  record('measure.params', catalogue.specs.measure, c.measure.params, own, (key) => reads.has(key));
  for (const name of SECTION_NAMES) record(name, catalogue.specs.sections[name], c.sections[name], own);
  for (const name of BEHAVIOUR_NAMES) record(`behaviour.${name}`, catalogue.specs.behaviours[name], c.behaviour[name], own);
  return { inputs, skipped };
}
