/** Helpers for the behaviour tests: simulate a scenario object, compare two on common random numbers. */
import { compare, compileScenario, METRIC_IDS, metricColumn, simulateScenario, summarise, validateScenario, type Difference, type SimulationResult, type Summary } from '../../../src/core/index.js';

export interface Simulated {
  result: SimulationResult;
  summary: Summary;
  column(id: string): Float64Array;
  mean(id: string): number;
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
    result, summary,
    column: (id) => metricColumn(result, METRIC_IDS.indexOf(id)),
    mean: (id) => summary.metrics[id].mean ?? NaN,
  };
}

/** Paired differences (design − baseline) on the same runs. */
export function difference(design: Simulated, baseline: Simulated): Record<string, Difference> {
  return compare(design.result, baseline.result);
}

/** A paired difference beyond 4 Monte Carlo standard errors in the given direction. */
export function moves(d: Difference, direction: 1 | -1): boolean {
  if (d.meanDiff === null || d.se === null) return false;
  return direction * d.meanDiff > 4 * d.se && direction * d.meanDiff > 0;
}
