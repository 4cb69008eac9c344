/**
 * Formulas whose numbers are not numbers are the user's input: a formula that is non-finite
 * for every ordinary period is refused when the scenario is checked; one that fails for some
 * provider at run time throws FormulaError naming the formula, the provider and the values
 * (also through a worker pool); payments that are each finite but add up past what can be
 * summed (1e308 per provider) throw FormulaError naming the formula, instead of yielding a
 * null total and an "about the same" headline.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario, simulateScenario, validateScenario, type Scenario } from '../../../src/engine.js';
import { FormulaError } from '../../../src/core/formula/FormulaError.js';

const withFormula = (formula: string): Scenario => ({
  schemaVersion: 1, id: 'nan', title: { sv: 'Ej tal', en: 'Not numbers' }, seed: 3, runs: 4, horizonMonths: 12,
  segments: [{ service: 'hvbYouth', providers: 12 }], measure: { model: 'lowerIntervention' },
  payment: { rule: 'custom', params: { formula } },
});

function thrown(formula: string): unknown {
  try {
    simulateScenario(compileScenario(withFormula(formula)));
  } catch (e) {
    return e;
  }
  return null;
}

describe('refused when the scenario is checked: non-finite for every ordinary period', () => {
  for (const formula of ['1/0', '0/0', 'log(0)', 'sqrt(-1)', 'base / 0', 'base ^ base', '-1/0 + base', 'log(-base)']) {
    it(formula, () => {
      const r = validateScenario(withFormula(formula));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues.map((i) => i.path)).toEqual(['payment.params.formula']);
      expect(r.issues[0].problem).toMatch(/for every ordinary period tried, e\.g\. with base=/);
      expect(r.issues[0].allowed).toMatch(/max\(…, 1\)/);
    });
  }
});

describe('failing at run time for some provider: FormulaError with formula, provider and values', () => {
  for (const formula of ['base * successes / measured', 'base * log(measured) / log(4)', 'base / (rank - 1)']) {
    it(formula, () => {
      const valid = validateScenario(withFormula(formula));
      expect(valid.ok ? [] : valid.issues).toEqual([]);
      const e = thrown(formula);
      expect(e).toBeInstanceOf(FormulaError);
      const message = (e as FormulaError).message;
      expect(message).toContain(JSON.stringify(formula));
      expect(message).toMatch(/gave (NaN|-?Infinity) for provider \d+ \(segment 1, hvbYouth\) in payment period \d+, with base=/);
      expect(message).toMatch(/measured=0|rank=1,/);
    });
  }
});

describe('finite payments whose total overflows', () => {
  it('1e308 per provider: FormulaError naming the formula, not a null total', () => {
    expect(validateScenario(withFormula('1e308')).ok).toBe(true);
    const e = thrown('1e308');
    expect(e).toBeInstanceOf(FormulaError);
    expect((e as FormulaError).overflow).toBe(true);
    expect((e as FormulaError).message).toMatch(/^the payment formula "1e308" gave amounts whose total is Infinity over the providers of run 1/);
  });

  it('1e301 per provider-period (finite total, but not summable over runs) is refused too', () => {
    expect(thrown('1e301 * (providers > 0)')).toBeInstanceOf(FormulaError);
    expect(thrown('1e290')).toBeNull();
  });

  it('survives a worker boundary as a FormulaError', () => {
    const e = new FormulaError('1e308', Infinity, new Float64Array(0), -1, ' over the providers of run 1', true);
    const copy = FormulaError.fromData(structuredClone(e.toData()));
    expect(copy).toBeInstanceOf(FormulaError);
    expect(copy.message).toBe(e.message);
  });
});
