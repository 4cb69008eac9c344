/**
 * Per-run results → what people read: each metric across runs, and each provider across runs.
 */
import { METRIC_COUNT, METRIC_IDS } from '../metrics/metricCatalogue.js';
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { SimulationResult } from '../simulate/SimulationResult.js';
import { describe, type Description } from './describe.js';

export interface ProviderSummary {
  index: number;
  segment: number;
  service: string;
  quality: number | null;
  /** Share of runs in which the provider was truly deficient (0 or 1 with a fixed market). */
  deficient: number | null;
  trueRate: number | null;
  observedRate: number | null;
  revenuePerYear: number | null;
  margin: number | null;
  /** Mean share of the provider's payment periods in which it was flagged. */
  flaggedShare: number | null;
  /** The same, counting only periods in which it was acceptable (wrong flags). */
  flaggedWronglyShare: number | null;
}

export interface Summary {
  runs: number;
  metrics: Record<string, Description>;
  providers: ProviderSummary[];
}

/** One metric's values across runs (a column of the run table). */
export function metricColumn(result: SimulationResult, index: number): Float64Array {
  const out = new Float64Array(result.runs);
  for (let r = 0; r < result.runs; r++) out[r] = result.metrics[r * METRIC_COUNT + index];
  return out;
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function summarise(c: CompiledScenario, result: SimulationResult): Summary {
  const metrics: Record<string, Description> = {};
  METRIC_IDS.forEach((id, i) => { metrics[id] = describe(metricColumn(result, i)); });
  const providers: ProviderSummary[] = [];
  for (let j = 0; j < c.providerCount; j++) {
    const seg = c.providerSegment[j];
    const t = result.providers;
    providers.push({
      index: j,
      segment: seg,
      service: c.segments[seg].service.id,
      quality: finiteOrNull(t.mean(j, 'quality')),
      deficient: finiteOrNull(t.mean(j, 'deficient')),
      trueRate: finiteOrNull(t.mean(j, 'trueRate')),
      observedRate: finiteOrNull(t.mean(j, 'observedRate')),
      revenuePerYear: finiteOrNull(t.mean(j, 'revenuePerYear')),
      margin: finiteOrNull(t.mean(j, 'margin')),
      flaggedShare: finiteOrNull(t.mean(j, 'flaggedShare')),
      flaggedWronglyShare: finiteOrNull(t.mean(j, 'flaggedWronglyShare')),
    });
  }
  return { runs: result.runs, metrics, providers };
}
