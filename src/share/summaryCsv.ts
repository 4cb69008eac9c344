/**
 * Every metric's summary across runs as CSV, on the summary's basis (the same per-year figures
 * as the table on screen), with each metric's unit and basis in its row.
 */
import { METRICS, type Summary } from '../engine.js';
import type { Lang } from '../i18n/Lang.js';
import { toCsv } from './csv.js';

export function summaryCsv(summary: Summary, lang: Lang): string {
  const header = lang === 'sv'
    ? ['mått', 'namn', 'enhet', 'bas', 'medel', 'standardavvikelse', 'medelfel (MC)', 'p05', 'p50', 'p95', 'körningar', 'körningar utan värde']
    : ['metric', 'name', 'unit', 'basis', 'mean', 'sd', 'mc_se', 'p05', 'p50', 'p95', 'runs', 'runs_undefined'];
  const rows = METRICS.map((m) => {
    const d = summary.metrics[m.id];
    return [m.id, m.label[lang], m.unit, d.basis, d.mean, d.sd, d.se, d.p05, d.p50, d.p95, d.n, d.undefinedRuns];
  });
  return toCsv(header, rows, lang);
}
