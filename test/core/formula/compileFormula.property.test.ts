/**
 * The compiled closure and mathjs (predictable: true) agree on random allowed expressions and
 * random inputs, to the bit (NaN with NaN). Compiled formulas take x^y, e^x and ln x from the
 * portable ports (the same bits in every engine), so mathjs evaluates with Math.pow, Math.exp
 * and Math.log replaced by the same ports: the reference is mathjs's semantics with those bits.
 */
import fc from 'fast-check';
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { checkFormula } from '../../../src/core/formula/checkFormula.js';
import { compileFormula } from '../../../src/core/formula/compileFormula.js';
import { FORMULA_VARIABLE_NAMES } from '../../../src/core/formula/formulaVocabulary.js';
import { exp } from '../../../src/core/rng/exp.js';
import { log } from '../../../src/core/rng/log.js';
import { pow } from '../../../src/core/rng/pow.js';

const math = create(all, { predictable: true });
// clamp is ours; mathjs is given the definition the compiler documents: min(max(x, lo), hi).
math.import({ clamp: (x: number, lo: number, hi: number) => math.min(math.max(x, lo), hi) }, { override: true });

const leaf = fc.oneof(
  fc.constantFrom(...FORMULA_VARIABLE_NAMES),
  fc.constantFrom('0', '1', '2', '0.5', '2.5', '-1', '0.1', '1e3', '3e-4', 'pi', 'e'),
);

const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '^', '<', '<=', '>', '>=', '==', '!=', 'and', 'or'), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/')).map(([a, op]) => `${a} ${op} 3`),
    tie('e').map((a) => `-${a}`),
    tie('e').map((a) => `not ${a}`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `(${a} ? ${b} : ${c})`),
    fc.tuple(fc.constantFrom('abs', 'floor', 'ceil', 'round', 'sqrt', 'exp', 'log'), tie('e')).map(([f, a]) => `${f}(${a})`),
    fc.tuple(fc.constantFrom('min', 'max'), fc.array(tie('e'), { minLength: 1, maxLength: 4 })).map(([f, xs]) => `${f}(${xs.join(', ')})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `clamp(${a}, ${b}, ${c})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `log(${a}, ${b})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `(${a} < ${b} <= ${c})`),
  ),
})).e;

const value = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -50, max: 50 }),
  fc.constantFrom(0, -0, 0.5, 1.5, -2.5, 0.1, 0.2, 0.3, 1e-13),
);

/** mathjs's evaluation with the engine's portable transcendental functions in place of Math's. */
function evaluateWithPorts(text: string, scope: Record<string, number>): number {
  const saved = { pow: Math.pow, exp: Math.exp, log: Math.log };
  Object.assign(Math, { pow, exp, log });
  try {
    return Number(math.evaluate(text, scope));
  } finally {
    Object.assign(Math, saved);
  }
}

const same = (a: number, b: number): boolean => Object.is(a, b) || (a !== a && b !== b) || (a === 0 && b === 0);

describe('compiled formulas agree with mathjs', () => {
  it('on random allowed expressions and inputs', () => {
    let compared = 0;
    fc.assert(
      fc.property(expr, fc.array(value, { minLength: FORMULA_VARIABLE_NAMES.length, maxLength: FORMULA_VARIABLE_NAMES.length }), (text, xs) => {
        const checked = checkFormula(text);
        if (!checked.ok) return true; // generated too deep or too long: the check's job, tested elsewhere
        const scope: Record<string, number> = {};
        FORMULA_VARIABLE_NAMES.forEach((n, i) => { scope[n] = xs[i]; });
        const ours = compileFormula(text, checked.tree).evaluate(Float64Array.from(xs));
        const theirs = evaluateWithPorts(text, scope);
        expect(same(ours, theirs), `${text} with ${JSON.stringify(scope)}: ours ${ours}, mathjs ${theirs}`).toBe(true);
        compared++;
        return true;
      }),
      { numRuns: 3000, seed: 20261124 },
    );
    // The generator must mostly produce formulas the check accepts, or the property proves little.
    expect(compared).toBeGreaterThan(2000);
  });
});
