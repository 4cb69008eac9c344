/**
 * Totals over the contract period (kronor, clients, hours) read better per year, and per year
 * they compare across designs with different horizons. Rates, ratios and "cost per outcome"
 * stay as they are.
 */
import { describe, MI, METRICS, metricColumn, type Description, type MetricDefinition, type SimulationResult } from '../../core/index.js';

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function definition(id: string): MetricDefinition {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown metric ${id}`);
  return def;
}

export function isPeriodTotal(def: MetricDefinition): boolean {
  if (def.unit === 'SEK') return !def.id.includes('costPer');
  return def.unit === 'count' || def.unit === 'hours';
}

/** Contract years of a scenario's horizon. */
export const yearsOf = (horizonMonths: number): number => horizonMonths / 12;

/** One metric over runs, per year where it is a period total. */
export function columnPerYear(result: SimulationResult, id: string, years: number): Float64Array {
  const col = metricColumn(result, MI[id]);
  if (!isPeriodTotal(definition(id))) return col;
  for (let i = 0; i < col.length; i++) col[i] /= years;
  return col;
}

export function describePerYear(result: SimulationResult, id: string, years: number): Description {
  return describe(columnPerYear(result, id, years));
}

/** Paired per-run difference design − baseline (common random numbers), per year where it applies. */
export function describeDifference(design: SimulationResult, designYears: number, baseline: SimulationResult, baselineYears: number, id: string): Description {
  const a = columnPerYear(design, id, designYears);
  const b = columnPerYear(baseline, id, baselineYears);
  const n = Math.min(a.length, b.length);
  const diff = new Float64Array(n);
  for (let r = 0; r < n; r++) diff[r] = a[r] - b[r];
  return describe(diff);
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
