/** A metric's value in words for people, by its unit (per year where it is a period total). */
import type { MetricDefinition } from '../../engine.js';
import { digitsFor, formatNumber, formatPercent, formatPoints, formatSekShort } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';

export function formatMetric(def: MetricDefinition, x: number | null, lang: Lang): string {
  if (x === null || !Number.isFinite(x)) return '–';
  switch (def.unit) {
    case 'SEK':
      return formatSekShort(x, lang);
    case 'share':
    case 'rate':
      return formatPercent(x, lang, Math.abs(x) < 0.01 && x !== 0 ? 2 : 1);
    case 'hours':
    case 'count':
      return formatNumber(x, lang, Math.abs(x) >= 100 ? 0 : 1);
    case 'ratio':
    case 'effort':
    case 'correlation':
      return formatNumber(x, lang, 2);
  }
}

/** A difference of a metric: shares in percentage points, the rest like the value with a sign. */
export function formatMetricDifference(def: MetricDefinition, x: number | null, lang: Lang): string {
  if (x === null || !Number.isFinite(x)) return '–';
  switch (def.unit) {
    case 'SEK':
      return formatSekShort(x, lang, true);
    case 'share':
    case 'rate':
      return formatPoints(x, lang, Math.abs(x) < 0.001 && x !== 0 ? 2 : 1);
    case 'hours':
    case 'count':
      return formatNumber(x, lang, Math.abs(x) >= 100 ? 0 : 1, true);
    case 'ratio':
    case 'effort':
    case 'correlation':
      return formatNumber(x, lang, Math.max(2, digitsFor(x)), true);
  }
}
