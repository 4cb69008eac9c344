/**
 * The flag grammar of every command (simulate, plan, sweep, sensitivity, merge): `--flag value`,
 * `--flag=value`, flags that stand alone, and flags that may be repeated (`--vary`). Every
 * problem is collected, not thrown at the first, so the user sees them all at once, in the
 * same `error: command line: <flag>: …` form as `simulate`.
 */
import { LIMITS, type IssueLine } from '../engine.js';
import { cliMsg, COMMAND_LINE } from './cliMessages.js';
import { InputError } from './InputError.js';
import { FORMATS, type Format } from './OutputFormat.js';

export type FlagKind = 'value' | 'flag' | 'repeat';

export interface ParsedFlags {
  values: Map<string, string[]>;
  positional: string[];
  issues: IssueLine[];
}

export function parseFlags(argv: readonly string[], flags: Readonly<Record<string, FlagKind>>, expected: Readonly<Record<string, string>>): ParsedFlags {
  const aliases: Readonly<Record<string, string>> = { '-h': '--help' };
  const known = [...Object.keys(flags), ...Object.keys(aliases)];
  const issues: IssueLine[] = [];
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') { positional.push(arg); continue; }
    if (arg === '--') { onlyFiles = true; continue; }
    const eq = arg.indexOf('=');
    const written = eq < 0 ? arg : arg.slice(0, eq);
    const name = aliases[written] ?? written;
    const kind = flags[name];
    if (kind === undefined) { issues.push(cliMsg.unknownFlag(written, known)); continue; }
    if (values.has(name) && kind !== 'repeat') issues.push(cliMsg.repeated(name));
    if (kind === 'flag') {
      if (eq >= 0) issues.push(cliMsg.unexpectedValue(name));
      values.set(name, ['']);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !flags[argv[i + 1]] && !aliases[argv[i + 1]]) value = argv[++i];
    if (value === undefined || value === '') { issues.push(cliMsg.missingValue(name, expected[name] ?? 'a value')); continue; }
    values.set(name, [...(kind === 'repeat' ? values.get(name) ?? [] : []), value]);
  }
  return { values, positional, issues };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal number as the user wrote it, or undefined (no hex, no `Infinity`, no blanks). */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : undefined;
}

/** Readers over parsed flags that add an issue (naming the flag) for a malformed value. */
export function flagReader(p: ParsedFlags, expected: Readonly<Record<string, string>>) {
  const text = (name: string): string | undefined => p.values.get(name)?.[0];
  return {
    text,
    all: (name: string): string[] => p.values.get(name) ?? [],
    has: (name: string): boolean => p.values.has(name),
    number(name: string): number | undefined {
      const v = text(name);
      if (v === undefined) return undefined;
      const x = parseNumber(v);
      if (x === undefined) p.issues.push(cliMsg.badValue(name, v, expected[name] ?? 'a number'));
      return x;
    },
    wholeNumber(name: string, min: number, max: number): number | undefined {
      const v = text(name);
      if (v === undefined) return undefined;
      const x = parseNumber(v);
      if (x === undefined || !Number.isInteger(x) || x < min || x > max) { p.issues.push(cliMsg.badValue(name, v, expected[name] ?? `a whole number from ${min} to ${max}`)); return undefined; }
      return x;
    },
  };
}

/** The flags every command that simulates one scenario file takes (read by readRunFlags). */
export const RUN_FLAGS = {
  '--runs': 'value', '--seed': 'value', '--format': 'value', '--out': 'value', '--workers': 'value', '--progress': 'flag', '--help': 'flag',
} as const satisfies Readonly<Record<string, FlagKind>>;

/** What the run flags allow, for their messages. */
export const RUN_FLAG_EXPECTED: Readonly<Record<string, string>> = {
  '--runs': `a whole number from 1 to ${LIMITS.maxRuns}`,
  '--seed': `a whole number from 0 to ${LIMITS.maxSeed}`,
  '--format': FORMATS.map((f) => JSON.stringify(f)).join(', '),
  '--out': 'the path of the file to write',
  '--workers': `a whole number from 1 to ${LIMITS.maxWorkers}`,
};

/** What every command that simulates one scenario file reads the same way. */
export interface RunFlags {
  scenario: string;
  runs: number | undefined;
  seed: number | undefined;
  workers: number | undefined;
  format: Format;
}

/**
 * Reads --runs, --seed, --workers, --format and the one scenario file, then throws every
 * problem collected so far (the command's own included), or returns the values.
 */
export function readRunFlags(p: ParsedFlags, r: ReturnType<typeof flagReader>, expected: Readonly<Record<string, string>>): RunFlags {
  const runs = r.number('--runs');
  const seed = r.number('--seed');
  const workers = r.wholeNumber('--workers', 1, LIMITS.maxWorkers);
  const format = r.text('--format') ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) p.issues.push(cliMsg.badValue('--format', format, expected['--format']));
  if (p.positional.length === 0) p.issues.push(cliMsg.noScenario());
  for (const extra of p.positional.slice(1)) p.issues.push(cliMsg.extraArgument(extra));
  if (p.issues.length) throw InputError.of(COMMAND_LINE, p.issues);
  return { scenario: p.positional[0], runs, seed, workers, format: format as Format };
}
