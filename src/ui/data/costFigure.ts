/** The cost histogram's data (cost per year of each run, in millions), sentence and budget answer. */
import type { SimulationResult } from '../../engine.js';
import { formatNumber, formatPercent, formatSek } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { columnPerYear, describePerYear, shareAbove } from './perYear.js';
import { makeTable, type TableData } from './TableData.js';

export function costsInMillions(result: SimulationResult, years: number): number[] {
  return Array.from(columnPerYear(result, 'purchaser.totalCost', years), (x) => x / 1e6).filter(Number.isFinite);
}

export function costDescription(result: SimulationResult, years: number, lang: Lang): string {
  const d = describePerYear(result, 'purchaser.totalCost', years);
  return t(lang, 'costDesc', { runs: formatNumber(result.runs, lang), mean: formatSek(d.mean, lang), p05: formatSek(d.p05, lang), p95: formatSek(d.p95, lang) });
}

/** "The probability that the cost exceeds the budget …", or null without a budget. */
export function budgetSentence(costsMillions: readonly number[], budgetMillions: number | null, lang: Lang): string | null {
  if (budgetMillions === null) return null;
  const above = shareAbove(costsMillions, budgetMillions);
  if (!above) return null;
  return t(lang, 'budgetExceed', { budget: formatSek(budgetMillions * 1e6, lang), p: formatPercent(above.share, lang), se: formatPercent(above.se, lang) });
}

/** The histogram's text alternative: one row per run would be long, so the percentiles. */
export function costTable(result: SimulationResult, years: number, lang: Lang): TableData {
  const d = describePerYear(result, 'purchaser.totalCost', years);
  const rows = [
    { label: t(lang, 'colMean'), value: d.mean },
    { label: t(lang, 'colP05'), value: d.p05 },
    { label: t(lang, 'colP50'), value: d.p50 },
    { label: t(lang, 'colP95'), value: d.p95 },
    { label: t(lang, 'colSe'), value: d.se },
  ];
  return makeTable(t(lang, 'costTitle'), [
    { header: t(lang, 'colMeasure'), raw: (r) => r.label, text: (r) => r.label },
    { header: t(lang, 'costAxis'), raw: (r) => (r.value === null ? null : r.value / 1e6), text: (r) => formatNumber(r.value === null ? null : r.value / 1e6, lang, 1), numeric: true },
  ], rows);
}
