/**
 * Per-run values of the metric catalogue, read from the run table: a plain metric is its own
 * quantity column; a ratio metric is its numerator over its denominator in each run (NaN
 * where the denominator is not positive). Flows are scaled to the basis asked for here, in
 * one place.
 */
import { QI, QUANTITY_COUNT, plainQuantity, type MetricDefinition, type Quantity } from '../metrics/metricCatalogue.js';
import type { SimulationResult } from '../simulate/SimulationResult.js';
import { perRunRatios } from './describe.js';

/** How flows (totals over the horizon) are reported: per year, or for the whole contract. */
export type OutputBasis = 'perYear' | 'contract';
export const OUTPUT_BASES: readonly OutputBasis[] = ['perYear', 'contract'];

/** Factor that turns a metric's per-run value into the basis asked for. */
export function basisFactor(def: MetricDefinition, basis: OutputBasis, horizonMonths: number): number {
  return def.basis === 'flow' && basis === 'perYear' ? 12 / horizonMonths : 1;
}

/** The basis a metric is reported on, given the basis asked for. */
export function reportedBasis(def: MetricDefinition, basis: OutputBasis): 'perYear' | 'contract' | Exclude<MetricDefinition['basis'], 'flow'> {
  return def.basis === 'flow' ? basis : def.basis;
}

/** One quantity across runs (a column of the run table). */
export function quantityColumn(result: SimulationResult, q: Quantity, runs = result.runs): Float64Array {
  const out = new Float64Array(runs);
  const i = QI[q];
  for (let r = 0; r < runs; r++) out[r] = result.metrics[r * QUANTITY_COUNT + i];
  return out;
}

const scaled = (xs: Float64Array, factor: number): Float64Array => (factor === 1 ? xs : xs.map((x) => x * factor));

/** A metric's value in one run, from that run's row of quantities (NaN where a ratio is undefined). */
export function metricInRow(row: ArrayLike<number>, def: MetricDefinition, offset = 0): number {
  if (def.ratio) {
    const den = row[offset + QI[def.ratio[1]]];
    return den > 0 ? row[offset + QI[def.ratio[0]]] / den : NaN;
  }
  return row[offset + QI[plainQuantity(def)]];
}

/** A metric's per-run values on the given basis (ratios per run for a ratio metric). */
export function metricColumn(result: SimulationResult, def: MetricDefinition, factor = 1, runs = result.runs): Float64Array {
  if (def.ratio) return perRunRatios(quantityColumn(result, def.ratio[0], runs), quantityColumn(result, def.ratio[1], runs));
  return scaled(quantityColumn(result, plainQuantity(def), runs), factor);
}
