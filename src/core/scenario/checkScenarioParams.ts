import { BEHAVIOUR_NAMES, SECTION_NAMES } from '../model/EngineParams.js';
import type { ModelCatalogue } from '../model/ModelCatalogue.js';
import { LIMITS } from '../model/limits.js';
import { msg, type ScenarioIssue } from '../issues/messages.js';
import { checkParams } from './checkParams.js';
import type { Scenario } from './Scenario.js';

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Checks names against the model catalogue and every parameter against its spec. */
export function checkScenarioParams(s: Scenario, catalogue: ModelCatalogue): ScenarioIssue[] {
  const { services, measures, rules, specs, measureKindParams } = catalogue;
  const issues: ScenarioIssue[] = [];
  s.segments.forEach((seg, i) => {
    if (!has(services, seg.service)) issues.push({ ...msg.unknownModel('service', seg.service, Object.keys(services)), path: `segments[${i}].service` });
    issues.push(...checkParams(seg.params, specs.segment, `segments[${i}].params`));
  });
  if (!has(measures, s.measure.model)) {
    issues.push({ ...msg.unknownModel('measure', s.measure.model, Object.keys(measures)), path: 'measure.model' });
  } else {
    const kind = measures[s.measure.model].kind;
    issues.push(...checkParams(s.measure.params, specs.measure, 'measure.params', { names: measureKindParams[kind], kind }));
  }
  if (!has(rules, s.payment.rule)) {
    issues.push({ ...msg.unknownModel('payment rule', s.payment.rule, Object.keys(rules)), path: 'payment.rule' });
  } else {
    issues.push(...checkParams(s.payment.params, rules[s.payment.rule].params, 'payment.params'));
  }
  issues.push(...checkParams(s.payment.settings, specs.payment, 'payment.settings'));
  for (const name of SECTION_NAMES) issues.push(...checkParams(s[name], specs.sections[name], name));
  for (const name of BEHAVIOUR_NAMES) issues.push(...checkParams(s.behaviour?.[name], specs.behaviours[name], `behaviour.${name}`));
  if (issues.length) return issues;
  return checkLimits(s);
}

function checkLimits(s: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const warmUp = typeof s.care?.warmUpMonths === 'number' ? s.care.warmUpMonths : 12;
  const providers = s.segments.reduce((n, seg) => n + seg.providers, 0);
  const work = s.runs * providers * (warmUp + s.horizonMonths);
  if (work > LIMITS.maxProviderMonthRuns) issues.push(msg.tooMuchWork(work));
  return issues;
}
