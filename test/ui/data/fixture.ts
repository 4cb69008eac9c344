/** A small simulated design and its per-diem baseline, shared by the data tests. */
import { compileScenario, simulateScenario, type Scenario } from '../../../src/engine.js';
import type { JobResult } from '../../../src/ui/run/BatchRunner.js';
import { baselineFor } from '../../../src/ui/state/baselineFor.js';

export const design: Scenario = {
  schemaVersion: 1, id: 'bonus-small', title: { sv: 'Bonus', en: 'Bonus' }, seed: 11, runs: 100, horizonMonths: 24,
  segments: [{ service: 'hvbYouth', providers: 12 }], measure: { model: 'lowerIntervention' },
  // Taking care time for the follow-up is an explicit assumption (the default charges the social worker only).
  payment: { rule: 'outcomeBonus' }, followUp: { extraMinutes: 30, shareFromCare: 1 }, care: { warmUpMonths: 6 },
};

export function job(s: Scenario): JobResult {
  const compiled = compileScenario(s);
  return { key: s.id, scenario: s, compiled, result: simulateScenario(compiled), complete: true };
}

export const designJob = job(design);
export const baselineJob = job(baselineFor(design));
