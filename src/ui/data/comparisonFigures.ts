/**
 * A comparison in plain terms: one card per design with the six headline differences from the
 * baseline (paired over runs on common random numbers), each with its 90 % range and a
 * sentence, and the dot-plot of all differences with its table.
 */
import type { Difference } from '../../engine.js';
import { differenceDotPlot, type DifferenceRow } from '../../charts/differenceDotPlot.js';
import type { Lang } from '../../i18n/Lang.js';
import { formatNumber } from '../../i18n/format.js';
import { t, type TextKey } from '../../i18n/t.js';
import type { JobResult } from '../run/BatchRunner.js';
import type { FigureModel } from '../chart/FigureModel.js';
import { describeDifference, yearsOf } from './perYear.js';
import { differenceSentence, formatDifference, formatLevels, HEADLINE_METRICS, intervalText, UNMEASURED_METRIC, verdict, type HeadlineKey, type HeadlineMetric } from './headlineMetrics.js';
import { behaviourSentences, movesUnmeasured, warningTexts } from './comparisonNotes.js';
import { makeTable } from './TableData.js';

export interface CardRow {
  key: HeadlineKey;
  label: string;
  value: string;
  /** The baseline's level → the design's, on the difference's basis. */
  levels: string;
  interval: string;
  sentence: string;
  verdict: 'better' | 'worse' | 'same' | 'unknown';
  difference: Difference;
}

export interface CardModel {
  design: string;
  baseline: string;
  runs: number;
  runsTotal: number;
  complete: boolean;
  rows: CardRow[];
  /** Every way the two differ besides the payment rule, one sentence each. */
  warnings: string[];
  /** Which provider behaviours are on in each, or that providers were assumed not to react. */
  behaviours: string[];
}

/** The card's measures: the six headline ones, and what the measure does not see beside the true outcomes when a behaviour moves it. */
export function cardMetrics(design: JobResult, baseline: JobResult): HeadlineMetric[] {
  if (!movesUnmeasured(design.compiled, baseline.compiled)) return [...HEADLINE_METRICS];
  const i = HEADLINE_METRICS.findIndex((m) => m.key === 'trueRate') + 1;
  return [...HEADLINE_METRICS.slice(0, i), UNMEASURED_METRIC, ...HEADLINE_METRICS.slice(i)];
}

export function differences(design: JobResult, baseline: JobResult): Partial<Record<HeadlineKey, Difference>> {
  const out: Partial<Record<HeadlineKey, Difference>> = {};
  for (const m of cardMetrics(design, baseline)) out[m.key] = describeDifference(design.result, yearsOf(design.scenario.horizonMonths), baseline.result, yearsOf(baseline.scenario.horizonMonths), m.metric);
  return out;
}

export function comparisonCard(design: JobResult, baseline: JobResult, lang: Lang): CardModel {
  const base = baseline.scenario.title[lang];
  const name = design.scenario.title[lang];
  const diffs = differences(design, baseline);
  return {
    design: name, baseline: base, runs: Math.min(design.result.runs, baseline.result.runs), runsTotal: design.scenario.runs, complete: design.complete && baseline.complete,
    rows: cardMetrics(design, baseline).map((m) => {
      const d = diffs[m.key]!;
      return {
        key: m.key, label: t(lang, `card_${m.key}`), value: formatDifference(m.key, d.meanDiff, lang), levels: formatLevels(m.key, d, lang), interval: intervalText(m.key, d, lang),
        sentence: differenceSentence(m.key, d, lang, base), verdict: verdict(d), difference: d,
      };
    }),
    warnings: warningTexts(design.compiled, baseline.compiled, lang),
    behaviours: behaviourSentences(design.compiled, baseline.compiled, lang, { design: name, base }),
  };
}

/** Scale of each headline difference on the dot-plot (its panel label names the unit). */
const PLOT_SCALE: Record<HeadlineKey, number> = { cost: 1e-6, trueRate: 100, unmeasured: 100, attributable: 1, loss: 100, wrongFlag: 100, adminHours: 1 };

export function differenceFigure(cards: readonly CardModel[], lang: Lang, id = 'differences'): FigureModel {
  const all: DifferenceRow[] = cards.flatMap((c) => c.rows.map((r) => {
    const s = (x: number | null): number => (x === null ? Number.NaN : x * PLOT_SCALE[r.key]);
    return { metric: t(lang, `plot_${r.key}`), design: c.design, mean: s(r.difference.meanDiff), lo: s(r.difference.p05), hi: s(r.difference.p95) };
  }));
  const designs = cards.map((c) => c.design);
  const base = cards[0]?.baseline ?? '';
  // A measure that is exactly zero for every design gets no empty panel: the sentence says so.
  const zero = [...new Set(all.map((r) => r.metric))].filter((m) => all.filter((r) => r.metric === m).every((r) => r.mean === 0 && r.lo === 0 && r.hi === 0));
  const rows = all.filter((r) => !zero.includes(r.metric));
  const description = `${t(lang, 'dotPlotDesc', { base })}${zero.length ? ` ${t(lang, 'dotPlotZero', { list: zero.join(', ') })}` : ''}`;
  const n = (x: number): string => formatNumber(x, lang, Math.abs(x) >= 100 ? 0 : 2);
  return {
    id, title: t(lang, 'dotPlotTitle'), description,
    table: makeTable<DifferenceRow>(t(lang, 'dotPlotTitle'), [
      { header: t(lang, 'designTitle'), raw: (r) => r.design, text: (r) => r.design },
      { header: t(lang, 'colMeasure'), raw: (r) => r.metric, text: (r) => r.metric },
      { header: t(lang, 'colDifference'), raw: (r) => r.mean, text: (r) => n(r.mean), numeric: true },
      { header: t(lang, 'colP05'), raw: (r) => r.lo, text: (r) => n(r.lo), numeric: true },
      { header: t(lang, 'colP95'), raw: (r) => r.hi, text: (r) => n(r.hi), numeric: true },
    ], all),
    spec: (width, title) => differenceDotPlot({ width, title, description, rows, designs, designTitle: t(lang, 'designTitle'), meanTitle: t(lang, 'meanTitle'), intervalTitle: t(lang, 'percentileTitle') }),
  };
}
