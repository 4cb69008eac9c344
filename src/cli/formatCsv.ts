/**
 * The report as CSV: one row per metric, `;`-separated (so Excel with Swedish settings splits
 * the columns), numbers with `.` decimal and no grouping, empty cells for values that cannot
 * be measured. Every row carries scenario, seed and runs so files from a sweep can be stacked,
 * and its unit and basis (per year or whole contract for flows). A comparison adds the
 * baseline, the paired-difference columns and the verdict. With --providers a second
 * table follows after one empty line, with its own header.
 */
import { METRICS } from '../engine.js';
import type { Report } from './buildReport.js';
import { plainNumber } from './plainNumber.js';

const SEP = ';';

function cell(value: string | number | null): string {
  if (typeof value === 'number' || value === null) return plainNumber(value);
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const row = (cells: ReadonlyArray<string | number | null>): string => cells.map(cell).join(SEP);

export function formatCsv(report: Report): string {
  const cmp = report.comparison;
  const header = ['scenario', 'seed', 'runs', 'metric', 'label', 'unit', 'basis', 'mean', 'sd', 'se', 'p05', 'p50', 'p95', 'n', 'undefined_runs'];
  if (cmp) header.push('baseline', 'baseline_level', 'design_level', 'diff_mean', 'diff_se', 'diff_low95', 'diff_high95', 'diff_p05', 'diff_p95', 'diff_n', 'smallest_important', 'verdict');
  const lines = [row(header)];
  for (const m of METRICS) {
    const d = report.metrics[m.id];
    const cells: Array<string | number | null> = [report.scenario.id, report.seed, report.runs, m.id, m.label.en, m.unit, d.basis, d.mean, d.sd, d.se, d.p05, d.p50, d.p95, d.n, d.undefinedRuns];
    if (cmp) {
      const x = cmp.metrics[m.id];
      cells.push(cmp.baseline.id, x.baseline, x.design, x.meanDiff, x.se, x.low, x.high, x.p05, x.p95, x.n, x.smallest, x.verdict);
    }
    lines.push(row(cells));
  }
  if (report.providers) {
    lines.push('');
    lines.push(row(['scenario', 'seed', 'runs', 'provider', 'segment', 'service', 'quality', 'deficient', 'trueRate', 'observedRate', 'revenuePerYear', 'margin', 'flaggedShare', 'flaggedWronglyShare']));
    for (const p of report.providers) {
      lines.push(row([report.scenario.id, report.seed, report.runs, p.index, p.segment, p.service, p.quality, p.deficient, p.trueRate, p.observedRate, p.revenuePerYear, p.margin, p.flaggedShare, p.flaggedWronglyShare]));
    }
  }
  return lines.join('\n') + '\n';
}
