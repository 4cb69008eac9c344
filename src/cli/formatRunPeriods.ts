/**
 * One run's providers period by period (`simulate --run R`): per provider and payment period
 * the measured clients, recorded good outcomes, measured rate, true rate (core/simulate/
 * captureRun), and whether it was flagged and truly deficient, as the settlement saw them.
 * Periods a provider did not hold its contract are left out. Table, CSV (`;`, `.` decimals)
 * or JSON, like the summary.
 */
import type { CapturedRun, Scenario } from '../engine.js';
import type { Format } from './parseArgs.js';
import { plainNumber } from './plainNumber.js';

export interface RunPeriodRow {
  provider: number;
  period: number;
  measured: number;
  recordedGood: number;
  measuredRate: number | null;
  trueRate: number;
  flagged: boolean;
  deficient: boolean;
}

/** Providers and periods 1-based, as the page shows them. */
export function runPeriodRows(r: CapturedRun): RunPeriodRow[] {
  const rows: RunPeriodRow[] = [];
  for (let j = 0; j < r.providers; j++) {
    for (let q = 0; q < r.periods; q++) {
      const cell = j * r.periods + q;
      if (!r.settled[cell]) continue;
      const n = r.measured[cell];
      rows.push({
        provider: j + 1, period: q + 1, measured: n, recordedGood: r.successes[cell], measuredRate: n > 0 ? r.successes[cell] / n : null,
        trueRate: r.trueRate[cell], flagged: r.flagged[cell] === 1, deficient: r.deficient[cell] === 1,
      });
    }
  }
  return rows;
}

const HEADER = ['provider', 'period', 'measured', 'recorded_good', 'measured_rate', 'true_rate', 'flagged', 'deficient'] as const;

export function formatRunPeriods(scenario: Scenario, r: CapturedRun, format: Format): string {
  const rows = runPeriodRows(r);
  if (format === 'json') {
    return JSON.stringify({ scenario: scenario.id, seed: scenario.seed, run: r.run + 1, periodMonths: r.periodMonths, rows }, null, 2) + '\n';
  }
  const cells = rows.map((x) => [x.provider, x.period, x.measured, x.recordedGood, x.measuredRate, x.trueRate, x.flagged ? 1 : 0, x.deficient ? 1 : 0]);
  if (format === 'csv') {
    const lines = [['scenario', 'seed', 'run', ...HEADER].join(';')];
    for (const c of cells) lines.push([scenario.id, String(scenario.seed), String(r.run + 1), ...c.map((v) => plainNumber(v))].join(';'));
    return lines.join('\n') + '\n';
  }
  const text = cells.map((c) => c.map((v, i) => (v === null ? '–' : i === 4 || i === 5 ? (v * 100).toFixed(1) + ' %' : String(v))));
  const widths = HEADER.map((h, i) => Math.max(h.length, ...text.map((t) => t[i].length)));
  const line = (xs: readonly string[]): string => xs.map((x, i) => x.padStart(widths[i])).join('  ');
  const title = `${scenario.id}: run ${r.run + 1} of seed ${scenario.seed}, per provider and payment period of ${r.periodMonths} months`;
  return [title, '', line(HEADER), ...text.map(line)].join('\n') + '\n';
}
