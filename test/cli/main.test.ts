/**
 * The simulate command in process (the same function the process runs; process.test.ts
 * checks the process contract itself): every shipped scenario in every format with every
 * metric id, reproducibility, paired comparisons, --out, --workers, help and version.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE, METRIC_COUNT, METRIC_IDS, METRICS } from '../../src/engine.js';
import { ROOT, runInProcess as runCli } from './runCli.js';

const SCENARIOS = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json')).sort();
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const STATS = ['mean', 'sd', 'se', 'p05', 'p50', 'p95', 'n'];

interface JsonReport {
  engine: { name: string; version: string };
  scenario: { id: string; title: { sv: string; en: string } };
  seed: number;
  runs: number;
  metrics: Record<string, Record<string, number | null>>;
  comparison?: { baseline: { id: string }; metrics: Record<string, Record<string, number | null>> };
  providers?: Array<Record<string, unknown>>;
}

async function json(args: string[]): Promise<JsonReport> {
  const r = await runCli([...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonReport;
}

describe.concurrent('every shipped scenario runs in every format', () => {
  it('finds the scenario library', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of SCENARIOS) {
    const path = `scenarios/${file}`;
    const id = file.replace(/\.json$/, '');

    it(`${file} as json`, async () => {
      const r = await runCli([path, '--runs', '4', '--seed', '11', '--format', 'json', '--providers']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/NaN|Infinity/);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.engine).toEqual({ name: ENGINE.name, version: ENGINE.version });
      expect(report.scenario.id).toBe(id);
      expect(report.seed).toBe(11);
      expect(report.runs).toBe(4);
      expect(Object.keys(report.metrics)).toEqual(METRIC_IDS);
      for (const metricId of METRIC_IDS) {
        const m = report.metrics[metricId];
        expect(Object.keys(m).slice(0, STATS.length), metricId).toEqual(STATS);
        for (const k of STATS) expect(m[k] === null || Number.isFinite(m[k]), `${metricId}.${k}`).toBe(true);
        expect(m.n).toBeLessThanOrEqual(4);
      }
      expect(report.providers?.length).toBeGreaterThan(0);
    });

    it(`${file} as csv`, async () => {
      const r = await runCli([path, '--runs', '4', '--seed', '11', '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      const rows = r.stdout.trimEnd().split('\n').map((line) => line.split(';'));
      expect(rows).toHaveLength(METRIC_COUNT + 1);
      const header = rows[0];
      expect(header.slice(0, 4)).toEqual(['scenario', 'seed', 'runs', 'metric']);
      const metricColumn = header.indexOf('metric');
      expect(rows.slice(1).map((row) => row[metricColumn])).toEqual(METRIC_IDS);
      for (const row of rows.slice(1)) {
        expect(row).toHaveLength(header.length);
        expect(row[0]).toBe(id);
        for (const stat of STATS) {
          const value = row[header.indexOf(stat)];
          expect(value === '' || PLAIN_NUMBER.test(value), `${row[metricColumn]} ${stat} = ${value}`).toBe(true);
        }
      }
    });

    it(`${file} as table`, async () => {
      const r = await runCli([path, '--runs', '4', '--seed', '11', '--format', 'table']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      for (const m of METRICS) expect(r.stdout, m.id).toContain(m.label.en);
      expect(r.stdout).toContain(`(${id})`);
      expect(r.stdout).not.toMatch(/NaN/);
      // `undefined` is a column's name (runs in which a metric is undefined), never a value.
      expect(r.stdout.split('\n').filter((l) => /\bundefined\b/.test(l) && !l.startsWith('Metric'))).toEqual([]);
    });
  }
});

describe.concurrent('reproducibility', () => {
  it('gives byte-identical output for the same scenario and seed, and different output for a different seed', async () => {
    const args = ['scenarios/outcome-bonus-10.json', '--runs', '30', '--format', 'json', '--providers'];
    const [a, b, c] = await Promise.all([runCli([...args, '--seed', '5']), runCli([...args, '--seed', '5']), runCli([...args, '--seed', '6'])]);
    expect(a.code).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const ra = JSON.parse(a.stdout) as JsonReport;
    const rc = JSON.parse(c.stdout) as JsonReport;
    expect(rc.metrics['purchaser.totalCost'].mean).not.toBe(ra.metrics['purchaser.totalCost'].mean);
  });

  it('uses the file seed and runs unless the flags override them', async () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'scenarios/withhold.json'), 'utf8')) as { seed: number };
    const report = await json(['scenarios/withhold.json', '--runs', '3']);
    expect(report.seed).toBe(file.seed);
    expect(report.runs).toBe(3);
  });

  it('gives the same result with worker threads as on one thread', async () => {
    const args = ['scenarios/tournament-audits.json', '--runs', '60', '--seed', '3', '--format', 'json', '--providers'];
    const [one, two] = await Promise.all([runCli(args), runCli([...args, '--workers', '2'])]);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe.concurrent('--compare', () => {
  it('reports paired differences on common random numbers', async () => {
    const common = ['--runs', '30', '--seed', '9'];
    const [cmp, design, baseline] = await Promise.all([
      json(['scenarios/outcome-bonus-10.json', ...common, '--compare', 'scenarios/default.json']),
      json(['scenarios/outcome-bonus-10.json', ...common]),
      json(['scenarios/default.json', ...common]),
    ]);
    expect(cmp.comparison?.baseline.id).toBe('default');
    expect(Object.keys(cmp.comparison?.metrics ?? {})).toEqual(METRIC_IDS);
    // The design's own metrics are those of a plain run.
    expect(cmp.metrics).toEqual(design.metrics);
    for (const id of METRIC_IDS) {
      const d = cmp.comparison!.metrics[id];
      expect(Object.keys(d)).toEqual(expect.arrayContaining(['meanDiff', 'se', 'p05', 'p95', 'n']));
      const a = design.metrics[id].mean, b = baseline.metrics[id].mean;
      if (a === null || b === null || d.n !== 30) continue;
      // The mean of paired differences is the difference of the means.
      expect(d.meanDiff!).toBeCloseTo(a - b, Math.max(0, 9 - Math.ceil(Math.log10(Math.abs(a) + 1))));
    }
    // A bonus changes payments but not who gets care or how it goes: the same clients in every run.
    expect(cmp.comparison!.metrics['purchaser.payments'].meanDiff!).toBeGreaterThan(0);
    expect(cmp.comparison!.metrics['purchaser.payments'].p05!).toBeGreaterThan(0);
    expect(cmp.comparison!.metrics['outcomes.trueRate']).toMatchObject({ meanDiff: 0, se: 0, p05: 0, p95: 0, n: 30 });
  });

  it('gives exactly zero differences when a scenario is compared with itself', async () => {
    const report = await json(['scenarios/tournament-audits.json', '--runs', '30', '--compare', 'scenarios/tournament-audits.json']);
    for (const id of METRIC_IDS) {
      const d = report.comparison!.metrics[id];
      if (d.n === 0) expect(d, id).toMatchObject({ meanDiff: null, se: null, p05: null, p95: null, n: 0 });
      else expect(d, id).toMatchObject({ meanDiff: 0, se: 0, p05: 0, p95: 0, n: d.n });
    }
  });

  it("runs the baseline with the design's seed and runs", async () => {
    const report = await json(['scenarios/default.json', '--runs', '7', '--seed', '123', '--compare', 'scenarios/withhold.json']);
    expect(report.runs).toBe(7);
    expect(report.comparison!.metrics['purchaser.totalCost'].n).toBe(7);
    // Same seed, same clients: per diem and withhold differ in money only.
    expect(report.comparison!.metrics['clients.served'].meanDiff).toBe(0);
  });

  it('adds the differences to csv and table output', async () => {
    const args = ['scenarios/withhold.json', '--runs', '5', '--compare', 'scenarios/default.json'];
    const [csv, table] = await Promise.all([runCli([...args, '--format', 'csv']), runCli([...args, '--format', 'table'])]);
    const header = csv.stdout.split('\n')[0].split(';');
    expect(header).toEqual(expect.arrayContaining(['baseline', 'diff_mean', 'diff_se', 'diff_p05', 'diff_p95', 'diff_n']));
    expect(csv.stdout.split('\n')[1].split(';')[header.indexOf('baseline')]).toBe('default');
    expect(table.stdout).toContain('Difference from baseline');
    expect(table.stdout).toContain('(default)');
  });
});

describe.concurrent('other options', () => {
  it('--out writes the file and nothing to standard output', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cli-out-')), 'result.csv');
    const [written, printed] = await Promise.all([
      runCli(['scenarios/default.json', '--runs', '3', '--format', 'csv', '--out', out]),
      runCli(['scenarios/default.json', '--runs', '3', '--format', 'csv']),
    ]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
  });

  it('--help and --version print and exit 0', async () => {
    const [help, version] = await Promise.all([runCli(['--help']), runCli(['--version'])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(`${ENGINE.name} ${ENGINE.version}\n`);
  });

  it('keeps standard output clean when --progress is on', async () => {
    const r = await runCli(['scenarios/default.json', '--runs', '3', '--format', 'json', '--progress']);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});
