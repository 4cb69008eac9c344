/** Every metric's mean, percentiles and Monte Carlo standard error (totals per year). */
import { METRICS, type Description, type MetricDefinition, type SimulationResult } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { formatNumber } from '../../i18n/format.js';
import { t } from '../../i18n/t.js';
import { formatMetric } from './formatMetric.js';
import { describePerYear, isPeriodTotal } from './perYear.js';
import { makeTable, type TableData } from './TableData.js';

interface Row {
  def: MetricDefinition;
  label: string;
  d: Description;
}

export function percentileTable(result: SimulationResult, years: number, lang: Lang): TableData {
  const rows: Row[] = METRICS.map((def) => ({
    def,
    label: isPeriodTotal(def) ? t(lang, 'perYearSuffix', { label: def.label[lang] }) : def.label[lang],
    d: describePerYear(result, def.id, years),
  }));
  const cell = (pick: (d: Description) => number | null) => ({
    raw: (r: Row) => pick(r.d),
    text: (r: Row) => formatMetric(r.def, pick(r.d), lang),
    numeric: true,
  });
  return makeTable<Row>(t(lang, 'tableCaption', { runs: formatNumber(result.runs, lang) }), [
    { header: t(lang, 'colMeasure'), raw: (r) => r.def.id, text: (r) => r.label },
    { header: t(lang, 'colMean'), ...cell((d) => d.mean) },
    { header: t(lang, 'colP05'), ...cell((d) => d.p05) },
    { header: t(lang, 'colP50'), ...cell((d) => d.p50) },
    { header: t(lang, 'colP95'), ...cell((d) => d.p95) },
    { header: t(lang, 'colSe'), ...cell((d) => d.se) },
  ], rows);
}
