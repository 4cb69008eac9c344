/** Helpers for the behaviour tests: simulate a scenario object, compare two on common random numbers. */
import { compare, compileScenario, metricColumn, metricDefinition, simulateScenario, summarise, validateScenario, type Difference, type MetricId, type SimulationResult, type Summary } from '../../../src/engine.js';

export interface Simulated {
  result: SimulationResult;
  summary: Summary;
  horizonMonths: number;
  column(id: MetricId): Float64Array;
  mean(id: MetricId): number;
}

export const BASE = {
  schemaVersion: 1, id: 'behaviour-test', title: { sv: 't', en: 't' }, seed: 4711, runs: 60, horizonMonths: 36,
  segments: [{ service: 'hvbYouth', providers: 30 }], measure: { model: 'lowerIntervention' }, payment: { rule: 'perDiem' },
} as const;

export function simulate(scenario: unknown): Simulated {
  const checked = validateScenario(scenario);
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.problem}; ${i.allowed}`).join('\n'));
  const compiled = compileScenario(checked.scenario);
  const result = simulateScenario(compiled);
  const summary = summarise(compiled, result);
  return {
    result, summary, horizonMonths: compiled.horizonMonths,
    column: (id) => metricColumn(result, metricDefinition(id)),
    mean: (id) => summary.metrics[id].mean ?? NaN,
  };
}

/** Paired differences (design − baseline) on the same runs. */
export function difference(design: Simulated, baseline: Simulated): Record<MetricId, Difference> {
  return compare(design, baseline, { basis: 'contract' });
}

/** A paired difference beyond 4 Monte Carlo standard errors in the given direction. */
export function moves(d: Difference, direction: 1 | -1): boolean {
  if (d.meanDiff === null || d.se === null) return false;
  return direction * d.meanDiff > 4 * d.se && direction * d.meanDiff > 0;
}
