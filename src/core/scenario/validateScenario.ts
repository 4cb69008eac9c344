/**
 * Scenario text or data → a valid Scenario, or the list of issues that stop it.
 * Order: size → JSON → version and migration → structure (zod) → parameter sections (specs)
 * → cross-field limits. Nothing is evaluated, merged or mutated on the way.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { scenarioSchema, type Scenario } from './Scenario.js';
import { LIMITS } from './limits.js';
import { msg, show, type ScenarioIssue } from './messages.js';
import { migrate } from './migrate.js';
import { checkScenarioParams } from './checkScenarioParams.js';

export type Validated = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Parse and validate the text of a scenario file. */
export function parseScenarioText(text: string): Validated {
  const bytes = utf8Length(text);
  if (bytes > LIMITS.maxFileBytes) return { ok: false, issues: [msg.tooLarge(bytes)] };
  if (text.trim() === '') return { ok: false, issues: [msg.emptyFile()] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof RangeError ? 'nested too deeply' : e instanceof Error ? e.message : 'unreadable';
    return { ok: false, issues: [msg.notJson(detail)] };
  }
  return validateScenario(data);
}

/** Validate (and migrate) already-parsed data. */
export function validateScenario(data: unknown): Validated {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, issues: [msg.notObject(data)] };
  const migrated = migrate(data as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, issues: migrated.issues };
  const parsed = scenarioSchema.safeParse(migrated.data, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(fromZod) };
  const issues = checkScenarioParams(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, scenario: parsed.data };
}

/** Field names of each object in the format, for "unknown field" messages. */
const FIELDS: Record<string, readonly string[]> = {
  '': Object.keys(scenarioSchema.shape),
  segment: ['service', 'providers', 'params'],
  measure: ['model', 'params'],
  payment: ['rule', 'params', 'settings'],
  title: ['sv', 'en'],
};

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  return out || '$';
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
    case 'unrecognized_keys': {
      const where = issue.path.length === 0 ? '' : issue.path[0] === 'segments' ? 'segment' : String(issue.path[issue.path.length - 1]);
      const known = FIELDS[where] ?? FIELDS[String(issue.path[0])] ?? [];
      const key = issue.keys[0] ?? '';
      return { path: formatPath([...issue.path, key]), problem: `unknown field ${JSON.stringify(key)}`, allowed: known.length ? `one of ${known.map((k) => JSON.stringify(k)).join(', ')}` : 'remove it' };
    }
    case 'invalid_value':
      return { path, problem: `found ${show(input)}`, allowed: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'invalid_union':
      return { path, problem: `found ${show(input)}`, allowed: 'a number, true or false, a text, or a distribution such as {"dist": "uniform", "min": 1, "max": 2} (dist: uniform, triangular, normal, lognormal, beta)' };
    case 'invalid_format':
      return { path, problem: `found ${show(input)}`, allowed: 'lower-case letters, digits and dashes, at most 64' };
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

function utf8Length(text: string): number {
  // Fast upper bound first: no UTF-16 code unit takes more than 3 bytes.
  if (text.length * 3 <= LIMITS.maxFileBytes) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return bytes;
}
