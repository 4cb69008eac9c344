/**
 * A scenario with some numbers set by JSON path (a sweep point, a tornado end), validated by
 * the same schema as a file. Anything wrong — a path the schema does not know, a value out of
 * the parameter's bounds — is the user's input error, reported against the flag that named
 * the path, with the validator's own problem and allowed values.
 */
import { validateScenario, type Scenario, type ScenarioIssue } from '../core/index.js';
import { parsePath, setAt } from '../core/sweep/jsonPath.js';
import { COMMAND_LINE } from './cliMessages.js';
import { InputError, type LocatedIssue } from './InputError.js';

export function trySetPaths(base: Scenario, values: Readonly<Record<string, unknown>>): { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] } {
  let data: unknown = base;
  for (const [text, value] of Object.entries(values)) {
    const path = parsePath(text);
    if (!path) return { ok: false, issues: [{ path: text, problem: 'not a JSON path', allowed: 'a path such as segments[0].params.costPerClientMonth or payment.params.bonusPerSuccess' }] };
    const set = setAt(data, path, value);
    if (!set.ok) return { ok: false, issues: [{ path: text, problem: 'leads through a value that is not an object or past the end of a list', allowed: 'a path to a parameter of the scenario, e.g. segments[0].params.costPerClientMonth' }] };
    data = set.data;
  }
  const checked = validateScenario(data);
  return checked.ok ? { ok: true, scenario: checked.scenario } : { ok: false, issues: checked.issues };
}

/** As trySetPaths, but a failure is an InputError against `flag` (e.g. `--vary`). */
export function setPaths(base: Scenario, values: Readonly<Record<string, number>>, flag: string): Scenario {
  const r = trySetPaths(base, values);
  if (r.ok) return r.scenario;
  const at = Object.entries(values).map(([p, v]) => `${p}=${v}`).join(', ');
  throw new InputError(r.issues.map((issue): LocatedIssue => ({ file: COMMAND_LINE, issue: { path: `${flag} ${issue.path}`, problem: `${issue.problem} (with ${at})`, allowed: issue.allowed } })));
}
