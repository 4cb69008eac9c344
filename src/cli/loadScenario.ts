/**
 * A scenario file → a validated Scenario, with the command line's --seed, --runs and --markets applied.
 * The file is validated as it stands first (a file is a document and must be valid on its
 * own); then the overrides are applied and the result validated again by the same schema,
 * so `--runs 10000000` fails exactly like `"runs": 10000000` would, but is reported against
 * the flag rather than the file.
 */
import { parseScenarioText, validateScenario, type Scenario, type IssueLine } from '../engine.js';
import { COMMAND_LINE } from './cliMessages.js';
import { InputError, type LocatedIssue } from './InputError.js';
import { readScenarioFile } from './readScenarioFile.js';

export interface Overrides {
  seed?: number;
  runs?: number;
  markets?: number;
  /** Where the overrides came from: the flags (`command line`) or another file (a baseline takes the design's). */
  source: 'flags' | 'design';
}

export function loadScenario(file: string, overrides?: Overrides): Scenario {
  const parsed = parseScenarioText(readScenarioFile(file));
  if (!parsed.ok) throw InputError.of(file, parsed.issues);
  if (!overrides || (overrides.seed === undefined && overrides.runs === undefined && overrides.markets === undefined)) return parsed.scenario;
  const data: Record<string, unknown> = { ...parsed.scenario };
  if (overrides.seed !== undefined) data.seed = overrides.seed;
  if (overrides.runs !== undefined) data.runs = overrides.runs;
  if (overrides.markets !== undefined) data.markets = overrides.markets;
  const checked = validateScenario(data);
  if (checked.ok) return checked.scenario;
  throw new InputError(checked.issues.map((issue) => locate(file, issue, overrides)));
}

/** An issue about an overridden field belongs to the flag that set it. */
function locate(file: string, issue: IssueLine, o: Overrides): LocatedIssue {
  if (o.source === 'flags') {
    if (issue.path === 'runs' && o.runs !== undefined) return { file: COMMAND_LINE, issue: { ...issue, path: '--runs' } };
    if (issue.path === 'seed' && o.seed !== undefined) return { file: COMMAND_LINE, issue: { ...issue, path: '--seed' } };
    if (issue.path === 'markets' && o.markets !== undefined) return { file: COMMAND_LINE, issue: { ...issue, path: '--markets' } };
  }
  return { file, issue };
}
