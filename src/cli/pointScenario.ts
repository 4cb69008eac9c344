/** setScenarioPaths for the command line: a failure is an InputError against the flag that named the path. */
import type { Scenario } from '../engine.js';
import { catalogue } from '../engine.js';
import { setScenarioPaths } from '../core/sweep/setScenarioPaths.js';
import { COMMAND_LINE } from './cliMessages.js';
import { InputError, type LocatedIssue } from './InputError.js';

export function setPaths(base: Scenario, values: Readonly<Record<string, number>>, flag: string): Scenario {
  const r = setScenarioPaths(base, values, catalogue);
  if (r.ok) return r.scenario;
  const at = Object.entries(values).map(([p, v]) => `${p}=${v}`).join(', ');
  throw new InputError(r.issues.map((issue): LocatedIssue => ({ file: COMMAND_LINE, issue: { path: `${flag} ${issue.path}`, problem: `${issue.problem} (with ${at})`, allowed: issue.allowed } })));
}
