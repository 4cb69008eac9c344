/**
 * Every metric as the page shows it — per year where it is a total over the contract period —
 * with its unit and basis in words. The table on screen and the summary CSV are both made
 * from these rows, so the download says exactly what the screen says.
 */
import { METRICS, metricColumn, type Description, type MetricBasis, type MetricDefinition, type SimulationResult } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t, type TextKey } from '../../i18n/t.js';
import { describePerYear, isPeriodTotal } from './perYear.js';
import type { MetricRow } from '../../share/summaryCsv.js';
import { betweenMarketShare } from '../../core/summarise/marketShare.js';

const UNIT_WORDS: Readonly<Record<MetricDefinition['unit'], { sv: string; en: string }>> = {
  SEK: { sv: 'kronor', en: 'SEK' },
  effort: { sv: 'insats (0–1)', en: 'effort (0–1)' },
  share: { sv: 'andel (0–1)', en: 'share (0–1)' },
  rate: { sv: 'andel (0–1)', en: 'share (0–1)' },
  count: { sv: 'antal', en: 'count' },
  hours: { sv: 'timmar', en: 'hours' },
  correlation: { sv: 'korrelation (−1–1)', en: 'correlation (−1–1)' },
  ratio: { sv: 'kvot', en: 'ratio' },
};

/** What one value is, by the catalogue's basis (flows are shown per year). */
const BASIS_TEXT: Readonly<Record<MetricBasis, TextKey>> = {
  flow: 'basisPerYear', perYear: 'basisPerYearOwn', contract: 'basisContract', perPeriod: 'basisPerPeriod', share: 'basisShare', ratio: 'basisRatio',
};

export interface ShownMetric extends MetricRow {
  def: MetricDefinition;
  /** The label as the table shows it ("… per år" for period totals). */
  shownLabel: string;
}

/**
 * With the runs split among several markets (`markets` > 1), each row also carries the share
 * of its per-run spread that the market explains (the core's between-market share; the same
 * for any basis, as a basis only rescales the runs).
 */
export function metricRows(result: SimulationResult, years: number, lang: Lang, markets = 1): ShownMetric[] {
  return METRICS.map((def) => {
    const perYear = isPeriodTotal(def);
    const d: Description = describePerYear(result, def.id, years);
    return {
      def, id: def.id, label: def.label[lang], d,
      shownLabel: perYear ? t(lang, 'perYearSuffix', { label: def.label[lang] }) : def.label[lang],
      unit: UNIT_WORDS[def.unit][lang],
      basis: t(lang, BASIS_TEXT[def.basis]),
      ...(markets > 1 ? { marketShare: betweenMarketShare(metricColumn(result, def), markets) } : {}),
    };
  });
}
