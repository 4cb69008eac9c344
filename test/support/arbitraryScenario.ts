/**
 * fast-check arbitrary of small valid scenarios that exercise every switch of the kernel:
 * each rule, period, cap and floor, risk adjustment, inspection with sanctions and
 * terminations, competitive advantage, admin burden, every measure and service, one or two
 * segments, redrawn or fixed market, parameter uncertainty, and each provider behaviour
 * (effort, selection, gaming, multitasking, participation) on or off. Small enough that a run
 * takes a millisecond or two.
 */
import fc from 'fast-check';
import type { Scenario } from '../../src/engine.js';
import { testScenario } from './testScenario.js';

const share = fc.double({ min: 0, max: 1, noNaN: true });

const ruleArb = fc.oneof(
  fc.constant({ rule: 'perDiem', params: {} }),
  fc.record({ rule: fc.constant('outcomeBonus'), params: fc.record({ bonusPerSuccess: fc.double({ min: 0, max: 200_000, noNaN: true }) }) }),
  fc.record({ rule: fc.constant('withhold'), params: fc.record({ withholdShare: share, target: share }) }),
  fc.record({ rule: fc.constant('thresholdBonus'), params: fc.record({ bonusShare: fc.double({ min: 0, max: 2, noNaN: true }), target: share, smoothing: share }) }),
  fc.record({ rule: fc.constant('riskCorridor'), params: fc.record({ target: share, adjustmentPerPoint: fc.double({ min: 0, max: 0.1, noNaN: true }), cap: share, floor: share }) }),
  fc.record({ rule: fc.constant('tournament'), params: fc.record({ topShare: share, bonusShare: fc.double({ min: 0, max: 2, noNaN: true }) }) }),
);

const segmentArb = fc.record({
  service: fc.constantFrom('hvbYouth', 'hvbAdultAddiction', 'familyTherapyIhf', 'tfco'),
  providers: fc.integer({ min: 1, max: 6 }),
  params: fc.record({
    referralsPerProviderMonth: fc.double({ min: 0, max: 4, noNaN: true }),
    capacity: fc.integer({ min: 1, max: 12 }),
    episodeMedianMonths: fc.double({ min: 0.5, max: 12, noNaN: true }),
    qualitySd: fc.double({ min: 0, max: 1, noNaN: true }),
    // An uncertain input drawn once per run.
    qualityMean: fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.constant({ dist: 'uniform' as const, min: 0, max: 1 })),
  }),
});

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  seed: fc.integer({ min: 0, max: 1000 }),
  horizonMonths: fc.integer({ min: 1, max: 30 }),
  market: fc.constantFrom('fixed' as const, 'redrawn' as const),
  segments: fc.array(segmentArb, { minLength: 1, maxLength: 2 }),
  measure: fc.constantFrom('lowerIntervention', 'carePlanGoals', 'ihfRating', 'tfcoLighter', 'followUpAssessment', 'clientChange'),
  rule: ruleArb,
  period: fc.constantFrom('month', 'quarter', 'year'),
  limits: fc.record({ limitsEnabled: fc.boolean(), capShare: fc.double({ min: 0, max: 1, noNaN: true }), floorShare: share }),
  warmUpMonths: fc.integer({ min: 0, max: 8 }),
  riskAdjustment: fc.boolean(),
  inspection: fc.record({ enabled: fc.boolean(), terminateOnConfirmed: fc.boolean(), auditsPerYear: fc.integer({ min: 0, max: 20 }), sanctionShare: share, advantageShare: fc.double({ min: 0, max: 1, noNaN: true }) }),
  followUp: fc.record({ extraMinutes: fc.integer({ min: 0, max: 120 }), providerReportingMinutes: fc.integer({ min: 0, max: 120 }) }),
  zCritical: fc.double({ min: 0.5, max: 3, noNaN: true }),
  behaviour: fc.record({ effort: fc.boolean(), selection: fc.boolean(), gaming: fc.boolean(), multitasking: fc.boolean() }),
  participation: fc.record({
    enabled: fc.boolean(), renewalMonths: fc.integer({ min: 1, max: 36 }), reservationMargin: fc.double({ min: 0, max: 0.3, noNaN: true }),
    riskAversion: fc.double({ min: 0, max: 2, noNaN: true }), maxPremiumShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
  }),
  minClients: fc.integer({ min: 1, max: 5 }),
}).map((x) => testScenario({
  behaviour: {
    effort: { enabled: x.behaviour.effort },
    selection: { enabled: x.behaviour.selection },
    gaming: { enabled: x.behaviour.gaming },
    multitasking: { enabled: x.behaviour.multitasking },
    participation: x.participation,
  },
  seed: x.seed,
  runs: 2,
  horizonMonths: x.horizonMonths,
  market: x.market,
  segments: x.segments,
  measure: { model: x.measure },
  payment: { rule: x.rule.rule, params: x.rule.params, settings: { period: x.period, ...x.limits } },
  care: { warmUpMonths: x.warmUpMonths },
  riskAdjustment: { enabled: x.riskAdjustment },
  inspection: x.inspection,
  followUp: x.followUp,
  flagging: { zCritical: x.zCritical, minClients: x.minClients },
}));
