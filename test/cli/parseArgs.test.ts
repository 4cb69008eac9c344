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

const expectedFor = (flag: string): string =>
  flag === '--seed' ? 'a whole number from 0 to 4294967295' : `a whole number from 1 to ${flag === '--runs' ? LIMITS.maxRuns : LIMITS.maxWorkers}`;

describe('parseArgs', () => {
  it('reads every option, in both spellings', () => {
    const o = options(['s.json', '--runs', '200', '--seed=7', '--compare', 'b.json', '--format=csv', '--providers', '--out', 'o.csv', '--workers', '3', '--progress']);
    expect(o).toEqual({ scenario: 's.json', runs: 200, seed: 7, compare: 'b.json', format: 'csv', providers: true, out: 'o.csv', workers: 3, progress: true, basis: 'perYear', smallest: {} });
  });

  it('defaults to a table, no overrides and no providers', () => {
    expect(options(['s.json'])).toEqual({ scenario: 's.json', runs: undefined, seed: undefined, compare: undefined, format: 'table', providers: false, out: undefined, workers: undefined, progress: false, basis: 'perYear', smallest: {} });
  });

  it('accepts the file after the options and after --', () => {
    expect(options(['--runs', '5', 's.json']).scenario).toBe('s.json');
    expect(options(['--runs', '5', '--', '--odd-name.json']).scenario).toBe('--odd-name.json');
  });

  it('passes whole numbers written in digits through, for the scenario schema to judge their range', () => {
    expect(options(['s.json', '--runs', '0']).runs).toBe(0);
    expect(options(['s.json', '--runs', '99999999']).runs).toBe(99999999);
    expect(options(['s.json', '--seed', '4294967296']).seed).toBe(4294967296);
    expect(options(['s.json', '--seed', String(Number.MAX_SAFE_INTEGER)]).seed).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('checks numbers as text, so nothing is rounded into a value the user did not write', () => {
    const cases: Array<[string, string]> = [
      ['--seed', '1e-400'], // would round to 0
      ['--runs', '10.000000000000000001'], // would round to 10
      ['--seed', '9007199254740993'], // would be read as …992
      ['--seed', '1e3'], ['--runs', '2.5'], ['--runs', '-3'], ['--runs', '+3'], ['--runs', '0x10'], ['--runs', ' 5'], ['--runs', '١٢'], ['--workers', '2.0'],
    ];
    for (const [flag, value] of cases) {
      expect(issues(['s.json', flag, value]), `${flag} ${value}`).toEqual([`error: command line: ${flag}: found ${JSON.stringify(value)}; ${expectedFor(flag)}, written in digits only (no sign, decimals or exponent)`]);
    }
  });

  it('answers --help, -h and --version before anything else', () => {
    expect(parseArgs(['--help']).kind).toBe('help');
    expect(parseArgs(['-h', '--bogus']).kind).toBe('help');
    expect(parseArgs(['--version']).kind).toBe('version');
  });

  it('reports each problem as its own line against the command line', () => {
    expect(issues(['s.json', '--bogus', '--runs', 'x', '--format', 'xml'])).toEqual([
      expect.stringMatching(/^error: command line: --bogus: unknown option; one of --runs, /),
      `error: command line: --runs: found "x"; a whole number from 1 to ${LIMITS.maxRuns}, written in digits only (no sign, decimals or exponent)`,
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

describe('parseArgs: --shard and --until-se', () => {
  it('reads them, and refuses bad values and the two together', () => {
    const run = (argv: string[]) => { const p = parseArgs(argv); if (p.kind !== 'run') throw new Error('not a run'); return p.options; };
    expect(run(['s.json', '--shard', '2/3']).shard).toEqual({ k: 2, n: 3 });
    expect(run(['s.json', '--until-se', 'purchaser.totalCost=1e6']).untilSe).toEqual({ metric: 'purchaser.totalCost', se: 1e6 });
    expect(() => parseArgs(['s.json', '--shard', '0/3'])).toThrow(/--shard: found "0\/3"/);
    expect(() => parseArgs(['s.json', '--until-se', 'purchaser.totalCost=0'])).toThrow(/--until-se/);
    expect(() => parseArgs(['s.json', '--shard', '1/2', '--until-se', 'purchaser.totalCost=1'])).toThrow(/cannot be used with --shard/);
  });
});
