/**
 * Per-run results → what people read: each metric across runs (on one basis, with its unit),
 * and each provider across runs.
 */
import { METRICS, type MetricId, type MetricUnit } from '../metrics/metricCatalogue.js';
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { SimulationResult } from '../simulate/SimulationResult.js';
import { PROVIDER_FIELDS, type ProviderField } from '../simulate/ProviderTotals.js';
import { describe, describeRatio, type Description } from './describe.js';
import { betweenMarketShare } from './marketShare.js';
import { basisFactor, metricColumn, quantityColumn, reportedBasis, type OutputBasis } from './metricValues.js';

/** A provider across runs: its place, and the mean of each provider field over the runs where it was defined. */
export type ProviderSummary = { index: number; segment: number; service: string } & { [F in ProviderField]: number | null };

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
    const p: ProviderSummary = { index: j, segment: seg, service: c.segments[seg].service.id } as ProviderSummary;
    for (const f of PROVIDER_FIELDS) p[f] = finiteOrNull(t.mean(j, f));
    providers.push(p);
  }
  return { runs: result.runs, horizonMonths: c.horizonMonths, basis, metrics, providers };
}
