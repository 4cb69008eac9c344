import { describe, expect, it } from 'vitest';
import { validateScenario, type Scenario } from '../../../src/engine.js';
import { baselineFor, canonical, isBaseline } from '../../../src/ui/state/baselineFor.js';

const design: Scenario = {
  schemaVersion: 1, id: 'bonus', title: { sv: 'Bonus', en: 'Bonus' }, seed: 3, runs: 200, horizonMonths: 24,
  segments: [{ service: 'hvbYouth', providers: 12, params: { capacity: 8 } }], measure: { model: 'followUpAssessment' },
  payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 20000 }, settings: { period: 'year' } },
  followUp: { extraMinutes: 30, hourlyCost: 500 }, inspection: { enabled: true },
};

describe('baselineFor', () => {
  it('keeps market, measure, seed and runs, and pays by the per diem without the measurement burden', () => {
    const before = structuredClone(design);
    const b = baselineFor(design);
    expect(design).toEqual(before);
    expect(b.payment).toEqual({ rule: 'perDiem', settings: { period: 'year' } });
    expect(b.followUp).toEqual({ hourlyCost: 500 });
    expect(b.inspection).toBeUndefined();
    expect([b.seed, b.runs, b.horizonMonths, b.segments, b.measure]).toEqual([design.seed, design.runs, design.horizonMonths, design.segments, design.measure]);
  });
  it('is a valid scenario', () => {
    expect(validateScenario(baselineFor(design)).ok).toBe(true);
  });
  it('recognises a design that already is today\'s rule, whatever its key order', () => {
    expect(isBaseline(design)).toBe(false);
    expect(isBaseline(baselineFor(design))).toBe(true);
    const reordered = JSON.parse(canonical(baselineFor(design))) as Scenario;
    expect(isBaseline({ ...reordered, id: 'x', title: { sv: 'X', en: 'X' } })).toBe(true);
  });
  it('uses the library baseline a design names, with the design\'s seed and runs', () => {
    const named = baselineFor({ ...design, baseline: 'default-yearly', seed: 11, runs: 50 });
    expect(named.id).toBe('default-yearly');
    expect(named.payment).toEqual({ rule: 'perDiem', settings: { period: 'year' } });
    expect([named.seed, named.runs]).toEqual([11, 50]);
    expect(named.baseline).toBeUndefined();
  });
  it('falls back to the derived baseline when the named one is not in the library', () => {
    expect(baselineFor({ ...design, baseline: 'no-such-scenario' }).payment.rule).toBe('perDiem');
    expect(baselineFor({ ...design, baseline: 'no-such-scenario' }).id).toBe('bonus-baseline');
  });
});
