/**
 * The sensitivity view's figures (tornado, sweep, shares, EVPPI) with their tables and the
 * plain sentence. Inputs are named by the editor's parameter labels (`labelOf`, with the
 * service and segment); the tables keep the scenario path too, as the CSV export does.
 */
import { METRICS, type MetricId } from '../../engine.js';
import type { SensitivityResult } from '../../core/sensitivity/runSensitivity.js';
import { rankedBars } from '../../charts/rankedBars.js';
import { sweepLine } from '../../charts/sweepLine.js';
import { sweepHeatmap } from '../../charts/sweepHeatmap.js';
import { tornadoChart } from '../../charts/tornado.js';
import { formatNumber, formatPercent, formatSek } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import type { FigureModel } from '../chart/FigureModel.js';
import type { SweepPointResult } from '../run/SensitivityRunner.js';
import { makeTable } from './TableData.js';

export const metricLabel = (id: MetricId, lang: Lang): string => METRICS.find((m) => m.id === id)?.label[lang] ?? id;

/** A metric value in its unit: kronor as SEK, shares as percent, the rest as numbers. */
export function formatMetricValue(id: MetricId, x: number | null, lang: Lang): string {
  const unit = METRICS.find((m) => m.id === id)?.unit;
  if (x === null || !Number.isFinite(x)) return '–';
  if (unit === 'SEK') return formatSek(x, lang);
  if (unit === 'share') return formatPercent(x, lang);
  return formatNumber(x, lang, Math.abs(x) >= 100 ? 0 : 3);
}

/** A reader's name for an input path; the path itself where nothing better is known. */
export type InputLabeller = (path: string) => string;
const byPath: InputLabeller = (path) => path;

const num = (x: number, lang: Lang): string => formatNumber(x, lang, Math.abs(x) >= 100 ? 0 : 3);

/** Kronor are drawn in millions (axis labels like "1 580", not "1,58G"); other units as they are. */
function axisScale(id: MetricId, lang: Lang): { factor: number; suffix: string } {
  const unit = METRICS.find((m) => m.id === id)?.unit;
  return unit === 'SEK' ? { factor: 1e-6, suffix: lang === 'sv' ? ' (mnkr)' : ' (SEK million)' } : { factor: 1, suffix: '' };
}

export function tornadoFigure(r: SensitivityResult, lang: Lang, diff: boolean, labelOf: InputLabeller = byPath): FigureModel {
  const { factor, suffix } = axisScale(r.metric, lang);
  const metric = metricLabel(r.metric, lang) + (diff ? ' (Δ)' : '');
  const title = t(lang, 'tornadoTitle', { metric });
  // Inputs that move nothing stay in the table but not among the bars, and the sentence counts them.
  const still = r.tornado.filter((row) => row.swing === 0).length;
  const description = t(lang, 'tornadoDesc', { base: formatMetricValue(r.metric, r.base, lang) }) + (still > 0 ? ` ${t(lang, 'tornadoStill', { n: formatNumber(still, lang) })}` : '');
  const bars = r.tornado.filter((row) => row.swing !== 0).map((row) => ({ input: labelOf(row.path), atLow: (row.metricLow ?? NaN) * factor, atHigh: (row.metricHigh ?? NaN) * factor }));
  return {
    id: 'tornado',
    title,
    description,
    spec: (width, exportTitle) => tornadoChart({ width, description, title: exportTitle, bars, base: (r.base ?? 0) * factor, xTitle: metric + suffix, lowLabel: t(lang, 'tornadoLow'), highLabel: t(lang, 'tornadoHigh') }),
    table: makeTable(title, [
      { header: t(lang, 'colInput'), raw: (x) => labelOf(x.path), text: (x) => labelOf(x.path) },
      { header: t(lang, 'colPath'), raw: (x) => x.path, text: (x) => x.path },
      { header: t(lang, 'colKind'), raw: (x) => x.kind, text: (x) => t(lang, x.kind === 'estimate' ? 'kindEstimate' : 'kindDistribution') },
      { header: t(lang, 'colBaseValue'), raw: (x) => x.base, text: (x) => num(x.base, lang), numeric: true },
      { header: t(lang, 'colLowValue'), raw: (x) => x.low, text: (x) => num(x.low, lang), numeric: true },
      { header: t(lang, 'colHighValue'), raw: (x) => x.high, text: (x) => num(x.high, lang), numeric: true },
      { header: t(lang, 'colAtLow'), raw: (x) => x.metricLow, text: (x) => formatMetricValue(r.metric, x.metricLow, lang), numeric: true },
      { header: t(lang, 'colAtHigh'), raw: (x) => x.metricHigh, text: (x) => formatMetricValue(r.metric, x.metricHigh, lang), numeric: true },
      { header: t(lang, 'colSwing'), raw: (x) => x.swing, text: (x) => formatMetricValue(r.metric, x.swing, lang), numeric: true },
    ], r.tornado),
  };
}

export function varianceFigure(r: SensitivityResult, runs: number, lang: Lang, labelOf: InputLabeller = byPath): FigureModel | null {
  if (!r.variance) return null;
  const title = t(lang, 'varianceTitle');
  const description = t(lang, 'varianceDesc', { metric: metricLabel(r.metric, lang), runs: formatNumber(runs, lang) });
  const bars = r.variance.map((v) => ({ input: labelOf(v.path), value: v.share }));
  return {
    id: 'variance-shares', title, description,
    spec: (width, exportTitle) => rankedBars({ width, description, title: exportTitle, bars, xTitle: t(lang, 'colShare'), format: '.0%' }),
    table: makeTable(title, [
      { header: t(lang, 'colInput'), raw: (x) => labelOf(x.path), text: (x) => labelOf(x.path) },
      { header: t(lang, 'colPath'), raw: (x) => x.path, text: (x) => x.path },
      { header: t(lang, 'colShare'), raw: (x) => x.share, text: (x) => formatPercent(x.share, lang), numeric: true },
    ], r.variance),
  };
}

export function evppiFigure(r: SensitivityResult, lang: Lang, labelOf: InputLabeller = byPath): FigureModel | null {
  if (!r.evppi) return null;
  const title = t(lang, 'evppiTitle');
  const description = t(lang, 'evppiDesc', { value: formatSek(r.valuePerOutcome ?? 0, lang), evpi: formatSek(r.evpi ?? 0, lang) });
  const rows = r.evppi.map((e) => ({ path: e.path, perYear: e.value }));
  return {
    id: 'evppi', title, description,
    spec: (width, exportTitle) => rankedBars({ width, description, title: exportTitle, bars: rows.map((x) => ({ input: labelOf(x.path), value: x.perYear })), xTitle: t(lang, 'colEvppi'), format: ',.3~s' }),
    table: makeTable(title, [
      { header: t(lang, 'colInput'), raw: (x) => labelOf(x.path), text: (x) => labelOf(x.path) },
      { header: t(lang, 'colPath'), raw: (x) => x.path, text: (x) => x.path },
      { header: t(lang, 'colEvppi'), raw: (x) => x.perYear, text: (x) => formatSek(x.perYear, lang), numeric: true },
    ], rows),
  };
}

/** "The answer depends most on …; measuring it better would be worth up to … per year." */
export function sensitivitySentence(r: SensitivityResult, lang: Lang, labelOf: InputLabeller = byPath): string {
  const topShare = r.variance?.[0];
  const topValue = r.evppi?.[0];
  if (topValue && topValue.value > 0) return t(lang, 'sensSentence', { input: labelOf(topValue.path), value: formatSek(topValue.value, lang) });
  if (!topShare) return '';
  if (r.evppi) return t(lang, 'sensSentenceNoValue', { input: labelOf(topShare.path), share: formatPercent(topShare.share, lang), value: formatSek(r.valuePerOutcome ?? 0, lang) });
  return t(lang, 'sensSentenceShare', { input: labelOf(topShare.path), share: formatPercent(topShare.share, lang) });
}

/** The estimates left out because their switch is off, in one sentence (null when none were). */
export function skippedNote(r: SensitivityResult, lang: Lang, labelOf: InputLabeller = byPath): string | null {
  if (!r.skipped?.length) return null;
  const switches = [...new Set(r.skipped.map((s) => labelOf(s.switchOff)))];
  return t(lang, 'sensSkipped', { count: formatNumber(r.skipped.length, lang), switches: switches.join(', '), inputs: r.skipped.map((s) => labelOf(s.path)).join(', ') });
}

export function sweepFigure(points: readonly SweepPointResult[], path: string, metric: MetricId, runs: number, lang: Lang): FigureModel {
  const label = metricLabel(metric, lang);
  const title = t(lang, 'sweepTitle', { metric: label, path });
  const description = t(lang, 'sweepDesc', { runs: formatNumber(runs, lang) });
  const { factor, suffix } = axisScale(metric, lang);
  const data = points.map((p) => ({ x: p.x, mean: (p.metric.mean ?? NaN) * factor, lo: (p.metric.p05 ?? NaN) * factor, hi: (p.metric.p95 ?? NaN) * factor }));
  return {
    id: 'sweep', title, description,
    spec: (width, exportTitle) => sweepLine({ width, description, title: exportTitle, points: data, xTitle: path, yTitle: label + suffix, bandTitle: t(lang, 'sweepBand') }),
    table: makeTable(title, [
      { header: path, raw: (x) => x.x, text: (x) => num(x.x, lang), numeric: true },
      { header: label, raw: (x) => x.metric.mean, text: (x) => formatMetricValue(metric, x.metric.mean, lang), numeric: true },
      { header: `${t(lang, 'sweepBand')} (5 %)`, raw: (x) => x.metric.p05, text: (x) => formatMetricValue(metric, x.metric.p05, lang), numeric: true },
      { header: `${t(lang, 'sweepBand')} (95 %)`, raw: (x) => x.metric.p95, text: (x) => formatMetricValue(metric, x.metric.p95, lang), numeric: true },
    ], points),
  };
}

/** A two-way sweep as a heat map of the metric's mean; the table lists every cell with its 90 % range. */
export function heatmapFigure(points: readonly SweepPointResult[], paths: readonly [string, string], metric: MetricId, runs: number, lang: Lang): FigureModel {
  const { factor, suffix } = axisScale(metric, lang);
  const label = metricLabel(metric, lang);
  const title = t(lang, 'sweepTitle', { metric: label, path: `${paths[0]} × ${paths[1]}` });
  const description = t(lang, 'heatmapDesc', { runs: formatNumber(runs, lang) });
  const cells = points.map((p) => ({ x: p.x, y: p.y ?? NaN, mean: (p.metric.mean ?? NaN) * factor }));
  return {
    id: 'sweep', title, description,
    spec: (width, exportTitle) => sweepHeatmap({ width, description, title: exportTitle, cells, xTitle: paths[0], yTitle: paths[1], valueTitle: label + suffix }),
    table: makeTable(title, [
      { header: paths[0], raw: (x) => x.x, text: (x) => num(x.x, lang), numeric: true },
      { header: paths[1], raw: (x) => x.y ?? null, text: (x) => num(x.y ?? NaN, lang), numeric: true },
      { header: label, raw: (x) => x.metric.mean, text: (x) => formatMetricValue(metric, x.metric.mean, lang), numeric: true },
      { header: `${t(lang, 'sweepBand')} (5 %)`, raw: (x) => x.metric.p05, text: (x) => formatMetricValue(metric, x.metric.p05, lang), numeric: true },
      { header: `${t(lang, 'sweepBand')} (95 %)`, raw: (x) => x.metric.p95, text: (x) => formatMetricValue(metric, x.metric.p95, lang), numeric: true },
    ], points),
  };
}
