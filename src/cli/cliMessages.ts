/**
 * Messages about the command line and the files it names, in the same shape as the scenario
 * messages (src/core/issues/messages.ts), so every bad input prints as one line
 * `error: <file>: <path>: <problem>; <allowed>`. Flags are reported against the pseudo-file
 * `command line`, with the flag as the path.
 */
import type { IssueLine } from '../engine.js';

/** A command-line word as it appears in a message, quoted and cut short. */
const show = (word: string): string => JSON.stringify(word.length > 40 ? word.slice(0, 40) + '…' : word);

export const COMMAND_LINE = 'command line';
/** The pseudo-file for problems writing the results to standard output. */
export const STANDARD_OUTPUT = 'standard output';

/** Plain words for the write errors a user can meet; the code stays, for searching. */
const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EFBIG: 'the file-size limit was reached',
  EDQUOT: 'the disk quota was reached',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOENT: 'no such folder',
  EISDIR: 'it is a folder',
  EIO: 'input/output error',
};
const explain = (code: string): string => (WRITE_ERRORS[code] ? `${code}: ${WRITE_ERRORS[code]}` : code);

export const cliMsg = {
  fileNotFound: (): IssueLine => ({ path: '$', problem: 'file not found', allowed: 'a path to a scenario JSON file, e.g. scenarios/default.json' }),
  notAFile: (): IssueLine => ({ path: '$', problem: 'not a regular file', allowed: 'a path to a scenario JSON file, e.g. scenarios/default.json' }),
  unreadable: (code: string): IssueLine => ({ path: '$', problem: `cannot read the file (${code})`, allowed: 'a readable scenario JSON file' }),
  cannotWrite: (code: string): IssueLine => ({ path: '$', problem: `cannot write the file (${explain(code)})`, allowed: 'a file path in an existing, writable folder with room for the results' }),
  cannotWriteStdout: (code: string): IssueLine => ({ path: '$', problem: `cannot write the results (${explain(code)})`, allowed: 'standard output with room for the results (check the disk and the file-size limit), or --out FILE' }),
  notUtf8: (byte: number, line: number, column: number): IssueLine => ({
    path: '$',
    problem: `the file is not UTF-8 text: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column} is not valid UTF-8`,
    allowed: 'a file saved as UTF-8 (files in Latin-1 or Windows-1252 are not read; save it again as UTF-8)',
  }),
  outIsInput: (flag: string): IssueLine => ({ path: '--out', problem: `is the same file as the ${flag}`, allowed: 'a different file: --out would replace the input with the results' }),
  outNotAFile: (): IssueLine => ({ path: '--out', problem: 'names something that is not a regular file', allowed: 'the path of a regular file to write; leave out --out to write to standard output' }),
  notPlainInteger: (flag: string, found: string, expected: string): IssueLine => ({ path: flag, problem: `found ${show(found)}`, allowed: `${expected}, written in digits only (no sign, decimals or exponent)` }),
  noScenario: (): IssueLine => ({ path: '<scenario.json>', problem: 'missing', allowed: 'the path of a scenario file as the first argument; see --help' }),
  extraArgument: (arg: string): IssueLine => ({ path: show(arg), problem: 'unexpected extra argument', allowed: 'exactly one scenario file; use --compare <baseline.json> for a second one' }),
  unknownFlag: (flag: string, known: readonly string[]): IssueLine => ({ path: flag, problem: 'unknown option', allowed: `one of ${known.join(', ')}` }),
  missingValue: (flag: string, expected: string): IssueLine => ({ path: flag, problem: 'missing its value', allowed: expected }),
  unexpectedValue: (flag: string): IssueLine => ({ path: flag, problem: 'takes no value', allowed: `${flag} on its own` }),
  repeated: (flag: string): IssueLine => ({ path: flag, problem: 'given more than once', allowed: 'give each option once' }),
  badValue: (flag: string, found: string, expected: string): IssueLine => ({ path: flag, problem: `found ${show(found)}`, allowed: expected }),
};
