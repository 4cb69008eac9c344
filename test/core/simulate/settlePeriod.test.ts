import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawRunParams } from '../../../src/core/compile/drawRunParams.js';
import { flagAndRank, settlePeriod, DAYS_PER_MONTH, type PeriodContext } from '../../../src/core/simulate/settlePeriod.js';
import { RunState } from '../../../src/core/state/RunState.js';
import { periodInputs, type ProviderRow } from '../../support/periodInputs.js';
import { compiledTestScenario, type ScenarioOverrides } from '../../support/testScenario.js';
import { periodContext } from '../../support/periodContext.js';

type Inputs = NonNullable<PeriodContext['inputs']>;

function flagInputs(rows: ProviderRow[]): Inputs {
  const n = rows.length;
  // Stale values from an earlier period, which flagAndRank must overwrite.
  return { ...periodInputs(rows), flagged: new Float64Array(n).fill(1), rank: new Float64Array(n).fill(99), z: new Float64Array(n).fill(7), positive: new Uint8Array(n).fill(1), pay: new Float64Array(n) };
}

describe('flagAndRank', () => {
  it('flags providers clearly below the pooled rate, marks those clearly above, ranks the eligible', () => {
    const inputs = flagInputs([
      { base: 1, measured: 20, successes: 2 }, // 0.1
      { base: 1, measured: 20, successes: 10 }, // 0.5
      { base: 1, measured: 20, successes: 18 }, // 0.9
      { base: 1, measured: 20, successes: 10 }, // 0.5, ties keep provider order
    ]);
    flagAndRank(inputs, 1.96, 5);
    // pooled = 40/80 = 0.5; z = (0.1 − 0.5)/√(0.25/20) = −3.58
    expect(inputs.z[0]).toBeCloseTo(-0.4 / Math.sqrt(0.25 / 20), 12);
    expect(Array.from(inputs.flagged)).toEqual([1, 0, 0, 0]);
    expect(Array.from(inputs.positive)).toEqual([0, 0, 1, 0]);
    expect(Array.from(inputs.rank)).toEqual([4, 2, 1, 3]);
  });

  it('leaves out providers below the minimum, inactive ones and those without a rate', () => {
    const inputs = flagInputs([
      { base: 1, measured: 4, successes: 0 }, // below minClients
      { base: 1, measured: 30, successes: 0, active: 0 },
      { base: 1, measured: 0 },
      { base: 1, measured: 20, successes: 6 },
      { base: 1, measured: 20, successes: 14 },
    ]);
    flagAndRank(inputs, 1.96, 5);
    expect(Array.from(inputs.rank).map((r) => (Number.isNaN(r) ? null : r))).toEqual([null, null, null, 2, 1]);
    expect(Array.from(inputs.flagged)).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(inputs.positive)).toEqual([0, 0, 0, 0, 0]);
    expect(Number.isNaN(inputs.z[0]) && Number.isNaN(inputs.z[1]) && Number.isNaN(inputs.z[2])).toBe(true);
    // pooled over the two eligible: 20/40; z of provider 3 = (0.3 − 0.5)/√(0.25/20)
    expect(inputs.z[3]).toBeCloseTo(-0.2 / Math.sqrt(0.25 / 20), 12);
  });

  it('flags nobody when the pooled rate is 0 or 1, but still ranks', () => {
    const inputs = flagInputs([{ base: 1, measured: 10, successes: 10 }, { base: 1, measured: 10, successes: 10 }]);
    flagAndRank(inputs, 1.96, 1);
    expect(Array.from(inputs.flagged)).toEqual([0, 0]);
    expect(Array.from(inputs.rank)).toEqual([1, 2]);
  });

  it('weights the pooled rate by measured clients and respects the z threshold exactly (property)', () => {
    const row = fc.record({ measured: fc.integer({ min: 0, max: 60 }), share: fc.double({ min: 0, max: 1, noNaN: true }), active: fc.constantFrom<0 | 1>(0, 1, 1) });
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 15 }), fc.double({ min: 0.5, max: 3, noNaN: true }), fc.integer({ min: 1, max: 10 }), (rows, zc, minClients) => {
      const provs = rows.map((r) => ({ base: 1, measured: r.measured, successes: Math.round(r.share * r.measured), active: r.active }));
      const inputs = flagInputs(provs);
      flagAndRank(inputs, zc, minClients);
      const eligible = provs.map((p, k) => (p.active && p.measured >= minClients ? k : -1)).filter((k) => k >= 0);
      const pooled = eligible.reduce((a, k) => a + provs[k].successes, 0) / eligible.reduce((a, k) => a + provs[k].measured, 0);
      const ranks = eligible.map((k) => inputs.rank[k]).sort((a, b) => a - b);
      expect(ranks).toEqual(eligible.map((_, i) => i + 1));
      provs.forEach((p, k) => {
        if (!eligible.includes(k) || !(pooled > 0 && pooled < 1)) {
          expect(inputs.flagged[k] + inputs.positive[k]).toBe(0);
          return;
        }
        const z = (p.successes / p.measured - pooled) / Math.sqrt((pooled * (1 - pooled)) / p.measured);
        expect(inputs.z[k]).toBeCloseTo(z, 9);
        expect(inputs.flagged[k]).toBe(z < -zc ? 1 : 0);
        expect(inputs.positive[k]).toBe(z > zc ? 1 : 0);
      });
    }), { numRuns: 200 });
  });
});

interface Cell { clientMonths: number; measured: number; observed: number; expectedShare?: number }

/** One payment period settled on hand-made cells; returns the run state and each provider's base. */
function settleOnce(overrides: ScenarioOverrides, cells: Cell[]): { s: RunState; base: number[] } {
  const c = compiledTestScenario({ ...overrides, segments: [{ service: 'hvbYouth', providers: cells.length, params: { pricePerDay: 1000 } }], care: { warmUpMonths: 0 } });
  const P = drawRunParams(c, 0);
  const s = new RunState(cells.length, 0, c.horizonMonths, c.periodMonths);
  cells.forEach((x, j) => {
    const cell = j * s.periods;
    s.clientMonths[cell] = x.clientMonths;
    s.measured[cell] = x.measured;
    s.observed[cell] = x.observed;
    s.honestObserved[cell] = x.observed;
    s.trueScore[cell] = x.observed;
    s.expected[cell] = x.measured * (x.expectedShare ?? 0);
  });
  settlePeriod(periodContext(c, P, s), 0, c.periodMonths - 1);
  return { s, base: cells.map((x) => x.clientMonths * DAYS_PER_MONTH * 1000) };
}

const cellArb = fc.integer({ min: 0, max: 40 }).chain((measured) => fc.record({
  clientMonths: fc.integer({ min: 0, max: 30 }),
  measured: fc.constant(measured),
  observed: fc.integer({ min: 0, max: measured }),
  // The municipality's expected rate, for risk-adjusted rates (which can exceed 1).
  expectedShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
}));

const ruleArb = fc.constantFrom<{ rule: string; params: Record<string, number> }>(
  { rule: 'outcomeBonus', params: { bonusPerSuccess: 200_000 } },
  { rule: 'withhold', params: { withholdShare: 0.5, target: 0.6 } },
  { rule: 'thresholdBonus', params: { bonusShare: 1.5, target: 0.4, smoothing: 0.1 } },
  { rule: 'riskCorridor', params: { target: 0.5, adjustmentPerPoint: 0.05, cap: 0.8, floor: 0.8 } },
  { rule: 'tournament', params: { topShare: 0.5, bonusShare: 2 } },
  { rule: 'perDiem', params: {} },
);

describe('settlePeriod', () => {
  it('keeps every provider-period within the payment cap and floor, and pays what it books (property)', () => {
    fc.assert(fc.property(fc.array(cellArb, { minLength: 1, maxLength: 10 }), ruleArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (cells, rule, capShare, floorShare) => {
      const { s, base } = settleOnce({ payment: { ...rule, settings: { limitsEnabled: true, capShare, floorShare } }, riskAdjustment: { enabled: true } }, cells);
      let total = 0;
      base.forEach((b, j) => {
        const eps = 1e-9 * b;
        expect(s.revenue[j]).toBeGreaterThanOrEqual(b * (1 - floorShare) - eps);
        expect(s.revenue[j]).toBeLessThanOrEqual(b * (1 + capShare) + eps);
        total += s.revenue[j];
      });
      expect(s.payments).toBeCloseTo(total, 4);
    }), { numRuns: 150 });
  });

  it('pays a withhold between base·(1 − share) and base for every provider-period (property)', () => {
    fc.assert(fc.property(fc.array(cellArb, { minLength: 1, maxLength: 10 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (cells, withholdShare, target, riskAdjusted) => {
      const { s, base } = settleOnce({ payment: { rule: 'withhold', params: { withholdShare, target } }, riskAdjustment: { enabled: riskAdjusted } }, cells);
      base.forEach((b, j) => {
        const eps = 1e-9 * b;
        expect(s.revenue[j]).toBeLessThanOrEqual(b + eps);
        expect(s.revenue[j]).toBeGreaterThanOrEqual(b * (1 - withholdShare) - eps);
      });
    }), { numRuns: 150 });
  });

  it('books measured and observed clients, active periods and base = client-days × price', () => {
    const { s, base } = settleOnce({ payment: { rule: 'perDiem' } }, [
      { clientMonths: 12, measured: 5, observed: 2 },
      { clientMonths: 0, measured: 0, observed: 0 },
    ]);
    expect(Array.from(s.revenue)).toEqual(base);
    expect(base[0]).toBeCloseTo(12 * (365.25 / 12) * 1000, 6);
    expect(Array.from(s.measuredTotal)).toEqual([5, 0]);
    expect(Array.from(s.observedTotal)).toEqual([2, 0]);
    expect(Array.from(s.periodsActive)).toEqual([1, 1]);
  });

  it('counts wrong flags and misses against the truth', () => {
    // Provider 0 is far below the others and is flagged; mark it acceptable → one wrong flag.
    const c = compiledTestScenario({ segments: [{ service: 'hvbYouth', providers: 3 }], care: { warmUpMonths: 0 } });
    const P = drawRunParams(c, 0);
    const s = new RunState(3, 0, c.horizonMonths, c.periodMonths);
    [[30, 2], [30, 20], [30, 20]].forEach(([m, o], j) => { s.measured[j * s.periods] = m; s.observed[j * s.periods] = o; s.clientMonths[j * s.periods] = 10; });
    s.deficient[1] = 1; // deficient but not flagged → one miss
    settlePeriod(periodContext(c, P, s), 0, 2);
    expect([s.flaggedAcceptable, s.acceptablePeriods, s.missedDeficient, s.deficientPeriods]).toEqual([1, 2, 1, 1]);
    expect(Array.from(s.periodsFlagged)).toEqual([1, 0, 0]);
  });

  it('audits the most deviating flagged providers first, within the budget, and sanctions at most what was paid', () => {
    const c = compiledTestScenario({
      segments: [{ service: 'hvbYouth', providers: 6 }], care: { warmUpMonths: 0 },
      inspection: { enabled: true, auditsPerYear: 4, sensitivity: 1, specificity: 0, sanctionShare: 0.25, terminateOnConfirmed: true },
    });
    const P = drawRunParams(c, 0);
    const s = new RunState(6, 0, c.horizonMonths, c.periodMonths);
    // Two flagged providers, 0 the worse; quarterly budget is 1 audit.
    [[40, 1], [40, 6], [40, 30], [40, 30], [40, 30], [40, 30]].forEach(([m, o], j) => { s.measured[j * s.periods] = m; s.observed[j * s.periods] = o; s.clientMonths[j * s.periods] = 10; });
    s.occupancy[0] = 4;
    settlePeriod(periodContext(c, P, s), 0, 2);
    expect(Array.from(s.periodsFlagged).slice(0, 2)).toEqual([1, 1]);
    expect(s.audits).toBe(1);
    const base = 10 * DAYS_PER_MONTH * P.segments[0].pricePerDay;
    // specificity 0: the audit confirms; sanction = 25 % of base; contract ended, clients moved.
    expect(s.revenue[0]).toBeCloseTo(base * 0.75, 6);
    expect(s.revenue[1]).toBeCloseTo(base, 6);
    expect(s.payments).toBeCloseTo(Array.from(s.revenue).reduce((a, b) => a + b, 0), 6);
    expect([s.active[0], s.terminated, s.occupancy[0], s.fallbackOccupancy]).toEqual([0, 1, 0, 4]);
  });
});
