import { describe, expect, it } from 'vitest';
import { planPilot } from '../../../src/core/plan/planPilot.js';
import { precisionSentence, rocFigure, sampleTable } from '../../../src/ui/data/pilotFigures.js';
import { compileValid, testScenario } from '../../support/testScenario.js';

const plan = planPilot(compileValid(testScenario({ runs: 6, horizonMonths: 24, segments: [{ service: 'hvbYouth', providers: 20 }] })), { replicates: 200, windows: ['period', '12'] });

describe('pilot figures', () => {
  it('the ROC table has a row per window and threshold with a rate, in both languages', () => {
    for (const L of ['sv', 'en'] as const) {
      const fig = rocFigure(plan, L);
      expect(fig.table.rows.length).toBe(plan.windows.reduce((n, w) => n + w.roc.filter((p) => p.falseFlagRate !== null && p.missRate !== null).length, 0));
      expect(fig.spec(600)).toHaveProperty('layer');
    }
    expect(rocFigure(plan, 'sv').table.rows[0][0].text).toBe('betalningsperioden');
  });
  it('the sample-size table lists formula, recorded gap and simulation', () => {
    const t = sampleTable(plan, 'en');
    expect(t.rows.map((r) => r[0].text)).toEqual(['Formula (the measure sees the true gap)', 'Formula on the gap the measure records', 'Simulation of the measure']);
    expect(t.rows[0][1].raw).toBe(plan.sampleSize.formula.perProvider);
  });
  it('says the precision of flags at the scenario threshold for the chosen window', () => {
    expect(precisionSentence(plan, '12', 'sv')).toMatch(/z = 1,96.*senaste 12 månaderna/);
    expect(precisionSentence(plan, '36', 'sv')).toBeNull();
  });
});
