import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/InputError.js';
import { parsePlanArgs } from '../../src/cli/planArgs.js';

function issues(argv: string[]): string[] {
  try {
    parsePlanArgs(argv);
  } catch (e) {
    if (e instanceof InputError) return e.lines();
    throw e;
  }
  throw new Error('expected an input error');
}

describe('parsePlanArgs', () => {
  it('reads every option, in both spellings, on the shared flag grammar', () => {
    const p = parsePlanArgs(['s.json', '--difference', '0.1', '--alpha=0.05', '--power', '0.9', '--window=period,12', '--runs', '200', '--seed', '3', '--replicates=500', '--format', 'csv', '--out', 'o.csv']);
    expect(p).toEqual({
      kind: 'plan',
      options: { scenario: 's.json', difference: 0.1, relative: undefined, benchmark: undefined, alpha: 0.05, power: 0.9, runs: 200, seed: 3, replicates: 500, windows: ['period', '12'], format: 'csv', out: 'o.csv' },
    });
  });

  it('answers --help and -h wherever they stand, even beside a bad flag', () => {
    expect(parsePlanArgs(['--bogus', '-h']).kind).toBe('help');
    expect(parsePlanArgs(['s.json', '--help']).kind).toBe('help');
  });

  it('reports every problem at once, each naming its flag', () => {
    const lines = issues(['--bogus', '--alpha', '0.7', '--difference', '0.1', '--relative', '0.5', '--window', 'decade', '--runs']);
    expect(lines.some((l) => l.includes('--bogus'))).toBe(true);
    expect(lines.some((l) => l.includes('--alpha') && l.includes('0.7'))).toBe(true);
    expect(lines.some((l) => l.includes('--relative') && l.includes('--difference'))).toBe(true);
    expect(lines.some((l) => l.includes('--window') && l.includes('decade'))).toBe(true);
    expect(lines.some((l) => l.includes('--runs'))).toBe(true);
    expect(lines.some((l) => l.includes('scenario'))).toBe(true);
  });

  it('refuses a flag given twice', () => {
    expect(issues(['s.json', '--runs', '5', '--runs', '6']).some((l) => l.includes('--runs'))).toBe(true);
  });
});
