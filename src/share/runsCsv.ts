/** The per-run table (one row per run, one column per quantity of the metric catalogue, whole-contract totals) as CSV. */
import { QUANTITY_COUNT, QUANTITIES, type SimulationResult } from '../engine.js';
import type { Lang } from '../i18n/Lang.js';
import { toCsv, type Cell } from './csv.js';

export function runsCsv(result: SimulationResult, seed: number, lang: Lang): string {
  const rows: Cell[][] = [];
  for (let r = 0; r < result.runs; r++) {
    const row: Cell[] = [r, seed];
    for (let i = 0; i < QUANTITY_COUNT; i++) row.push(result.metrics[r * QUANTITY_COUNT + i]);
    rows.push(row);
  }
  return toCsv(['run', 'seed', ...QUANTITIES], rows, lang);
}
