/**
 * Paired comparison of a design against its baseline on common random numbers: run r of both
 * used the same streams, so the per-run difference removes the luck both share and its spread
 * is the design's own uncertainty.
 */
import { METRIC_COUNT, METRIC_IDS } from '../metrics/metricCatalogue.js';
import type { SimulationResult } from '../simulate/SimulationResult.js';
import { describe } from './describe.js';

export interface Difference {
  meanDiff: number | null;
  se: number | null;
  p05: number | null;
  p95: number | null;
  /** Runs where both sides were measurable. */
  n: number;
}

export function compare(design: SimulationResult, baseline: SimulationResult): Record<string, Difference> {
  const runs = Math.min(design.runs, baseline.runs);
  const out: Record<string, Difference> = {};
  METRIC_IDS.forEach((id, i) => {
    const diffs = new Float64Array(runs);
    for (let r = 0; r < runs; r++) diffs[r] = design.metrics[r * METRIC_COUNT + i] - baseline.metrics[r * METRIC_COUNT + i];
    const d = describe(diffs);
    out[id] = { meanDiff: d.mean, se: d.se, p05: d.p05, p95: d.p95, n: d.n };
  });
  return out;
}
