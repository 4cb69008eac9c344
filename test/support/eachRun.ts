/**
 * Runs a compiled scenario run by run through the kernel and hands each run's state and
 * metric row to a callback, for validation tests that need provider-period cells (which the
 * summaries aggregate away).
 */
import { metricDefinition, metricInRow, QUANTITY_COUNT, type CompiledScenario, type MetricId } from '../../src/engine.js';
import type { RunState } from '../../src/core/state/RunState.js';
import { simulateRun } from '../../src/core/simulate/simulateRun.js';

export type MetricOf = (id: MetricId) => number;

export function eachRun(c: CompiledScenario, visit: (s: RunState, metric: MetricOf, run: number) => void): void {
  const row = new Float64Array(QUANTITY_COUNT);
  const metric: MetricOf = (id) => metricInRow(row, metricDefinition(id));
  for (let r = 0; r < c.runs; r++) visit(simulateRun(c, r, row, 0), metric, r);
}

/** The observed rate and measured count of provider j in period q. */
export function cellOf(s: RunState, j: number, q: number): { measured: number; observed: number; rate: number } {
  const i = j * s.periods + q;
  return { measured: s.measured[i], observed: s.observed[i], rate: s.observed[i] / s.measured[i] };
}
