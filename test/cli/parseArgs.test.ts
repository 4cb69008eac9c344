import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/InputError.js';
import { parseArgs, type CliOptions } from '../../src/cli/parseArgs.js';
import { LIMITS } from '../../src/engine.js';

function options(argv: string[]): CliOptions {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected a run, got ${parsed.kind}`);
  return parsed.options;
}

function issues(argv: string[]): string[] {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof InputError) return e.lines();
    throw e;
  }
  throw new Error('expected an input error');
}

describe('parseArgs', () => {
  it('reads every option, in both spellings', () => {
    const o = options(['s.json', '--runs', '200', '--seed=7', '--compare', 'b.json', '--format=csv', '--providers', '--out', 'o.csv', '--workers', '3', '--progress']);
    expect(o).toEqual({ scenario: 's.json', runs: 200, seed: 7, compare: 'b.json', format: 'csv', providers: true, out: 'o.csv', workers: 3, progress: true });
  });

  it('defaults to a table, no overrides and no providers', () => {
    expect(options(['s.json'])).toEqual({ scenario: 's.json', runs: undefined, seed: undefined, compare: undefined, format: 'table', providers: false, out: undefined, workers: undefined, progress: false });
  });

  it('accepts the file after the options and after --', () => {
    expect(options(['--runs', '5', 's.json']).scenario).toBe('s.json');
    expect(options(['--runs', '5', '--', '--odd-name.json']).scenario).toBe('--odd-name.json');
  });

  it('passes numeric overrides through unchecked, for the scenario schema to judge', () => {
    expect(options(['s.json', '--runs', '-3']).runs).toBe(-3);
    expect(options(['s.json', '--runs', '2.5']).runs).toBe(2.5);
    expect(options(['s.json', '--seed', '1e3']).seed).toBe(1000);
  });

  it('answers --help, -h and --version before anything else', () => {
    expect(parseArgs(['--help']).kind).toBe('help');
    expect(parseArgs(['-h', '--bogus']).kind).toBe('help');
    expect(parseArgs(['--version']).kind).toBe('version');
  });

  it('reports each problem as its own line against the command line', () => {
    expect(issues(['s.json', '--bogus', '--runs', 'x', '--format', 'xml'])).toEqual([
      expect.stringMatching(/^error: command line: --bogus: unknown option; one of --runs, /),
      `error: command line: --runs: found "x"; a whole number from 1 to ${LIMITS.maxRuns}`,
      'error: command line: --format: found "xml"; "json", "csv" or "table"',
    ]);
  });

  it('refuses a flag without its value, a value for a switch, a repeated flag and a missing or extra file', () => {
    expect(issues(['s.json', '--runs', '--seed', '4'])).toEqual([`error: command line: --runs: missing its value; a whole number from 1 to ${LIMITS.maxRuns}`]);
    expect(issues(['s.json', '--providers=yes'])).toEqual(['error: command line: --providers: takes no value; --providers on its own']);
    expect(issues(['s.json', '--seed', '1', '--seed', '2'])).toEqual(['error: command line: --seed: given more than once; give each option once']);
    expect(issues([])).toEqual([expect.stringMatching(/^error: command line: <scenario.json>: missing; /)]);
    expect(issues(['a.json', 'b.json'])).toEqual([expect.stringMatching(/^error: command line: "b.json": unexpected extra argument; /)]);
  });

  it('checks --workers itself, since no scenario field holds it', () => {
    for (const bad of ['0', String(LIMITS.maxWorkers + 1), '1.5', 'many']) expect(issues(['s.json', '--workers', bad])).toHaveLength(1);
    expect(options(['s.json', '--workers', String(LIMITS.maxWorkers)]).workers).toBe(LIMITS.maxWorkers);
  });
});
