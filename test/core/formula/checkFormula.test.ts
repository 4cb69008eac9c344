import { describe, expect, it } from 'vitest';
import { checkFormula } from '../../../src/core/formula/checkFormula.js';
import { FORMULA_LIMITS, FORMULA_VARIABLE_NAMES } from '../../../src/core/formula/formulaVocabulary.js';
import { validateScenario } from '../../../src/engine.js';

const scenario = (formula: unknown): unknown => ({
  schemaVersion: 1, id: 'f', title: { sv: 'f', en: 'f' }, seed: 1, runs: 1, horizonMonths: 12,
  segments: [{ service: 'hvbYouth', providers: 2 }], measure: { model: 'lowerIntervention' },
  payment: { rule: 'custom', params: { formula } },
});

describe('checkFormula', () => {
  it.each([
    'base',
    'base * (0.9 + 0.2 * min(1, max(0, (observed_rate - target) / 0.1)))',
    'observed_rate >= target ? base * 1.05 : base * 0.95',
    'base + 30000 * successes - (flagged == 1 and rank > providers / 2 ? 0.1 * base : 0)',
    'clamp(observed_rate / expected_rate, 0.8, 1.2) * base',
    'round(clients) * months * 1e3 + floor(measured / 2) - ceil(0.5) + abs(-1) + sqrt(4) + exp(0) + log(e) + log(8, 2) + pi',
    '0 < observed_rate <= 1 ? base : 0',
    'not (flagged == 1) or rank <= 3 ? base : base ^ 1',
    '2 clients',
    '.5 * base + 1.5e-3',
  ])('accepts %s', (text) => {
    const checked = checkFormula(text);
    expect(checked.ok ? 'ok' : checked.problem.problem).toBe('ok');
  });

  it('knows every variable it promises', () => {
    for (const name of FORMULA_VARIABLE_NAMES) expect(checkFormula(`${name} + 1`).ok, name).toBe(true);
  });

  it.each([
    ['cos(base)', 'unknown name "cos" at character 1'],
    ['base * foo', 'unknown name "foo" at character 8'],
    ['base = 1', 'assignment "=" at character 6'],
    ['base(2)', '"base" at character 1 is a variable, not a function'],
    ['1 + min', 'the function "min" at character 5 is not called'],
    ['clamp(base, 1)', 'clamp(…) at character 1 has 2 argument(s)'],
    ['1:10', 'a range ":" at character 2'],
    ['successes!', 'the factorial "!" at character 10'],
    ['"base"', 'text (a string) "\\"" at character 1'],
    ['base.x', 'property access "." at character 5'],
    ['0x1f', 'the number "0x1f" at character 1 is not a decimal number'],
    ['1e999', 'the number "1e999" at character 1 is too large'],
    ['base +', 'cannot be read at character 7'],
    ['base; 2', 'a second expression ";" at character 5'],
  ])('rejects %s naming the piece and where it is', (text, expected) => {
    const checked = checkFormula(text);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem.problem).toContain(expected);
  });

  it('limits length and nesting depth', () => {
    const long = checkFormula('1+'.repeat(FORMULA_LIMITS.maxLength / 2) + '1');
    expect(long.ok ? '' : long.problem.problem).toContain(`characters long`);
    const deep = checkFormula('('.repeat(FORMULA_LIMITS.maxDepth + 1) + 'base' + ')'.repeat(FORMULA_LIMITS.maxDepth + 1));
    expect(deep.ok ? '' : deep.problem.allowed).toContain(`at most ${FORMULA_LIMITS.maxDepth} levels`);
    const unary = checkFormula('-'.repeat(FORMULA_LIMITS.maxDepth + 1) + 'base');
    expect(unary.ok).toBe(false);
    // A long flat sum is one level, not one per term.
    const flat = checkFormula(Array.from({ length: 100 }, () => 'base').join(' + '));
    expect(flat.ok).toBe(true);
  });

  it('is the check scenario validation runs, with the path of the formula', () => {
    const bad = validateScenario(scenario('cos.constructor("return 1")()'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues[0].path).toBe('payment.params.formula');
      expect(bad.issues[0].problem).toContain('"cos" at character 1');
    }
    expect(validateScenario(scenario('base * 1.1')).ok).toBe(true);
    const notText = validateScenario(scenario(3));
    expect(notText.ok ? '' : notText.issues[0].path).toBe('payment.params.formula');
  });
});
