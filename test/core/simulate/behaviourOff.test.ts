/**
 * Behaviour switched off is no behaviour at all: the results are bit-identical to a scenario
 * without the section, whatever the strengths say. And behaviour draws only from streams of its
 * own: selection that declines nobody, or gaming that misreports nothing, leaves every other
 * draw — and so every result — exactly where it was.
 */
import { describe, expect, it } from 'vitest';
import { BASE, simulate } from './behaviourRun.js';

const variants: Record<string, object> = {
  perDiem: {},
  bonusRiskAdjustedSelfReported: { payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 400000 } }, riskAdjustment: { enabled: true }, measure: { model: 'carePlanGoals' } },
  tournamentInspection: { payment: { rule: 'tournament', settings: { period: 'year', limitsEnabled: true } }, inspection: { enabled: true, terminateOnConfirmed: true, advantageShare: 0.3 }, measure: { model: 'clientChange' } },
  withholdAssessment: { market: 'redrawn', payment: { rule: 'withhold', params: { withholdShare: 0.3 } }, measure: { model: 'followUpAssessment' }, followUp: { extraMinutes: 30 } },
};

const offButStrong = {
  effort: { enabled: false, maxGain: 2, costShare: 0 },
  selection: { enabled: false, needNoiseSd: 0 },
  gaming: { enabled: false, strength: 10, maxShare: 1 },
  multitasking: { enabled: false, strength: 20, maxShift: 5 },
  participation: { enabled: false, reservationMargin: 0.5, riskAversion: 5, maxPremiumShare: 0, renewalMonths: 1, investorHurdleRate: 1 },
};

describe('behaviour switched off', () => {
  it.each(Object.keys(variants))('changes nothing (%s)', (name) => {
    const scenario = { ...BASE, runs: 30, ...variants[name] };
    const without = simulate(scenario);
    const off = simulate({ ...scenario, behaviour: offButStrong });
    expect(Array.from(off.result.metrics)).toEqual(Array.from(without.result.metrics));
    expect(Array.from(off.result.providers.sums)).toEqual(Array.from(without.result.providers.sums));
    expect(off.mean('providers.effortMean')).toBe(0);
  });

  it('selection that declines nobody leaves every result as without selection', () => {
    const scenario = { ...BASE, runs: 30, payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 1200000 } }, segments: [{ service: 'hvbYouth', providers: 30, params: { pricePerDay: 2000 } }] };
    const without = simulate(scenario);
    const declinesNobody = simulate({ ...scenario, behaviour: { selection: { enabled: true, penaltyPerDecline: 10000000 } } });
    expect(declinesNobody.mean('clients.declined')).toBe(0);
    expect(Array.from(declinesNobody.result.metrics)).toEqual(Array.from(without.result.metrics));
  });

  it('gaming that misreports nothing leaves every result as honest reporting with the same audits', () => {
    const scenario = { ...BASE, runs: 30, measure: { model: 'carePlanGoals' }, payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 240000 } } };
    const honest = simulate({ ...scenario, behaviour: { gaming: { auditShare: 0.1 } } });
    const capped = simulate({ ...scenario, behaviour: { gaming: { enabled: true, maxShare: 0, auditShare: 0.1 } } });
    expect(Array.from(capped.result.metrics)).toEqual(Array.from(honest.result.metrics));
    expect(honest.mean('purchaser.auditCost')).toBeGreaterThan(0);
  });
});
