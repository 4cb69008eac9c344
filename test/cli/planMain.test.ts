import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type CliResult } from './runCli.js';
import { parsePlanArgs } from '../../src/cli/planArgs.js';
import { InputError } from '../../src/cli/InputError.js';

function runPlan(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/planMain.ts', ...args], { cwd: ROOT, env: { ...process.env, DEBUG: '' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const FAST = ['--runs', '20', '--replicates', '200'];

describe('npm run plan', () => {
  it('prints the plan as JSON with the fields the contract names', async () => {
    const r = await runPlan(['scenarios/default.json', ...FAST, '--format', 'json', '--window', 'period,12,36']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.engine.name).toBeTruthy();
    expect(plan.windows.map((w: { window: string }) => w.window)).toEqual(['period', '12', '36']);
    expect(plan.windows[0].roc[0]).toHaveProperty('falseFlagRate');
    expect(plan.windows[0].roc[0]).toHaveProperty('precision');
    expect(plan.sampleSize.formula.perProvider).toBe(145);
    expect(plan.sampleSize).toHaveProperty('simulation.perProvider');
    expect(plan.sampleSize).toHaveProperty('months');
  }, 60_000);

  it('writes CSV to --out, ;-separated', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plan-')), 'plan.csv');
    const r = await runPlan(['scenarios/default.json', ...FAST, '--format', 'csv', '--out', out, '--window', 'period']);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe('scenario;seed;runs;window;months;threshold;falseFlagRate;missRate;precision');
    expect(text).toContain('default;hvbYouth;');
  }, 60_000);

  it('exits 2 with one line per problem for bad options', async () => {
    const r = await runPlan(['scenarios/default.json', '--alpha', '2', '--window', 'weekly', '--bogus']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^error: command line: /);
    expect(r.stderr).toContain('--window: found "weekly"; one or more of period, 12, 24, 36, cumulative');
  }, 60_000);

  it('exits 2 naming the flag when the difference is larger than the rate', async () => {
    const r = await runPlan(['scenarios/default.json', ...FAST, '--difference', '0.6']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: command line: --difference: .*; a difference smaller than 0\.\d+/);
  }, 60_000);
});

describe('parsePlanArgs', () => {
  it('reads every option, both spellings', () => {
    const p = parsePlanArgs(['s.json', '--difference=0.05', '--alpha', '0.01', '--power', '0.9', '--benchmark', '0.4', '--window', '12,cumulative', '--format', 'json']);
    expect(p).toEqual({ kind: 'plan', options: expect.objectContaining({ scenario: 's.json', difference: 0.05, alpha: 0.01, power: 0.9, benchmark: 0.4, windows: ['12', 'cumulative'], format: 'json' }) });
  });
  it('refuses --difference with --relative and a missing file', () => {
    try { parsePlanArgs(['--difference', '0.1', '--relative', '0.5']); } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).lines()).toHaveLength(2);
      return;
    }
    throw new Error('accepted');
  });
});
