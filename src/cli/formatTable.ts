/**
 * The report as aligned plain-text tables for a terminal: a heading, the metrics (English
 * labels, units from the metric catalogue), then the paired differences against the baseline
 * and the per-provider results when asked for.
 */
import { METRICS } from '../core/index.js';
import type { Report } from './buildReport.js';
import { displayUnit, displayValue, grouped } from './displayValue.js';

type Align = 'left' | 'right';

/** Columns padded to their widest cell; a dashed rule under the header. */
export function alignColumns(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]): string =>
    cells.map((v, c) => (align[c] === 'left' ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function formatTable(report: Report): string {
  const out: string[] = [];
  out.push(`${report.scenario.title.en} (${report.scenario.id})`);
  out.push(`seed ${report.seed}, ${grouped(report.runs, 0)} runs, ${report.engine.name} ${report.engine.version}`);
  out.push('');
  const metricRows = METRICS.map((m) => {
    const d = report.metrics[m.id];
    return [m.label.en, displayUnit(m.unit), ...[d.mean, d.se, d.p05, d.p50, d.p95].map((x) => displayValue(x, m.unit)), String(d.n)];
  });
  const numeric: Align[] = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'];
  out.push(...alignColumns(['Metric', 'Unit', 'Mean', 'MC SE', 'P5', 'Median', 'P95', 'n'], metricRows, numeric));

  const cmp = report.comparison;
  if (cmp) {
    out.push('', `Difference from baseline: ${cmp.baseline.title.en} (${cmp.baseline.id}), paired on the same ${grouped(report.runs, 0)} runs`, '');
    const rows = METRICS.map((m) => {
      const d = cmp.metrics[m.id];
      return [m.label.en, displayUnit(m.unit, true), displayValue(d.meanDiff, m.unit, true), displayValue(d.se, m.unit), displayValue(d.p05, m.unit, true), displayValue(d.p95, m.unit, true), String(d.n)];
    });
    out.push(...alignColumns(['Metric', 'Unit', 'Difference', 'MC SE', 'P5', 'P95', 'n'], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right']));
  }

  if (report.providers) {
    out.push('', 'Providers (means across runs)', '');
    const rows = report.providers.map((p) => [
      String(p.index), p.service, displayValue(p.quality, 'ratio'), displayValue(p.trueRate, 'share'), displayValue(p.observedRate, 'share'),
      displayValue(p.revenuePerYear, 'SEK/year'), displayValue(p.margin, 'share'), displayValue(p.flaggedShare, 'share'), displayValue(p.flaggedWronglyShare, 'share'),
    ]);
    out.push(...alignColumns(
      ['#', 'Service', 'Quality (log-odds)', 'True rate %', 'Observed rate %', 'Revenue SEK/year', 'Margin %', 'Flagged %', 'Wrongly flagged %'],
      rows, ['right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ));
  }
  return out.join('\n') + '\n';
}
