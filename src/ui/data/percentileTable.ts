/** Every metric's mean, percentiles and Monte Carlo standard error (totals per year), as on screen and in the summary CSV. */
import type { Description } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { t } from '../../i18n/t.js';
import { formatMetric } from './formatMetric.js';
import { makeTable, type TableData } from './TableData.js';
import type { ShownMetric } from './metricRows.js';

export function percentileTable(rows: readonly ShownMetric[], runs: number, lang: Lang): TableData {
  const cell = (pick: (d: Description) => number | null) => ({
    raw: (r: ShownMetric) => pick(r.d),
    text: (r: ShownMetric) => formatMetric(r.def, pick(r.d), lang),
    numeric: true,
  });
  const markets = rows.some((r) => r.marketShare !== undefined);
  return makeTable<ShownMetric>(t(lang, 'tableCaption', { runs: formatNumber(runs, lang) }), [
    { header: t(lang, 'colMeasure'), raw: (r) => r.id, text: (r) => r.shownLabel },
    { header: t(lang, 'colMean'), ...cell((d) => d.mean) },
    { header: t(lang, 'colP05'), ...cell((d) => d.p05) },
    { header: t(lang, 'colP50'), ...cell((d) => d.p50) },
    { header: t(lang, 'colP95'), ...cell((d) => d.p95) },
    { header: t(lang, 'colSe'), ...cell((d) => d.se) },
    ...(markets ? [{ header: t(lang, 'colMarketShare'), raw: (r: ShownMetric) => r.marketShare ?? null, text: (r: ShownMetric) => formatPercent(r.marketShare, lang, 0), numeric: true }] : []),
  ], rows);
}
