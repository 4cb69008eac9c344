/** The parameters a scenario gives as distributions (uncertain inputs), with their specs, for the editor's summary. */
import type { Scenario } from '../../engine.js';
import type { ParamSpec } from '../../core/model/ParamSpec.js';
import { behaviourSpecs, measureSpecs, paymentSpecs, rules, sectionSpecs, segmentSpecs } from '../../../models/index.js';
import { isDistribution } from './distributions.js';

type Rec = Readonly<Record<string, unknown>> | undefined;

export function uncertainInputs(s: Scenario): ParamSpec[] {
  const out: ParamSpec[] = [];
  const scan = (values: Rec, specs: Readonly<Record<string, ParamSpec>>): void => {
    for (const [k, v] of Object.entries(values ?? {})) if (isDistribution(v) && specs[k] && !out.includes(specs[k])) out.push(specs[k]);
  };
  for (const seg of s.segments) scan(seg.params, segmentSpecs);
  scan(s.measure.params, measureSpecs);
  scan(s.payment.params, rules[s.payment.rule]?.params ?? {});
  scan(s.payment.settings, paymentSpecs);
  for (const [name, specs] of Object.entries(sectionSpecs)) scan((s as unknown as Record<string, Rec>)[name], specs as Readonly<Record<string, ParamSpec>>);
  for (const [name, specs] of Object.entries(behaviourSpecs)) scan((s.behaviour as Record<string, Rec> | undefined)?.[name], specs as Readonly<Record<string, ParamSpec>>);
  return out;
}
