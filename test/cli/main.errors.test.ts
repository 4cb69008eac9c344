/**
 * Every kind of bad input exits with code 2 and exactly one line on standard error,
 * `error: <file>: <json path>: <what is wrong>; <what is allowed>`, naming the path of the
 * problem, with nothing on standard output and no stack trace. The bad files are written to
 * a temporary folder. The command runs in process (process.test.ts checks that a real
 * process prints the same); variants of the same kind are tested in parseArgs and loadScenario.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/engine.js';
import { ROOT, runInProcess as runCli } from './runCli.js';

const DIR = mkdtempSync(join(tmpdir(), 'cli-bad-'));
const VALID = readFileSync(join(ROOT, 'scenarios/default.json'), 'utf8');
type Data = Record<string, unknown> & { segments: Array<Record<string, unknown>>; measure: Record<string, unknown> };

/** A copy of the default scenario with one thing changed, written to the temp folder. */
function badFile(name: string, change: (d: Data) => void): string {
  const data = JSON.parse(VALID) as Data;
  change(data);
  return textFile(name, JSON.stringify(data, null, 2));
}
function textFile(name: string, text: string): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

interface Case {
  name: string;
  args: () => string[];
  /** The file the line names (a path, or `command line`) and the JSON path. */
  file: (args: string[]) => string;
  path: string;
  /** Part of the message that says what is wrong. */
  problem: RegExp;
}

const first = (args: string[]): string => args[0];
const cmd = (): string => 'command line';
const runs = (n: number) => (d: Data): void => { d.runs = n; };

const CASES: Case[] = [
  { name: 'missing file', args: () => [join(DIR, 'does-not-exist.json')], file: first, path: '$', problem: /file not found/ },
  { name: 'folder instead of file', args: () => [DIR], file: first, path: '$', problem: /not a regular file/ },
  { name: 'empty file', args: () => [textFile('empty.json', '')], file: first, path: '$', problem: /empty/ },
  { name: 'not JSON', args: () => [textFile('broken.json', '{ "schemaVersion": 1, "id": ')], file: first, path: '$', problem: /not valid JSON/ },
  { name: 'missing schemaVersion', args: () => [badFile('no-version.json', (d) => { delete d.schemaVersion; })], file: first, path: 'schemaVersion', problem: /missing/ },
  { name: 'wrong schemaVersion', args: () => [badFile('text-version.json', (d) => { d.schemaVersion = 'one'; })], file: first, path: 'schemaVersion', problem: /found "one"/ },
  { name: 'newer schemaVersion', args: () => [badFile('new-version.json', (d) => { d.schemaVersion = 99; })], file: first, path: 'schemaVersion', problem: /newer/ },
  { name: 'missing field', args: () => [badFile('no-horizon.json', (d) => { delete d.horizonMonths; })], file: first, path: 'horizonMonths', problem: /missing/ },
  { name: 'mistyped field', args: () => [badFile('text-runs.json', (d) => { d.runs = 'many'; })], file: first, path: 'runs', problem: /found "many"/ },
  { name: 'probability above 1', args: () => [badFile('sensitivity.json', (d) => { d.measure.params = { sensitivity: 1.2 }; })], file: first, path: 'measure.params.sensitivity', problem: /found 1\.2/ },
  { name: 'negative count', args: () => [badFile('providers.json', (d) => { d.segments[0].providers = -3; })], file: first, path: 'segments[0].providers', problem: /found -3/ },
  { name: 'non-integer count', args: () => [badFile('capacity.json', (d) => { d.segments[0].params = { capacity: 2.5 }; })], file: first, path: 'segments[0].params.capacity', problem: /not a whole number/ },
  { name: 'runs above the limit in the file', args: () => [badFile('many-runs.json', runs(LIMITS.maxRuns + 1))], file: first, path: 'runs', problem: new RegExp(`found ${LIMITS.maxRuns + 1}`) },
  { name: 'unknown measure', args: () => [badFile('measure.json', (d) => { d.measure.model = 'lowerInterventio'; })], file: first, path: 'measure.model', problem: /unknown measure/ },
  { name: 'file over the size limit', args: () => [textFile('huge.json', VALID + ' '.repeat(LIMITS.maxFileBytes))], file: first, path: '$', problem: /bytes/ },
  { name: 'unknown flag', args: () => ['scenarios/default.json', '--frobnicate'], file: cmd, path: '--frobnicate', problem: /unknown option/ },
  { name: '--runs above the limit', args: () => ['scenarios/default.json', '--runs', String(LIMITS.maxRuns + 1)], file: cmd, path: '--runs', problem: new RegExp(`found ${LIMITS.maxRuns + 1}`) },
  { name: '--runs not a whole number', args: () => ['scenarios/default.json', '--runs', '2.5'], file: cmd, path: '--runs', problem: /found "2\.5"/ },
  { name: 'no scenario file', args: () => ['--runs', '3'], file: cmd, path: '<scenario.json>', problem: /missing/ },
  { name: 'bad baseline', args: () => ['scenarios/default.json', '--compare', badFile('bad-baseline.json', (d) => { d.measure.model = 'nope'; })], file: (a) => a[2], path: 'measure.model', problem: /unknown measure/ },
  { name: '--out into a missing folder', args: () => ['scenarios/default.json', '--runs', '2', '--out', join(DIR, 'no-such-folder', 'out.json')], file: (a) => a[4], path: '$', problem: /cannot write/ },
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.concurrent('bad input exits 2 with one line naming the path', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const args = c.args();
      const r = await runCli(args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      expect(lines, r.stderr).toHaveLength(1);
      const line = lines[0];
      expect(line).toMatch(new RegExp(`^error: ${escape(c.file(args))}: ${escape(c.path)}: .+; .+$`));
      expect(line).toMatch(c.problem);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe('every issue gets its own line', () => {
  it('reports all problems of a file at once', async () => {
    const path = badFile('two-problems.json', (d) => { d.runs = 0; d.horizonMonths = 'long'; });
    const r = await runCli([path]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => l.startsWith(`error: ${path}: runs: `))).toBe(true);
    expect(lines.some((l) => l.startsWith(`error: ${path}: horizonMonths: `))).toBe(true);
  });
});
