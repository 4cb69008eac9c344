/**
 * The page's reading of results, on the core's one basis transform: totals over the contract
 * (kronor, clients, hours) per year, everything else as the metric catalogue defines it. No
 * metric is classified here; the catalogue's `basis` decides.
 */
import {
  compareMetric, describeMetric, metricColumn, basisFactor, metricDefinition,
  type Description, type Difference, type MetricDefinition, type MetricId, type SimulationResult,
} from '../../engine.js';

export function definition(id: MetricId): MetricDefinition {
  return metricDefinition(id);
}

/** A total over the contract, shown per year. */
export function isPeriodTotal(def: MetricDefinition): boolean {
  return def.basis === 'flow';
}

/** Contract years of a scenario's horizon. */
export const yearsOf = (horizonMonths: number): number => horizonMonths / 12;

/** One metric's per-run values, per year where it is a total over the contract. */
export function columnPerYear(result: SimulationResult, id: MetricId, years: number): Float64Array {
  const def = definition(id);
  return metricColumn(result, def, basisFactor(def, 'perYear', years * 12));
}

export function describePerYear(result: SimulationResult, id: MetricId, years: number): Description {
  return describeMetric(result, definition(id), 'perYear', years * 12);
}

/** Paired difference design − baseline on common random numbers, with the core's verdict. */
export function describeDifference(design: SimulationResult, designYears: number, baseline: SimulationResult, baselineYears: number, id: MetricId): Difference {
  return compareMetric(definition(id), { horizonMonths: designYears * 12, result: design }, { horizonMonths: baselineYears * 12, result: baseline }, { basis: 'perYear' });
}

/** Share of runs above a threshold, with its Monte Carlo standard error. */
export function shareAbove(values: ArrayLike<number>, threshold: number): { share: number; se: number; n: number } | null {
  let n = 0;
  let above = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) continue;
    n++;
    if (values[i] > threshold) above++;
  }
  if (n === 0) return null;
  const share = above / n;
  return { share, se: Math.sqrt((share * (1 - share)) / n), n };
}
