/**
 * The report as aligned plain-text tables for a terminal: a heading, the metrics (English
 * labels, units from the metric catalogue), then the paired differences against the baseline
 * and the per-provider results when asked for.
 */
import { METRICS } from '../engine.js';
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

function displayBasis(basis: string): string {
  return ({ perYear: 'per year', contract: 'contract', perPeriod: 'per period', share: '', ratio: '' } as Record<string, string>)[basis] ?? basis;
}

export function formatTable(report: Report): string {
  const out: string[] = [];
  out.push(`${report.scenario.title.en} (${report.scenario.id})`);
  out.push(`seed ${report.seed}, ${grouped(report.runs, 0)} runs, ${report.engine.name} ${report.engine.version}`);
  out.push(`Totals (kronor, clients, hours) are ${report.basis === 'perYear' ? 'per year' : `for the whole contract (${report.horizonMonths} months)`}; ratios are ratios of totals over all runs.`);
  out.push(report.assumptions.text.en);
  out.push('');
  // With the runs split among markets, the share of each metric's spread the market explains.
  const markets = METRICS.some((m) => report.metrics[m.id].marketShare !== undefined);
  const metricRows = METRICS.map((m) => {
    const d = report.metrics[m.id];
    const centre = m.centre === 'median' ? d.p50 : d.mean;
    const row = [m.label.en, displayUnit(m.unit), displayBasis(d.basis), ...[centre, d.se, d.p05, d.p50, d.p95].map((x) => displayValue(x, m.unit)), String(d.n), String(d.undefinedRuns)];
    return markets ? [...row, displayValue(d.marketShare ?? null, 'share')] : row;
  });
  const numeric: Align[] = ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
  const header = ['Metric', 'Unit', 'Basis', 'Value', 'MC SE', 'P5', 'Median', 'P95', 'n', 'undefined'];
  out.push(...alignColumns(markets ? [...header, 'Market share of spread %'] : header, metricRows, numeric));

  const cmp = report.comparison;
  if (cmp) {
    out.push('', `Difference from baseline: ${cmp.baseline.title.en} (${cmp.baseline.id}), paired on the same ${grouped(report.runs, 0)} runs`);
    for (const w of cmp.warnings) out.push(`Note: ${w.text.en}`);
    out.push('');
    const rows = METRICS.map((m) => {
      const d = cmp.metrics[m.id];
      return [
        // Levels of a share in percent, their difference in percentage points.
        m.label.en, m.unit === 'share' ? '% / pp' : displayUnit(m.unit), displayValue(d.baseline, m.unit), displayValue(d.design, m.unit), displayValue(d.meanDiff, m.unit, true),
        `${displayValue(d.low, m.unit, true)} to ${displayValue(d.high, m.unit, true)}`, displayValue(d.smallest, m.unit), d.verdict,
      ];
    });
    out.push(...alignColumns(['Metric', 'Unit', 'Baseline', 'Design', 'Difference', '95 % interval', 'Smallest important', 'Verdict'], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left']));
  }

  if (report.providers) {
    out.push('', 'Providers (means across runs)', '');
    const rows = report.providers.map((p) => [
      String(p.index), p.service, displayValue(p.quality, 'ratio'), displayValue(p.trueRate, 'share'), displayValue(p.observedRate, 'share'),
      displayValue(p.revenuePerYear, 'SEK'), displayValue(p.margin, 'share'), displayValue(p.flaggedShare, 'share'), displayValue(p.flaggedWronglyShare, 'share'),
    ]);
    out.push(...alignColumns(
      ['#', 'Service', 'Quality (log-odds)', 'True rate %', 'Observed rate %', 'Revenue SEK/year', 'Margin %', 'Flagged %', 'Wrongly flagged %'],
      rows, ['right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ));
  }
  return out.join('\n') + '\n';
}
