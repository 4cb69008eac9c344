/**
 * A sweep report in the three formats. CSV is one long table, one row per point and metric,
 * `;`-separated like simulate's (so rows from several sweeps stack); the table shows the
 * headline metrics per point; JSON is the report itself.
 */
import { METRICS } from '../engine.js';
import { displayValue, grouped } from './displayValue.js';
import { alignColumns } from './formatTable.js';
import type { Format } from './parseArgs.js';
import { plainNumber } from './plainNumber.js';
import type { SweepReport } from './sweepReport.js';

const cell = (v: string | number | null): string => (typeof v === 'number' || v === null ? plainNumber(v) : /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const row = (cells: ReadonlyArray<string | number | null>): string => cells.map(cell).join(';');

export function formatSweepCsv(r: SweepReport): string {
  const paths = r.vary.map((v) => v.path);
  const header = ['scenario', 'seed', 'runs', ...paths, 'metric', 'unit', 'mean', 'sd', 'se', 'p05', 'p50', 'p95', 'n'];
  if (r.baseline) header.push('baseline', 'diff_mean', 'diff_se', 'diff_p05', 'diff_p95', 'diff_n');
  const lines = [row(header)];
  for (const p of r.points) {
    for (const m of METRICS) {
      const d = p.metrics[m.id];
      const cells: Array<string | number | null> = [r.scenario.id, r.seed, r.runs, ...paths.map((x) => p.values[x]), m.id, m.unit, d.mean, d.sd, d.se, d.p05, d.p50, d.p95, d.n];
      const c = p.comparison?.[m.id];
      if (r.baseline && c) cells.push(r.baseline.id, c.meanDiff, c.se, c.p05, c.p95, c.n);
      lines.push(row(cells));
    }
  }
  return lines.join('\n') + '\n';
}

const HEADLINE = ['purchaser.totalCost', 'outcomes.trueRate', 'providers.shareWithLoss', 'measurement.falseFlagRate'];

export function formatSweepTable(r: SweepReport): string {
  const out = [`Sweep of ${r.scenario.title.en} (${r.scenario.id})`, `seed ${r.seed}, ${grouped(r.runs, 0)} runs per point, ${r.engine.name} ${r.engine.version}`];
  if (r.baseline) out.push(`Differences from ${r.baseline.title.en} (${r.baseline.id}) on the same runs`);
  out.push('');
  const metrics = HEADLINE.map((id) => METRICS.find((m) => m.id === id)!).filter(Boolean);
  const rows = r.points.map((p) => [
    ...r.vary.map((v) => plainNumber(p.values[v.path])),
    ...metrics.map((m) => {
      const d = r.baseline ? p.comparison?.[m.id]?.meanDiff ?? null : p.metrics[m.id].mean;
      const se = r.baseline ? p.comparison?.[m.id]?.se ?? null : p.metrics[m.id].se;
      return `${displayValue(d, m.unit, Boolean(r.baseline))} ± ${displayValue(se, m.unit)}`;
    }),
  ]);
  const header = [...r.vary.map((v) => v.path), ...metrics.map((m) => `${m.label.en} (${m.unit === 'share' ? (r.baseline ? 'pp' : '%') : m.unit})`)];
  out.push(...alignColumns(header, rows, header.map((_, i) => (i < r.vary.length ? 'left' : 'right'))));
  if (r.solve) {
    const s = r.solve;
    out.push('', `${s.path} at which ${s.of === 'difference' ? 'the difference in ' : ''}${s.metric} = ${plainNumber(s.target)}: ${grouped(s.value, 2)} ± ${grouped(s.se, 2)} (Monte Carlo SE; ${s.iterations} bisection steps on common random numbers)`);
  }
  return out.join('\n') + '\n';
}

export function formatSweep(r: SweepReport, format: Format): string {
  if (format === 'json') return JSON.stringify(r, null, 2) + '\n';
  return format === 'csv' ? formatSweepCsv(r) : formatSweepTable(r);
}
