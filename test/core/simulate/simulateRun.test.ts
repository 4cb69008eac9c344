import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileScenario, metricDefinition, metricInRow, METRIC_IDS, QUANTITY_COUNT, type CompiledScenario, type MetricId } from '../../../src/engine.js';
import { simulateRun } from '../../../src/core/simulate/simulateRun.js';
import { DAYS_PER_MONTH } from '../../../src/core/simulate/settlePeriod.js';
import type { RunState } from '../../../src/core/state/RunState.js';
import { scenarioArb } from '../../support/arbitraryScenario.js';
import { compiledTestScenario, type ScenarioOverrides } from '../../support/testScenario.js';

function run(c: CompiledScenario, r = 0): { s: RunState; m: (id: MetricId) => number; row: Float64Array } {
  const row = new Float64Array(QUANTITY_COUNT);
  const s = simulateRun(c, r, row, 0);
  return { s, row, m: (id) => metricInRow(row, metricDefinition(id)) };
}

const close = (a: number, b: number, rel = 1e-9): boolean => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

const SHARES: MetricId[] = ['outcomes.trueRate', 'outcomes.observedRate', 'outcomes.trueRateFemale', 'outcomes.trueRateMale', 'outcomes.trueRateHighNeed', 'outcomes.trueRateLowNeed',
  'providers.shareWithLoss', 'measurement.reliability', 'measurement.falseFlagRate', 'measurement.missRate'];
const COUNTS: MetricId[] = ['clients.served', 'clients.declined', 'clients.fallback', 'providers.terminated', 'measurement.deepFollowUps'];

describe('simulateRun: invariants of every run (properties over random scenarios)', () => {
  it('conserves money: payments are the sum of providers\' revenue (risk premiums included), total cost the sum of its parts', () => {
    fc.assert(fc.property(scenarioArb, (scenario) => {
      const c = compileScenario(scenario);
      for (let r = 0; r < c.runs; r++) {
        const { s, m } = run(c, r);
        const revenue = Array.from(s.revenue).reduce((a, b) => a + b, 0);
        expect(close(s.payments, revenue)).toBe(true);
        expect(m('purchaser.payments')).toBe(s.payments);
        // Premiums are paid to providers and counted in payments: never negative.
        expect(m('providers.premiumPaid')).toBeGreaterThanOrEqual(0);
        expect(m('providers.premiumPaid')).toBeLessThanOrEqual(s.payments * (1 + 1e-12) + 1e-9);
        const parts = m('purchaser.payments') + m('purchaser.followUpCost') + m('purchaser.auditCost') + m('purchaser.fallbackCost');
        expect(close(m('purchaser.totalCost'), parts, 1e-12)).toBe(true);
        expect(m('outcomes.attributable')).toBe(s.trueGoodAll - s.counterfactualGoodAll);
      }
    }), { numRuns: 60 });
  });

  it('reports shares in [0, 1], counts as whole numbers ≥ 0, and never an infinity', () => {
    fc.assert(fc.property(scenarioArb, (scenario) => {
      const { row, m, s } = run(compileScenario(scenario));
      for (const x of row) expect(x === Infinity || x === -Infinity).toBe(false);
      for (const id of SHARES) if (!Number.isNaN(m(id))) expect({ id, ok: m(id) >= 0 && m(id) <= 1 + 1e-12 }).toEqual({ id, ok: true });
      for (const id of COUNTS) expect({ id, ok: Number.isInteger(m(id)) && m(id) >= 0 }).toEqual({ id, ok: true });
      const rc = m('measurement.rankCorrelation');
      if (!Number.isNaN(rc)) expect(Math.abs(rc)).toBeLessThanOrEqual(1 + 1e-12);
      expect(m('care.hoursToAdmin')).toBeGreaterThanOrEqual(0);
      // A net count: less care time helps the clients of a harmful provider (quality below 0),
      // so it is surely not negative only when no provider is harmful, none was replaced and no
      // behaviour moves effects.
      const behaviourOff = Object.values(scenario.behaviour ?? {}).every((b) => !(b as { enabled?: unknown } | undefined)?.enabled);
      if (behaviourOff && s.replaced === 0 && s.quality.every((q) => q >= 0)) expect(m('care.outcomesLostToAdmin')).toBeGreaterThanOrEqual(0);
    }), { numRuns: 60 });
  });

  it('keeps each provider\'s revenue for the run within the overall cap and floor (no inspection)', () => {
    // A risk premium is a price paid outside the rule, so outside its cap and floor: participation off here.
    const limited = scenarioArb.map((s) => ({
      ...s, payment: { ...s.payment, settings: { ...s.payment.settings, limitsEnabled: true } }, inspection: { enabled: false },
      behaviour: { ...s.behaviour, participation: { enabled: false } },
    }));
    fc.assert(fc.property(limited, (scenario) => {
      const c = compileScenario(scenario);
      const { s } = run(c);
      const cap = Number(c.payment.capShare), floor = Number(c.payment.floorShare);
      for (let j = 0; j < c.providerCount; j++) {
        const base = s.clientMonthsTotal[j] * DAYS_PER_MONTH * Number(c.segments[c.providerSegment[j]].params.pricePerDay);
        expect(s.revenue[j]).toBeGreaterThanOrEqual(base * (1 - floor) * (1 - 1e-12));
        expect(s.revenue[j]).toBeLessThanOrEqual(base * (1 + cap) * (1 + 1e-12));
      }
    }), { numRuns: 40 });
  });

  it('never lets occupancy exceed capacity, and sends nobody to the fallback when places are plenty', () => {
    fc.assert(fc.property(scenarioArb, (scenario) => {
      const c = compileScenario(scenario);
      const { s } = run(c);
      for (let j = 0; j < c.providerCount; j++) expect(s.occupancy[j]).toBeLessThanOrEqual(Number(c.segments[c.providerSegment[j]].params.capacity));
    }), { numRuns: 30 });
    const roomy = compiledTestScenario({ segments: [{ service: 'hvbYouth', providers: 3, params: { capacity: 1000, referralsPerProviderMonth: 2 } }] });
    expect(run(roomy).m('clients.fallback')).toBe(0);
  });
});

describe('simulateRun: reproducibility and common random numbers', () => {
  const base: ScenarioOverrides = { runs: 3, horizonMonths: 24, segments: [{ service: 'hvbYouth', providers: 6 }] };

  it('same scenario, seed and run → bit-identical metrics; another seed or run → different', () => {
    const a = compiledTestScenario(base);
    expect(run(a, 1).row).toEqual(run(compiledTestScenario(base), 1).row);
    expect(run(a, 1).row).not.toEqual(run(a, 2).row);
    expect(run(a, 1).row).not.toEqual(run(compiledTestScenario({ ...base, seed: 2 }), 1).row);
  });

  it('a payment rule changes money only: clients, outcomes and measurements are identical', () => {
    const perDiem = compiledTestScenario(base);
    const withRule = compiledTestScenario({ ...base, payment: { rule: 'thresholdBonus', params: { bonusShare: 0.5 }, settings: { limitsEnabled: true } } });
    for (let r = 0; r < 3; r++) {
      const a = run(perDiem, r), b = run(withRule, r);
      for (const id of METRIC_IDS.filter((k) => /^(outcomes|clients|care|measurement)\./.test(k) && k !== 'measurement.bonusToDeficient')) {
        expect({ id, v: b.m(id) }).toEqual({ id, v: a.m(id) });
      }
      expect(b.m('purchaser.payments')).not.toBe(a.m('purchaser.payments'));
    }
  });

  it('changing the measure or turning on risk adjustment leaves true outcomes untouched', () => {
    const a = compiledTestScenario(base);
    for (const other of [
      compiledTestScenario({ ...base, measure: { model: 'ihfRating' } }),
      compiledTestScenario({ ...base, measure: { model: 'followUpAssessment' }, riskAdjustment: { enabled: true } }),
    ]) {
      for (const id of ['outcomes.trueRate', 'outcomes.attributable', 'clients.served', 'clients.fallback', 'outcomes.trueRateFemale'] as const) {
        expect({ id, v: run(other, 1).m(id) }).toEqual({ id, v: run(a, 1).m(id) });
      }
    }
  });

  it('care time lost to admin costs exactly the outcomes it reports, client by client', () => {
    // All providers help (δ = 0.8 > 0), so less care can only turn good outcomes bad, never the reverse.
    const seg = [{ service: 'hvbYouth', providers: 6, params: { qualityMean: 0.8, qualitySd: 0 } }];
    const full = compiledTestScenario({ ...base, segments: seg });
    const burdened = compiledTestScenario({ ...base, segments: seg, followUp: { perClientYear: 4, extraMinutes: 60, providerReportingMinutes: 120 } });
    for (let r = 0; r < 3; r++) {
      const a = run(full, r), b = run(burdened, r);
      expect(b.m('care.hoursToAdmin')).toBeGreaterThan(0);
      expect(a.m('care.outcomesLostToAdmin')).toBe(0);
      expect(b.m('care.outcomesLostToAdmin')).toBe(a.s.trueGoodAll - b.s.trueGoodAll);
      expect(b.m('outcomes.attributable')).toBeLessThanOrEqual(a.m('outcomes.attributable'));
      // The hours add up: delivered + admin = H per client-month.
      const clientMonths = Array.from(b.s.clientMonthsTotal).reduce((x, y) => x + y, 0);
      expect(b.m('care.hoursDelivered') + b.m('care.hoursToAdmin')).toBeCloseTo(20 * clientMonths, 6);
    }
  });

  it('outcomes measured after the horizon earn nothing: a 12-month lag in a 12-month contract measures nobody', () => {
    const late = compiledTestScenario({ ...base, horizonMonths: 12, care: { warmUpMonths: 0 }, measure: { model: 'lowerIntervention', params: { lagMonths: '12' } } });
    const { m } = run(late);
    expect(m('outcomes.observedRate')).toBeNaN();
    expect(m('outcomes.trueRate')).toBeGreaterThan(0);
  });
});
