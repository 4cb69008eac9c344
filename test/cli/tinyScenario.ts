/** A small valid scenario for in-process tests: few providers, short horizon, few runs. */
import type { Scenario } from '../../src/engine.js';

export function tinyScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    schemaVersion: 1,
    id: 'tiny',
    title: { sv: 'Litet', en: 'Tiny' },
    seed: 42,
    runs: 30,
    horizonMonths: 12,
    segments: [{ service: 'hvbYouth', providers: 6 }],
    measure: { model: 'lowerIntervention' },
    payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 100000 } },
    care: { warmUpMonths: 6 },
    ...overrides,
  };
}
