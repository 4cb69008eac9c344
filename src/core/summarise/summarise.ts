/**
 * Per-run results → what people read: each metric across runs (on one basis, with its unit),
 * and each provider across runs.
 */
import { METRICS, type MetricId, type MetricUnit } from '../metrics/metricCatalogue.js';
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { SimulationResult } from '../simulate/SimulationResult.js';
import { describe, describeRatio, type Description } from './describe.js';
import { betweenMarketShare } from './marketShare.js';
import { basisFactor, metricColumn, quantityColumn, reportedBasis, type OutputBasis } from './metricValues.js';

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

/** A metric across runs, with the unit and the basis its figures are on. */
export interface MetricSummary extends Description {
  unit: MetricUnit;
  basis: ReturnType<typeof reportedBasis>;
  /** With the runs split among several markets: the share of the per-run spread the market explains. */
  marketShare?: number | null;
}

export interface Summary {
  runs: number;
  horizonMonths: number;
  basis: OutputBasis;
  metrics: Record<MetricId, MetricSummary>;
  providers: ProviderSummary[];
}

export interface SummaryOptions {
  /** Flows per year (the default) or for the whole contract. */
  basis?: OutputBasis;
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** One metric across runs, on the basis asked for. */
export function describeMetric(result: SimulationResult, def: (typeof METRICS)[number], basis: OutputBasis, horizonMonths: number): MetricSummary {
  const factor = basisFactor(def, basis, horizonMonths);
  const d = def.ratio
    ? describeRatio(quantityColumn(result, def.ratio[0]), quantityColumn(result, def.ratio[1]))
    : describe(metricColumn(result, def, factor));
  return { ...d, unit: def.unit, basis: reportedBasis(def, basis) };
}

export function summarise(c: CompiledScenario, result: SimulationResult, options: SummaryOptions = {}): Summary {
  const basis = options.basis ?? 'perYear';
  const metrics = {} as Record<MetricId, MetricSummary>;
  for (const def of METRICS) metrics[def.id] = describeMetric(result, def, basis, c.horizonMonths);
  if (c.markets > 1) {
    for (const def of METRICS) {
      metrics[def.id].marketShare = betweenMarketShare(metricColumn(result, def), c.markets);
    }
  }
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
  return { runs: result.runs, horizonMonths: c.horizonMonths, basis, metrics, providers };
}
