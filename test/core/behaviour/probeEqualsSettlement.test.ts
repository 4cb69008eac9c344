/**
 * One settlement implementation: for every payment rule, with risk adjustment on or off and
 * the overall cap and floor on or off, a rule probe whose rows hold each provider's actual
 * figures (and which believes the others at their actual figures) pays exactly what the
 * settlement pays. A copy of settlement logic in the behaviour code would break this.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawRunParams } from '../../../src/core/compile/drawRunParams.js';
import { RuleProbe } from '../../../src/core/behaviour/RuleProbe.js';
import { RunState } from '../../../src/core/state/RunState.js';
import { settlePeriod } from '../../../src/core/simulate/settlePeriod.js';
import type { PaymentRule } from '../../../src/core/model/PaymentRule.js';
import { compiledTestScenario } from '../../support/testScenario.js';
import { periodContext } from '../../support/periodContext.js';

const RULES = [
  { rule: 'perDiem' }, { rule: 'outcomeBonus' }, { rule: 'withhold' }, { rule: 'thresholdBonus' },
  { rule: 'riskCorridor' }, { rule: 'tournament' },
  { rule: 'custom', params: { formula: 'base * (0.9 + 0.2 * min(1, max(0, observed_rate))) - 1000 * flagged + 500 * (rank <= 2)' } },
] as const;

const cellArb = fc.record({ measured: fc.integer({ min: 0, max: 30 }), share: fc.double({ min: 0, max: 1, noNaN: true }), expected: fc.double({ min: 0.05, max: 0.95, noNaN: true }), months: fc.integer({ min: 1, max: 30 }) });

describe('the rule probe pays what settlement pays', () => {
  it('for every rule, risk adjustment and limits, with ties and small samples', () => {
    fc.assert(fc.property(
      fc.constantFrom(...RULES), fc.boolean(), fc.boolean(), fc.array(cellArb, { minLength: 2, maxLength: 12 }),
      (payment, riskAdjusted, limits, cells) => {
        const c = compiledTestScenario({
          segments: [{ service: 'hvbYouth', providers: cells.length }], care: { warmUpMonths: 0 },
          payment: { ...payment, settings: { limitsEnabled: limits, capShare: 0.05, floorShare: 0.05 } },
          riskAdjustment: { enabled: riskAdjusted }, flagging: { minClients: 3 },
        });
        const P = drawRunParams(c, 0);
        const s = new RunState(cells.length, 0, c.horizonMonths, c.periodMonths);
        cells.forEach((x, j) => {
          const cell = j * s.periods;
          s.clientMonths[cell] = x.months;
          s.measured[cell] = x.measured;
          // Rounded shares make ties in the observed rates common.
          s.observed[cell] = Math.round(x.share * x.measured);
          s.honestObserved[cell] = s.observed[cell];
          s.trueScore[cell] = s.observed[cell];
          s.expected[cell] = x.measured * x.expected;
        });
        const ctx = periodContext(c, P, s);
        settlePeriod(ctx, 0, c.periodMonths - 1);
        const inputs = ctx.inputs!;
        const n = cells.length;
        let observed = 0, measured = 0;
        for (let k = 0; k < n; k++) { observed += inputs.successes[k]; measured += inputs.measured[k]; }
        const probe = new RuleProbe(n);
        probe.believe(n, inputs.observedRate, inputs.measured, inputs.active, measured > 0 ? observed / measured : NaN, ctx.settings, inputs.months);
        for (let k = 0; k < n; k++) probe.setRow(k, inputs.clientMonths[k], inputs.base[k], inputs.measured[k], inputs.successes[k], s.expected[k * s.periods]);
        const probed = probe.pay(c.rule as PaymentRule, P.rule);
        // What settlement paid each provider this period (no sanctions: inspection and gaming are off).
        for (let k = 0; k < n; k++) expect(probed[k]).toBe(s.revenue[k]);
        expect(Array.from(probe.rows.rank.subarray(0, n))).toEqual(Array.from(inputs.rank.subarray(0, n)));
        expect(Array.from(probe.rows.flagged.subarray(0, n))).toEqual(Array.from(inputs.flagged.subarray(0, n)));
      },
    ), { numRuns: 300 });
  });
});
