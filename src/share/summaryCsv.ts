/**
 * Every metric's summary across runs as CSV: the same figures as the table on screen (totals
 * per year), with each row's unit and basis, then the spread and the number of runs, and,
 * when the runs were split among several markets, the share of the spread from the market.
 */
import type { Description } from '../engine.js';
import type { Lang } from '../i18n/Lang.js';
import { toCsv } from './csv.js';

export interface MetricRow {
  id: string;
  label: string;
  /** The unit in words, e.g. "kronor" or "andel (0–1)". */
  unit: string;
  /** What one value is, e.g. "per år" (a total over the contract divided by its years). */
  basis: string;
  d: Description;
  /** With the runs split among markets: the share of the spread the market explains (0–1). */
  marketShare?: number | null;
}

export const SUMMARY_HEADER = {
  sv: ['mått-id', 'mått', 'enhet', 'bas', 'medel', 'p05', 'p50 (median)', 'p95', 'medelfel (MC)', 'standardavvikelse', 'körningar', 'körningar utan värde'],
  en: ['metric id', 'metric', 'unit', 'basis', 'mean', 'p05', 'p50 (median)', 'p95', 'mc standard error', 'standard deviation', 'runs', 'runs without a value'],
} as const;

/** The extra column when the runs were split among markets. */
export const MARKET_SHARE_HEADER = { sv: 'andel av spridningen från marknaden', en: 'share of spread from the market' } as const;

export function summaryCsv(rows: readonly MetricRow[], lang: Lang): string {
  const markets = rows.some((r) => r.marketShare !== undefined);
  const header = markets ? [...SUMMARY_HEADER[lang], MARKET_SHARE_HEADER[lang]] : SUMMARY_HEADER[lang];
  return toCsv(header, rows.map((r) => {
    const cells = [r.id, r.label, r.unit, r.basis, r.d.mean, r.d.p05, r.d.p50, r.d.p95, r.d.se, r.d.sd, r.d.n, r.d.undefinedRuns];
    return markets ? [...cells, r.marketShare ?? null] : cells;
  }), lang);
}
