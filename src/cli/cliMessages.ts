/**
 * Messages about the command line and the files it names, in the same shape as the scenario
 * messages (src/core/scenario/messages.ts), so every bad input prints as one line
 * `error: <file>: <path>: <problem>; <allowed>`. Flags are reported against the pseudo-file
 * `command line`, with the flag as the path.
 */
import type { ScenarioIssue } from '../engine.js';

/** A command-line word as it appears in a message, quoted and cut short. */
const show = (word: string): string => JSON.stringify(word.length > 40 ? word.slice(0, 40) + '…' : word);

export const COMMAND_LINE = 'command line';

export const cliMsg = {
  fileNotFound: (): ScenarioIssue => ({ path: '$', problem: 'file not found', allowed: 'a path to a scenario JSON file, e.g. scenarios/default.json' }),
  notAFile: (): ScenarioIssue => ({ path: '$', problem: 'not a regular file', allowed: 'a path to a scenario JSON file, e.g. scenarios/default.json' }),
  unreadable: (code: string): ScenarioIssue => ({ path: '$', problem: `cannot read the file (${code})`, allowed: 'a readable scenario JSON file' }),
  cannotWrite: (code: string): ScenarioIssue => ({ path: '$', problem: `cannot write the file (${code})`, allowed: 'a file path in an existing, writable folder' }),
  noScenario: (): ScenarioIssue => ({ path: '<scenario.json>', problem: 'missing', allowed: 'the path of a scenario file as the first argument; see --help' }),
  extraArgument: (arg: string): ScenarioIssue => ({ path: show(arg), problem: 'unexpected extra argument', allowed: 'exactly one scenario file; use --compare <baseline.json> for a second one' }),
  unknownFlag: (flag: string, known: readonly string[]): ScenarioIssue => ({ path: flag, problem: 'unknown option', allowed: `one of ${known.join(', ')}` }),
  missingValue: (flag: string, expected: string): ScenarioIssue => ({ path: flag, problem: 'missing its value', allowed: expected }),
  unexpectedValue: (flag: string): ScenarioIssue => ({ path: flag, problem: 'takes no value', allowed: `${flag} on its own` }),
  repeated: (flag: string): ScenarioIssue => ({ path: flag, problem: 'given more than once', allowed: 'give each option once' }),
  badValue: (flag: string, found: string, expected: string): ScenarioIssue => ({ path: flag, problem: `found ${show(found)}`, allowed: expected }),
};
