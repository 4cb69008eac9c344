import type { NumberSpec, ParamSpec, ParamSpecs } from '../model/ParamSpec.js';
import { msg, type ScenarioIssue } from './messages.js';
import type { ParamValue } from './Scenario.js';
import type { Distribution } from '../rng/Distribution.js';

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Checks one section of parameters against its specs: every name known (and, where `only` is
 * given, applicable), every value of the right type and within bounds. Returns the issues
 * with full paths; never throws, never mutates.
 */
export function checkParams(
  values: Readonly<Record<string, ParamValue>> | undefined,
  specs: ParamSpecs,
  path: string,
  only?: { names: readonly string[]; kind: string },
): ScenarioIssue[] {
  if (values === undefined) return [];
  const issues: ScenarioIssue[] = [];
  const known = Object.keys(specs);
  for (const name of Object.keys(values)) {
    const at = `${path}.${name}`;
    if (!has(specs, name)) {
      issues.push({ ...msg.unknownParam(name, only ? only.names : known), path: at });
      continue;
    }
    if (only && !only.names.includes(name)) {
      issues.push({ ...msg.notApplicable(name, only.kind, only.names), path: at });
      continue;
    }
    for (const issue of checkValue(values[name], specs[name])) issues.push({ ...issue, path: issue.path ? `${at}.${issue.path}` : at });
  }
  return issues;
}

function checkValue(value: ParamValue, spec: ParamSpec): ScenarioIssue[] {
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? [] : [msg.wrongType(value, 'true or false')];
    case 'choice': {
      const options = spec.options.map((o) => o.value);
      return typeof value === 'string' && options.includes(value) ? [] : [msg.wrongType(value, `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`)];
    }
    case 'number':
      if (typeof value === 'number') return checkNumber(value, spec);
      if (typeof value === 'object' && value !== null) return spec.uncertain ? checkDistribution(value, spec) : [msg.notUncertain()];
      return [msg.wrongType(value, `a number from ${spec.min} to ${spec.max} (${spec.unit})${spec.uncertain ? ', or a distribution' : ''}`)];
  }
}

function checkNumber(value: number, spec: NumberSpec): ScenarioIssue[] {
  if (!Number.isFinite(value) || value < spec.min || value > spec.max) return [msg.outOfRange(value, spec.min, spec.max, spec.unit)];
  if (spec.integer && !Number.isInteger(value)) return [msg.notInteger(value)];
  return [];
}

/** A distribution's support must stay inside the parameter's bounds (normal and lognormal are truncated to them). */
function checkDistribution(d: Distribution, spec: NumberSpec): ScenarioIssue[] {
  const inside = (x: number): boolean => x >= spec.min && x <= spec.max;
  switch (d.dist) {
    case 'uniform':
      if (d.min > d.max) return [msg.distributionOrder()];
      return inside(d.min) && inside(d.max) ? [] : [msg.distributionOutside('range', spec.min, spec.max)];
    case 'triangular':
      if (!(d.min <= d.mode && d.mode <= d.max)) return [msg.distributionOrder()];
      return inside(d.min) && inside(d.max) ? [] : [msg.distributionOutside('range', spec.min, spec.max)];
    case 'normal':
      return inside(d.mean) ? [] : [msg.distributionOutside('mean', spec.min, spec.max)];
    case 'lognormal':
      return inside(d.median) ? [] : [msg.distributionOutside('median', spec.min, spec.max)];
    case 'beta':
      return spec.min <= 0 && spec.max >= 1 ? [] : [msg.betaRange(spec.min, spec.max)];
  }
}
