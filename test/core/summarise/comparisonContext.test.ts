import { describe, expect, it } from 'vitest';
import { behaviourAssumption, behavioursOn, comparisonWarnings } from '../../../src/engine.js';
import { compiledTestScenario } from '../../support/testScenario.js';

describe('comparison context', () => {
  const base = compiledTestScenario({});

  it('two designs that differ only in the rule have no warnings', () => {
    expect(comparisonWarnings(compiledTestScenario({ payment: { rule: 'outcomeBonus' } }), base)).toEqual([]);
  });

  it('names every other way two designs differ, in both languages', () => {
    const other = compiledTestScenario({
      horizonMonths: 24, payment: { rule: 'withhold', settings: { period: 'year' } }, measure: { model: 'followUpAssessment' },
      segments: [{ service: 'tfco', providers: 4 }], behaviour: { effort: { enabled: true } }, flagging: { zCritical: 3 },
    });
    const codes = comparisonWarnings(other, base).map((w) => w.code);
    expect(codes).toEqual(['period', 'measure', 'services', 'horizon', 'behaviour', 'section:flagging']);
    for (const w of comparisonWarnings(other, base)) expect(w.text.sv.length > 10 && w.text.en.length > 10).toBe(true);
    expect(comparisonWarnings(other, base)[0].text.en).toBe('The design settles yearly, the baseline quarterly: the measure\'s noise and the flags differ for that reason alone.');
  });

  it('states that providers do not react when no behaviour is on', () => {
    expect(behavioursOn(base)).toEqual([]);
    expect(behaviourAssumption(base).en).toMatch(/providers do not change/);
    const on = compiledTestScenario({ behaviour: { gaming: { enabled: true }, effort: { enabled: true } } });
    expect(behavioursOn(on)).toEqual(['effort', 'gaming']);
    expect(behaviourAssumption(on).sv).toMatch(/effort, gaming/);
  });
});
