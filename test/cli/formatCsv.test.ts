import { describe, expect, it } from 'vitest';
import { buildReport, type Report } from '../../src/cli/buildReport.js';
import { formatCsv } from '../../src/cli/formatCsv.js';
import { runScenario } from '../../src/cli/runScenario.js';
import { METRIC_COUNT, METRIC_IDS, type Scenario } from '../../src/engine.js';
import { tinyScenario } from './tinyScenario.js';

async function report(s: Scenario, withBaseline = false): Promise<Report> {
  const design = await runScenario(s);
  return buildReport(design, { baseline: withBaseline ? await runScenario(s) : undefined, providers: true });
}

describe('formatCsv', () => {
  it('writes one ;-separated row per metric with a header, then the providers after an empty line', async () => {
    const r = await report(tinyScenario());
    const [metrics, providers] = formatCsv(r).split('\n\n');
    const rows = metrics.split('\n').map((l) => l.split(';'));
    expect(rows).toHaveLength(METRIC_COUNT + 1);
    expect(rows.slice(1).map((row) => row[3])).toEqual(METRIC_IDS);
    const providerRows = providers.trimEnd().split('\n');
    expect(providerRows).toHaveLength(1 + r.providers!.length);
    expect(providerRows[0].split(';')).toContain('observedRate');
  });

  it('leaves cells of unmeasurable values empty and never writes NaN', async () => {
    const r = await report(tinyScenario());
    r.metrics['purchaser.costPerAttributableOutcome'] = { mean: null, sd: null, se: null, p05: null, p50: null, p95: null, n: 0, undefinedRuns: 3, unit: 'SEK', basis: 'ratio' };
    const line = formatCsv(r).split('\n').find((l) => l.includes(';purchaser.costPerAttributableOutcome;'))!;
    expect(line.endsWith(';SEK;ratio;;;;;;;0;3')).toBe(true);
    expect(formatCsv(r)).not.toMatch(/NaN|null|e[+-]\d/);
  });

  it('quotes a text cell that holds the separator', async () => {
    const s = tinyScenario();
    const r = await report(s);
    r.scenario = { id: 'a;b "c"', title: s.title };
    expect(formatCsv(r).split('\n')[1].startsWith('"a;b ""c""";')).toBe(true);
  });

  it('adds the baseline and the paired differences as columns', async () => {
    const r = await report(tinyScenario(), true);
    const lines = formatCsv(r).split('\n');
    const header = lines[0].split(';');
    expect(header.slice(-12)).toEqual(['baseline', 'baseline_level', 'design_level', 'diff_mean', 'diff_se', 'diff_low95', 'diff_high95', 'diff_p05', 'diff_p95', 'diff_n', 'smallest_important', 'verdict']);
    const payments = lines.find((l) => l.includes(';purchaser.payments;'))!.split(';');
    const cells = payments.slice(-12);
    expect(cells[0]).toBe('tiny');
    expect(cells[1]).toBe(cells[2]);
    expect(cells.slice(3, 10)).toEqual(['0', '0', '0', '0', '0', '0', String(r.runs)]);
    expect(cells[11]).toBe('unclear');
  });
});
