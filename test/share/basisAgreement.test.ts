/**
 * One basis everywhere: with a 36-month horizon, the CLI's report, the page's summary (its
 * table and its summary CSV) give the same per-year figures, and the whole-contract basis is
 * three times a flow's per-year figure and leaves shares and ratios alone.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/cli/buildReport.js';
import { runScenario } from '../../src/cli/runScenario.js';
import { METRICS, summarise } from '../../src/engine.js';
import { summaryCsv } from '../../src/share/summaryCsv.js';
import { percentileTable } from '../../src/ui/data/percentileTable.js';
import { metricRows } from '../../src/ui/data/metricRows.js';
import { defaultScenario } from '../../src/ui/state/scenarioLibrary.js';

describe('one basis in the CLI, the page and its CSV', () => {
  it('agree per year for a 36-month horizon, and the contract basis is the per-year figure × 3 for flows', async () => {
    const s = { ...defaultScenario(), runs: 25, horizonMonths: 36, segments: [{ service: 'hvbYouth', providers: 6 }] };
    const run = await runScenario(s);
    const cli = buildReport(run);
    const page = summarise(run.compiled, run.result);
    const contract = buildReport(run, { basis: 'contract' });
    const rows = metricRows(run.result, 3, 'en');
    const csv = summaryCsv(rows, 'en').trim().split('\r\n').slice(1).map((l) => l.split(';'));
    const table = percentileTable(rows, run.result.runs, 'en');
    for (const [i, m] of METRICS.entries()) {
      expect(cli.metrics[m.id].mean, m.id).toBe(page.metrics[m.id].mean);
      const cell = csv.find((r) => r[0] === m.id)!;
      const mean = page.metrics[m.id].mean;
      expect(cell[4] === '' ? null : Number(cell[4]), m.id).toBe(mean === null ? null : Number(mean.toPrecision(15)));
      expect(table.rows[i][1].raw, m.id).toBe(page.metrics[m.id].mean);
      const perYear = cli.metrics[m.id].mean, whole = contract.metrics[m.id].mean;
      if (perYear === null) continue;
      if (m.basis === 'flow') {
        expect(whole! / 3, m.id).toBeCloseTo(perYear, 6);
        expect(contract.metrics[m.id].basis).toBe('contract');
        expect(cli.metrics[m.id].basis).toBe('perYear');
      } else expect(whole, m.id).toBe(perYear);
    }
  });
});
