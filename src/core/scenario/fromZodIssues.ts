/**
 * zod's structural issues → the scenario's issues: a code, a path and the values the code
 * names (what was found, what is allowed), never zod's own words.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { behaviourSchema, distributionSchema, REFINE, scenarioSchema } from './Scenario.js';
import type { IssueWord } from '../issues/issueCodes.js';
import { formatPath } from './formatPath.js';
import { issue, shown, type ScenarioIssue } from '../issues/messages.js';

const DISTRIBUTIONS = distributionSchema.options.map((o) => o.shape.dist.value);

/** Field names of each object in the format, for "unknown field" messages, read from the schema. */
const SHAPE = scenarioSchema.shape;
const FIELDS: Record<string, readonly string[]> = {
  '': Object.keys(SHAPE),
  segment: Object.keys(SHAPE.segments.element.shape),
  measure: Object.keys(SHAPE.measure.shape),
  payment: Object.keys(SHAPE.payment.shape),
  title: Object.keys(SHAPE.title.shape),
  story: Object.keys(SHAPE.story.unwrap().shape),
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
  for (const z of zodIssues) { const p = formatPath(z.path); paths.set(p, (paths.get(p) ?? 0) + 1); }
  for (const z of zodIssues) {
    if (isSafeIntegerBound(z) && (paths.get(formatPath(z.path)) ?? 0) > 1) continue;
    if (z.code === 'invalid_union' && !('discriminator' in z) && isDistributionLike(z.input)) {
      // A parameter meant as a distribution: say which of its fields is wrong, not "found an object".
      const inner = distributionSchema.safeParse(z.input, { reportInput: true });
      if (!inner.success) { out.push(...fromZodIssues(inner.error.issues.map((i) => ({ ...i, path: [...z.path, ...i.path] })))); continue; }
    }
    if (z.code === 'unrecognized_keys') for (const key of z.keys) out.push(unknownField(z.path, key, z.input));
    else out.push(fromZod(z));
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
  const path = formatPath([...at, key]);
  return known.length ? issue('unknownField', { found: shown(key), known }, path) : issue('unknownFieldNone', { found: shown(key) }, path);
}

/** Our own refinements in Scenario.ts name their code as their message. */
const CUSTOM_CODES: Readonly<Record<string, 'notFinite' | 'notNegative' | 'notPositive'>> = {
  [REFINE.finite]: 'notFinite', [REFINE.notNegative]: 'notNegative', [REFINE.positive]: 'notPositive',
};

function fromZod(z: $ZodIssue): ScenarioIssue {
  const path = formatPath(z.path);
  const input = 'input' in z ? z.input : undefined;
  const found = shown(input);
  switch (z.code) {
    case 'invalid_type': {
      const word = TYPE_WORDS[z.expected];
      if (input === undefined) return word ? issue('missing', { expected: word }, path) : issue('missingOther', { expected: z.expected }, path);
      return word ? issue('wrongType', { found, expected: word }, path) : issue('wrongTypeOther', { found, expected: z.expected }, path);
    }
    case 'too_small':
      if (z.origin === 'array') return issue('tooFewItems', { found, min: Number(z.minimum) }, path);
      if (z.origin === 'string') return issue('emptyText', { found }, path);
      return issue('tooSmall', { found, min: Number(z.minimum) }, path);
    case 'too_big':
      if (z.origin === 'array') return issue('tooManyItems', { max: Number(z.maximum) }, path);
      if (z.origin === 'string') return issue('tooLongText', { found, max: Number(z.maximum) }, path);
      return issue('tooBig', { found, max: Number(z.maximum) }, path);
    case 'invalid_value':
      return issue('notOneOf', { found, options: z.values.map(jsonPrimitive) }, path);
    case 'invalid_union':
      if ('discriminator' in z && z.discriminator === 'dist') {
        const dist = isDistributionLike(input) ? (input as { dist: unknown }).dist : input;
        return issue('notOneOf', { found: shown(dist), options: DISTRIBUTIONS }, path);
      }
      return issue('notParamValue', { found }, path);
    case 'invalid_format':
      return issue('badId', { found }, path);
    case 'invalid_key':
      return issue('keyTooLong', {}, path);
    case 'custom': {
      const code = CUSTOM_CODES[z.message];
      return code ? issue(code, { found }, path) : issue('customOther', { found, detail: z.message }, path);
    }
    default:
      return issue('schemaOther', { detail: z.message }, path);
  }
}

/** zod's expected types in the user's words. */
const TYPE_WORDS: Readonly<Record<string, IssueWord>> = {
  int: 'typeInt', number: 'typeNumber', string: 'typeText', object: 'typeObject', array: 'typeList', boolean: 'typeBoolean', record: 'typeRecord',
};

function jsonPrimitive(v: unknown): string | number | boolean | null {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
}
