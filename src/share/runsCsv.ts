/** The per-run metric table (one row per run, one column per metric id) as CSV. */
import { METRIC_COUNT, METRIC_IDS, type SimulationResult } from '../core/index.js';
import type { Lang } from '../i18n/Lang.js';
import { toCsv, type Cell } from './csv.js';

export function runsCsv(result: SimulationResult, seed: number, lang: Lang): string {
  const rows: Cell[][] = [];
  for (let r = 0; r < result.runs; r++) {
    const row: Cell[] = [r, seed];
    for (let i = 0; i < METRIC_COUNT; i++) row.push(result.metrics[r * METRIC_COUNT + i]);
    rows.push(row);
  }
  return toCsv(['run', 'seed', ...METRIC_IDS], rows, lang);
}
