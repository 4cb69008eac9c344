/** Every metric's summary across runs (mean, sd, Monte Carlo SE, percentiles) as CSV. */
import { METRICS, type Summary } from '../core/index.js';
import type { Lang } from '../i18n/Lang.js';
import { toCsv } from './csv.js';

export function summaryCsv(summary: Summary, lang: Lang): string {
  const header = lang === 'sv'
    ? ['metric', 'namn', 'enhet', 'medel', 'standardavvikelse', 'medelfel (MC)', 'p05', 'p50', 'p95', 'korningar']
    : ['metric', 'name', 'unit', 'mean', 'sd', 'mc_se', 'p05', 'p50', 'p95', 'runs'];
  const rows = METRICS.map((m) => {
    const d = summary.metrics[m.id];
    return [m.id, m.label[lang], m.unit, d.mean, d.sd, d.se, d.p05, d.p50, d.p95, d.n];
  });
  return toCsv(header, rows, lang);
}
