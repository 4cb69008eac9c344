/**
 * A sensitivity report in the three formats. JSON: `{ engine, scenario, seed, runs,
 * baseline?, metric, inputs, base, tornado: [{path, kind, base, low, high, metricLow,
 * metricHigh, swing, label}], skipped?: [{path, switchOff}], variance?: [{path, share}],
 * evpi?, evppi?: [{path, value}], valuePerOutcome?, outcomeMetric? }` (metrics per year, as
 * `simulate` reports them by default). CSV: one long table, one row per (section, input).
 * Table: the tornado, the shares and the value of information, and one sentence.
 */
import { METRICS } from '../engine.js';
import type { SensitivityResult } from '../core/sensitivity/runSensitivity.js';
import type { TornadoRow } from '../core/sensitivity/tornado.js';
import type { ScenarioRef } from './buildReport.js';
import { displayValue, grouped } from './displayValue.js';
import { alignColumns } from './formatTable.js';
import type { Format } from './parseArgs.js';
import { plainNumber } from './plainNumber.js';

export interface SensitivityReport extends SensitivityResult {
  /** Each row with the parameter's English label (the path stays the key). */
  tornado: Array<TornadoRow & { label: string }>;
  engine: { name: string; version: string };
  scenario: ScenarioRef;
  seed: number;
  runs: number;
  baseline?: ScenarioRef;
}

const cell = (v: string | number | null): string => (typeof v === 'number' || v === null ? plainNumber(v) : /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const row = (cells: ReadonlyArray<string | number | null>): string => cells.map(cell).join(';');

export function formatSensitivityCsv(r: SensitivityReport): string {
  const lines = [row(['scenario', 'baseline', 'seed', 'runs', 'metric', 'section', 'path', 'kind', 'base', 'low', 'high', 'metric_low', 'metric_high', 'swing', 'share', 'value'])];
  const head = [r.scenario.id, r.baseline?.id ?? '', r.seed, r.runs, r.metric];
  const none = [null, null, null, null, null, null];
  for (const t of r.tornado) lines.push(row([...head, 'tornado', t.path, t.kind, t.base, t.low, t.high, t.metricLow, t.metricHigh, t.swing, null, null]));
  for (const s of r.skipped ?? []) lines.push(row([...head, 'skipped', s.path, 'estimate', ...none, null, null]));
  for (const v of r.variance ?? []) lines.push(row([...head, 'variance', v.path, 'distribution', ...none, v.share, null]));
  for (const e of r.evppi ?? []) lines.push(row([...head, 'evppi', e.path, 'distribution', ...none, null, e.value]));
  if (r.evpi !== undefined) lines.push(row([...head, 'evpi', '', '', ...none, null, r.evpi]));
  return lines.join('\n') + '\n';
}

/** "The answer depends most on …; measuring it better would be worth up to … per year." */
export function plainSentence(r: SensitivityResult): string {
  const top = r.evppi?.[0] ?? (r.variance?.[0] && { path: r.variance[0].path, value: NaN });
  if (!top) return '';
  if (r.evppi && Number.isFinite(top.value)) {
    return top.value > 0
      ? `The decision depends most on ${top.path}; measuring it better would be worth up to ${grouped(top.value, 0)} SEK per year (all inputs: ${grouped(r.evpi ?? 0, 0)} SEK per year), at ${grouped(r.valuePerOutcome ?? 0, 0)} SEK per good outcome.`
      : `No input would change the decision at ${grouped(r.valuePerOutcome ?? 0, 0)} SEK per good outcome: measuring them better is worth nothing for this choice.`;
  }
  return `The answer depends most on ${top.path} (${grouped(100 * (r.variance?.[0].share ?? 0), 0)} % of the variance of ${r.metric}).`;
}

export function formatSensitivityTable(r: SensitivityReport): string {
  const m = METRICS.find((x) => x.id === r.metric);
  const unit = m?.unit ?? 'ratio';
  const diff = Boolean(r.baseline);
  const out = [`Sensitivity of ${diff ? 'the difference in ' : ''}${m?.label.en ?? r.metric} (${r.metric}) — ${r.scenario.title.en} (${r.scenario.id})${r.baseline ? ` vs ${r.baseline.id}` : ''}`];
  out.push(`seed ${r.seed}, ${grouped(r.runs, 0)} runs per point, ${r.engine.name} ${r.engine.version}; base (every input at its median): ${displayValue(r.base, unit, diff)}`, '');
  out.push('Tornado: a distribution from its 10th to its 90th percentile, an estimate across its documented range; the others at their base', '');
  const shown = (x: number): string => plainNumber(Number(x.toPrecision(6)));
  out.push(...alignColumns(['Input', 'Kind', 'Base', 'Low', 'High', 'At low', 'At high', 'Swing'],
    r.tornado.map((t) => [t.path, t.kind, shown(t.base), shown(t.low), shown(t.high), displayValue(t.metricLow, unit, diff), displayValue(t.metricHigh, unit, diff), displayValue(t.swing, unit)]),
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right']));
  if (r.skipped?.length) {
    const switches = [...new Set(r.skipped.map((s) => s.switchOff))];
    out.push('', `Skipped ${r.skipped.length} estimates that cannot matter here, since ${switches.join(', ')} ${switches.length > 1 ? 'are' : 'is'} off: ${r.skipped.map((s) => s.path).join(', ')}`);
  }
  if (r.variance) {
    out.push('', `First-order share of the variance across ${grouped(r.runs, 0)} runs with the inputs drawn per run`, '');
    out.push(...alignColumns(['Input', 'Share %'], r.variance.map((v) => [v.path, grouped(100 * v.share, 1)]), ['left', 'right']));
  }
  if (r.evppi) {
    out.push('', `Value of information (net benefit = ${grouped(r.valuePerOutcome ?? 0, 0)} SEK × ${r.outcomeMetric} − total cost; SEK per year)`, '');
    out.push(...alignColumns(['Input', 'EVPPI SEK/year'], [...r.evppi.map((e) => [e.path, grouped(e.value, 0)]), ['all inputs (EVPI)', grouped(r.evpi ?? 0, 0)]], ['left', 'right']));
  }
  const sentence = plainSentence(r);
  if (sentence) out.push('', sentence);
  return out.join('\n') + '\n';
}

export function formatSensitivity(r: SensitivityReport, format: Format): string {
  if (format === 'json') return JSON.stringify(r, null, 2) + '\n';
  return format === 'csv' ? formatSensitivityCsv(r) : formatSensitivityTable(r);
}
