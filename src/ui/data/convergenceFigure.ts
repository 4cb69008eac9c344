/**
 * Has the answer settled? For the Results view's key figures, the running mean with its 95 %
 * band against the runs done (from the result's per-run values in run order, which is chunk
 * order, so the same with any number of workers), and for each a sentence saying whether more
 * runs would change the figure as it is shown:
 *
 * - settled: the band's half-width (1.96 × Monte Carlo SE) is within half the key figure's
 *   display step, so more runs would not change the figure as rounded;
 * - last digit: it is wider than that, but narrower than the smallest difference that matters
 *   (the metric catalogue's), so more runs could move the last digit shown, not the answer;
 * - more runs: it is wider than the smallest difference that matters.
 */
import { basisFactor, CHUNK_RUNS, metricDefinition, type MetricId } from '../../engine.js';
import { runningMean } from '../../core/summarise/runningMean.js';
import { convergenceLine } from '../../charts/convergenceLine.js';
import { formatNumber, formatPercent, formatSekShort } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';
import { t, type TextKey } from '../../i18n/t.js';
import type { FigureModel } from '../chart/FigureModel.js';
import type { JobResult } from '../run/BatchRunner.js';
import { makeTable } from './TableData.js';

const Z95 = 1.959963984540054;

/** The key figures as the Results view shows them: the metric, its label and how it is rounded. */
const KEY_FIGURES: ReadonlyArray<{ metric: MetricId; label: TextKey; percentDigits?: number }> = [
  { metric: 'purchaser.totalCost', label: 'kfCost' },
  { metric: 'outcomes.trueRate', label: 'kfTrueRate', percentDigits: 1 },
  { metric: 'providers.shareWithLoss', label: 'kfLoss', percentDigits: 1 },
  { metric: 'measurement.falseFlagRate', label: 'kfWrongFlag', percentDigits: 2 },
];

export type Settled = 'settled' | 'lastDigit' | 'moreRuns' | 'unknown';

export interface ConvergenceVerdict {
  metric: MetricId;
  label: string;
  runs: number;
  mean: number | null;
  halfWidth: number | null;
  /** Half the step of the figure as displayed (formatSekShort for kronor, percent with its digits). */
  halfStep: number;
  smallest: number | null;
  settled: Settled;
}

/** The step of a kronor figure as formatSekShort writes it. */
function sekStep(x: number): number {
  const a = Math.abs(x);
  return a >= 1e8 ? 1e6 : a >= 1e6 ? 1e5 : a >= 1e3 ? 1e3 : 1;
}

export function settledVerdict(halfWidth: number | null, halfStep: number, smallest: number | null): Settled {
  if (halfWidth === null) return 'unknown';
  if (halfWidth <= halfStep) return 'settled';
  return smallest !== null && halfWidth < smallest ? 'lastDigit' : 'moreRuns';
}

/** Checkpoints at whole chunks, at most about 40 of them. */
export function checkpointEvery(runs: number): number {
  return CHUNK_RUNS * Math.max(1, Math.ceil(runs / (40 * CHUNK_RUNS)));
}

export function convergence(job: JobResult, lang: Lang): { figure: FigureModel; verdicts: ConvergenceVerdict[] } {
  const every = checkpointEvery(job.result.runs);
  const series = KEY_FIGURES.map((k) => {
    const def = metricDefinition(k.metric);
    const points = runningMean(job.result, def, basisFactor(def, 'perYear', job.scenario.horizonMonths), every);
    const last = points[points.length - 1];
    const mean = last?.mean ?? null;
    const halfWidth = last?.se == null ? null : Z95 * last.se;
    const halfStep = (k.percentDigits === undefined ? sekStep(mean ?? 0) : 10 ** -(k.percentDigits + 2)) / 2;
    const smallest = def.smallest.absolute ?? (def.smallest.relative !== undefined && mean !== null ? def.smallest.relative * Math.abs(mean) : null);
    const verdict: ConvergenceVerdict = { metric: k.metric, label: t(lang, k.label), runs: last?.runs ?? 0, mean, halfWidth, halfStep, smallest, settled: settledVerdict(halfWidth, halfStep, smallest) };
    return { k, points, verdict };
  });
  // Kronor in millions, shares in per cent, as the key figures read.
  const scale = (k: (typeof KEY_FIGURES)[number]): number => (k.percentDigits === undefined ? 1e-6 : 100);
  const unit = (k: (typeof KEY_FIGURES)[number]): string => (k.percentDigits === undefined ? t(lang, 'unitMnkrYear') : '%');
  const rows = series.flatMap(({ k, points }) => points.map((p) => ({
    metric: `${t(lang, k.label)} (${unit(k)})`,
    runs: p.runs,
    mean: p.mean === null ? NaN : p.mean * scale(k),
    lo: p.mean === null || p.se === null ? NaN : (p.mean - Z95 * p.se) * scale(k),
    hi: p.mean === null || p.se === null ? NaN : (p.mean + Z95 * p.se) * scale(k),
  })));
  const title = t(lang, 'convTitle');
  const description = t(lang, 'convDesc', { every: formatNumber(every, lang) });
  const num = (x: number): string => formatNumber(x, lang, Math.abs(x) >= 100 ? 1 : 3);
  const figure: FigureModel = {
    id: 'convergence', title, description,
    spec: (width, exportTitle) => convergenceLine({ width, description, title: exportTitle, points: rows, runsTitle: t(lang, 'convRuns'), meanTitle: t(lang, 'convMean'), bandTitle: t(lang, 'convBand') }),
    table: makeTable(title, [
      { header: t(lang, 'convMetric'), raw: (x) => x.metric, text: (x) => x.metric },
      { header: t(lang, 'convRuns'), raw: (x) => x.runs, text: (x) => formatNumber(x.runs, lang), numeric: true },
      { header: t(lang, 'convMean'), raw: (x) => x.mean, text: (x) => num(x.mean), numeric: true },
      { header: `${t(lang, 'convBand')} (−)`, raw: (x) => x.lo, text: (x) => num(x.lo), numeric: true },
      { header: `${t(lang, 'convBand')} (+)`, raw: (x) => x.hi, text: (x) => num(x.hi), numeric: true },
    ], rows),
  };
  return { figure, verdicts: series.map((s) => s.verdict) };
}

/** An error or a difference in the key figure's own terms: kronor short, shares in percentage points. */
function amount(v: ConvergenceVerdict, x: number, lang: Lang): string {
  if (v.metric === 'purchaser.totalCost') return formatSekShort(x, lang);
  const digits = v.metric === 'measurement.falseFlagRate' ? 3 : 2;
  return `${formatNumber(x * 100, lang, digits)}\u00a0${lang === 'sv' ? 'procentenheter' : 'percentage points'}`;
}

/** "After N runs the Monte Carlo error of X is ±Y; more runs would not change the answer at the shown precision." */
export function convergenceSentence(v: ConvergenceVerdict, lang: Lang): string {
  if (v.settled === 'unknown' || v.halfWidth === null) return t(lang, 'convUnknown', { metric: v.label });
  const vars = { runs: formatNumber(v.runs, lang), metric: v.label, error: amount(v, v.halfWidth, lang), smallest: v.smallest === null ? '–' : amount(v, v.smallest, lang) };
  return t(lang, v.settled === 'settled' ? 'convSettled' : v.settled === 'lastDigit' ? 'convLastDigit' : 'convMoreRuns', vars);
}
