import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileScenario, QI, QUANTITY_COUNT, simulateScenario } from '../../src/engine.js';
import type { RunPeriodRow } from '../../src/cli/formatRunPeriods.js';
import { runInProcess } from './runCli.js';
import { tinyScenario } from './tinyScenario.js';

const scenario = tinyScenario({ runs: 40 });
const file = join(mkdtempSync(join(tmpdir(), 'cli-run-')), 'tiny.json');
writeFileSync(file, JSON.stringify(scenario));

describe('simulate --run R: one run per provider and payment period', () => {
  it('prints run R of the batch: its rows add up to that run\'s measured clients, recorded good outcomes and flags', async () => {
    const batch = simulateScenario(compileScenario(scenario));
    for (const run of [1, 27, 40]) {
      const { code, stdout } = await runInProcess([file, '--run', String(run), '--format', 'json']);
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as { run: number; rows: RunPeriodRow[] };
      expect(out.run).toBe(run);
      const row = batch.metrics.subarray((run - 1) * QUANTITY_COUNT, run * QUANTITY_COUNT);
      const sum = (f: (r: RunPeriodRow) => number): number => out.rows.reduce((n, r) => n + f(r), 0);
      expect(sum((r) => r.measured)).toBe(row[QI['n.measured']]);
      expect(sum((r) => r.recordedGood)).toBe(row[QI['n.observed']]);
      expect(sum((r) => Number(r.flagged))).toBe(row[QI['n.flagged']]);
      expect(sum((r) => Number(r.deficient))).toBe(row[QI['n.deficientPeriods']]);
    }
  });

  it('prints a table and a CSV with one line per provider-period', async () => {
    const table = await runInProcess([file, '--run', '2']);
    expect(table.stdout).toMatch(/^tiny: run 2 of seed 42, per provider and payment period of 3 months\n\nprovider +period +measured/);
    const csv = await runInProcess([file, '--run', '2', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('scenario;seed;run;provider;period;measured;recorded_good;measured_rate;true_rate;flagged;deficient');
    expect(lines.length - 1).toBe(table.stdout.trim().split('\n').length - 3);
  });

  it('refuses a run the scenario does not have, and --run with --compare', async () => {
    const over = await runInProcess([file, '--run', '41']);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('--run: found 41; a whole number from 1 to 40, the number of runs');
    const both = await runInProcess([file, '--run', '1', '--compare', file]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--run: cannot be used with --compare');
    expect((await runInProcess([file, '--run', '0'])).code).toBe(2);
  });
});
