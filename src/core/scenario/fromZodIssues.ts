/**
 * zod's structural issues → the scenario's issues: a path, what was found and what is
 * allowed, in the words of messages.ts rather than zod's.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { behaviourSchema, distributionSchema, scenarioSchema } from './Scenario.js';
import { formatPath } from './formatPath.js';
import { show, type ScenarioIssue } from './messages.js';

const DISTRIBUTIONS = distributionSchema.options.map((o) => o.shape.dist.value);

/** Field names of each object in the format, for "unknown field" messages. */
const FIELDS: Record<string, readonly string[]> = {
  '': Object.keys(scenarioSchema.shape),
  segment: ['service', 'providers', 'params'],
  measure: ['model', 'params'],
  payment: ['rule', 'params', 'settings'],
  title: ['sv', 'en'],
  story: ['sv', 'en'],
  behaviour: Object.keys(behaviourSchema.shape),
};

/**
 * zod issues → ours. zod's whole-number check adds a "safe integer" bound beside the field's
 * own; when a field has both, only the field's own is worth saying. An unknown-fields issue
 * becomes one issue per field, so each line names its path.
 */
export function fromZodIssues(zodIssues: readonly $ZodIssue[]): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const paths = new Map<string, number>();
  for (const issue of zodIssues) { const p = formatPath(issue.path); paths.set(p, (paths.get(p) ?? 0) + 1); }
  for (const issue of zodIssues) {
    if (isSafeIntegerBound(issue) && (paths.get(formatPath(issue.path)) ?? 0) > 1) continue;
    if (issue.code === 'invalid_union' && !('discriminator' in issue) && isDistributionLike(issue.input)) {
      // A parameter meant as a distribution: say which of its fields is wrong, not "found an object".
      const inner = distributionSchema.safeParse(issue.input, { reportInput: true });
      if (!inner.success) { out.push(...fromZodIssues(inner.error.issues.map((i) => ({ ...i, path: [...issue.path, ...i.path] })))); continue; }
    }
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) out.push(unknownField(issue.path, key, issue.input));
    else out.push(fromZod(issue));
  }
  return out;
}

function isDistributionLike(input: unknown): boolean {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && Object.prototype.hasOwnProperty.call(input, 'dist');
}

function isSafeIntegerBound(issue: $ZodIssue): boolean {
  if (issue.code === 'too_big') return Number(issue.maximum) >= Number.MAX_SAFE_INTEGER;
  if (issue.code === 'too_small') return Number(issue.minimum) <= Number.MIN_SAFE_INTEGER;
  return false;
}

function unknownField(at: readonly PropertyKey[], key: string, input?: unknown): ScenarioIssue {
  const where = at.length === 0 ? '' : at[0] === 'segments' ? 'segment' : String(at[at.length - 1]);
  const dist = isDistributionLike(input) ? distributionSchema.options.find((o) => o.shape.dist.value === (input as { dist: unknown }).dist) : undefined;
  const known = dist ? Object.keys(dist.shape) : FIELDS[where] ?? FIELDS[String(at[0])] ?? [];
  return { path: formatPath([...at, key]), problem: `unknown field ${show(key)}`, allowed: known.length ? `one of ${known.map((k) => JSON.stringify(k)).join(', ')}` : 'remove it' };
}

function fromZod(issue: $ZodIssue): ScenarioIssue {
  const path = formatPath(issue.path);
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return { path, problem: 'missing', allowed: `a ${describeType(issue.expected)}` };
      return { path, problem: `found ${show(input)}`, allowed: `a ${describeType(issue.expected)}` };
    }
    case 'too_small':
      return { path, problem: `found ${show(input)}`, allowed: issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : issue.origin === 'string' ? 'a non-empty text' : `at least ${issue.minimum}` };
    case 'too_big':
      return { path, problem: issue.origin === 'array' ? 'too many items' : `found ${show(input)}`, allowed: issue.origin === 'array' ? `at most ${issue.maximum} items` : issue.origin === 'string' ? `at most ${issue.maximum} characters` : `at most ${issue.maximum}` };
    case 'invalid_value':
      return { path, problem: `found ${show(input)}`, allowed: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'dist') {
        const dist = isDistributionLike(input) ? (input as { dist: unknown }).dist : input;
        return { path, problem: `found ${show(dist)}`, allowed: `one of ${DISTRIBUTIONS.map((d) => JSON.stringify(d)).join(', ')}` };
      }
      return { path, problem: `found ${show(input)}`, allowed: 'a number, true or false, a text, or a distribution such as {"dist": "uniform", "min": 1, "max": 2} (dist: uniform, triangular, normal, lognormal, beta)' };
    case 'invalid_format':
      return { path, problem: `found ${show(input)}`, allowed: 'lower-case letters, digits and dashes, at most 64' };
    case 'invalid_key':
      return { path, problem: 'the name is longer than any parameter name', allowed: 'a known parameter name, at most 100 characters' };
    case 'custom':
      return { path, problem: `found ${show(input)}`, allowed: issue.message };
    default:
      return { path, problem: issue.message, allowed: 'see the scenario format in the README' };
  }
}

function describeType(expected: string): string {
  if (expected === 'int') return 'whole number';
  if (expected === 'object') return 'JSON object';
  if (expected === 'array') return 'list';
  if (expected === 'string') return 'text';
  return expected;
}
