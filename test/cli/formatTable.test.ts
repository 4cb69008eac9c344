import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/cli/buildReport.js';
import { alignColumns, formatTable } from '../../src/cli/formatTable.js';
import { runScenario } from '../../src/cli/runScenario.js';
import { METRICS } from '../../src/engine.js';
import { tinyScenario } from './tinyScenario.js';

describe('alignColumns', () => {
  it('pads every column to its widest cell, text left and numbers right', () => {
    const lines = alignColumns(['Name', 'Value'], [['a', '1'], ['longer', '1,000']], ['left', 'right']);
    expect(lines).toEqual(['Name    Value', '------  -----', 'a           1', 'longer  1,000']);
  });
});

describe('formatTable', () => {
  it('shows a heading, every metric with its unit, the comparison and the providers', async () => {
    const s = tinyScenario();
    const design = await runScenario(s);
    const report = buildReport(design, { baseline: await runScenario(s), providers: true });
    const text = formatTable(report);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Tiny (tiny)');
    expect(lines[1]).toBe('seed 42, 30 runs, outcome-payment-workbench 0.1.0');
    for (const m of METRICS) expect(text).toContain(m.label.en);
    const cost = lines.find((l) => l.startsWith('Total cost'))!;
    expect(cost).toMatch(/^Total cost\s+SEK\s+per year\s+\d{1,3}(,\d{3})+\s/);
    expect(lines.find((l) => l.startsWith('True good-outcome rate'))).toMatch(/\s%\s+\d+\.\d\d\s/);
    expect(text).toContain('Difference from baseline: Tiny (tiny), paired on the same 30 runs');
    expect(text).toContain('Providers (means across runs)');
    // One aligned row per provider, the index right-aligned in the first column.
    expect(lines.filter((l) => /^\s*\d+\s{2}hvbYouth\s/.test(l))).toHaveLength(6);
  });
  it('adds the share of spread from the market when the runs are split among markets', async () => {
    const split = formatTable(buildReport(await runScenario(tinyScenario({ markets: 3 }))));
    const header = split.split('\n').find((l) => l.startsWith('Metric'))!;
    expect(header).toMatch(/Market share of spread %$/);
    expect(formatTable(buildReport(await runScenario(tinyScenario()))).split('\n').find((l) => l.startsWith('Metric'))).not.toMatch(/Market share/);
  });
});
