import type { NumberSpec, ParamSpec, ParamSpecs } from '../model/ParamSpec.js';
import { LIMITS } from '../model/limits.js';
import { formulaMsg, msg, type ScenarioIssue } from '../issues/messages.js';
import type { ParamValue } from './Scenario.js';
import type { Distribution } from '../rng/Distribution.js';
import { checkFormula } from '../formula/checkFormula.js';
import { compileFormula } from '../formula/compileFormula.js';
import { neverFinite } from '../formula/probeFormula.js';

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
      return typeof value === 'boolean' ? [] : [msg.notBoolean(value)];
    case 'choice': {
      const options = spec.options.map((o) => o.value);
      return typeof value === 'string' && options.includes(value) ? [] : [msg.notChoice(value, options)];
    }
    case 'formula': {
      const checked = checkFormula(value);
      if (!checked.ok) return [{ path: '', ...checked.problem }];
      const never = neverFinite(compileFormula(checked.text, checked.tree));
      return never ? [{ path: '', ...formulaMsg.neverFinite(never.result, never.period) }] : [];
    }
    case 'number':
      if (typeof value === 'number') return checkNumber(value, spec);
      if (typeof value === 'object' && value !== null) return spec.uncertain ? checkDistribution(value, spec) : [msg.notUncertain()];
      return [msg.notNumber(value, spec.min, spec.max, spec.unit, spec.uncertain === true)];
  }
}

function checkNumber(value: number, spec: NumberSpec): ScenarioIssue[] {
  if (!Number.isFinite(value) || value < spec.min || value > spec.max) return [msg.outOfRange(value, spec.min, spec.max, spec.unit)];
  if (spec.integer && !Number.isInteger(value)) return [msg.notInteger(value)];
  return [];
}

/**
 * A distribution's support must stay inside the parameter's bounds (normal and lognormal are
 * truncated to them), and its spread must be one the samplers draw soundly. Issues name the
 * distribution's own field where one field is at fault.
 */
function checkDistribution(d: Distribution, spec: NumberSpec): ScenarioIssue[] {
  const inside = (x: number): boolean => x >= spec.min && x <= spec.max;
  const field = (f: string): number => (d as unknown as Record<string, number>)[f];
  const outside = (fields: readonly string[]): ScenarioIssue[] =>
    fields.filter((f) => !inside(field(f))).map((f) => ({ ...msg.distributionOutside(f, spec.min, spec.max), path: f }));
  switch (d.dist) {
    case 'uniform': {
      const out = outside(['min', 'max']);
      if (out.length) return out;
      return d.min > d.max ? [msg.distributionOrder()] : [];
    }
    case 'triangular': {
      const out = outside(['min', 'mode', 'max']);
      if (out.length) return out;
      return d.min <= d.mode && d.mode <= d.max ? [] : [msg.distributionOrder()];
    }
    case 'normal': {
      if (!inside(d.mean)) return outside(['mean']);
      const width = spec.max - spec.min;
      return d.sd <= width ? [] : [msg.sdTooWide(d.sd, width)];
    }
    case 'lognormal':
      if (!inside(d.median)) return outside(['median']);
      return d.sdLog <= LIMITS.maxSdLog ? [] : [msg.sdLogTooWide(d.sdLog, LIMITS.maxSdLog)];
    case 'beta': {
      if (!(spec.min <= 0 && spec.max >= 1)) return [msg.betaRange(spec.min, spec.max)];
      const { min, max } = LIMITS.betaShape;
      return (['alpha', 'beta'] as const).filter((k) => !(d[k] >= min && d[k] <= max)).map((k) => msg.betaShapeRange(k, d[k], min, max));
    }
  }
}
