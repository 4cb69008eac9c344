/**
 * A small scenario that still touches most of the kernel (two services, a rating measure with
 * risk adjustment, a tournament with inspections and terminations, providers re-pricing or
 * leaving at yearly renewals, an uncertain parameter) and
 * whose run count leaves a short last chunk (130 runs = 5 full chunks of 25 + one of 5).
 */
import type { Scenario } from '../../src/engine.js';

export function poolScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    schemaVersion: 1,
    id: 'pool-test',
    title: { sv: 'Pooltest', en: 'Pool test' },
    seed: 77,
    runs: 130,
    horizonMonths: 24,
    segments: [
      { service: 'hvbYouth', providers: 6, params: { qualityMean: { dist: 'normal', mean: 0.6, sd: 0.1 } } },
      { service: 'familyTherapyIhf', providers: 5 },
    ],
    measure: { model: 'ihfRating' },
    payment: { rule: 'tournament' },
    riskAdjustment: { enabled: true },
    flagging: { zCritical: 1, minClients: 2 },
    inspection: { enabled: true, auditsPerYear: 6, terminateOnConfirmed: true },
    behaviour: { participation: { enabled: true, renewalMonths: 12, reservationMargin: 0.15, maxPremiumShare: 0.04 } },
    ...overrides,
  };
}
