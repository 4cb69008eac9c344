import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFormula } from '../../../src/core/formula/checkFormula.js';
import { compileFormula } from '../../../src/core/formula/compileFormula.js';
import { FORMULA_SLOT, FORMULA_VARIABLE_NAMES } from '../../../src/core/formula/formulaVocabulary.js';

function evaluate(text: string, vars: Record<string, number> = {}): number {
  const checked = checkFormula(text);
  if (!checked.ok) throw new Error(checked.problem.problem);
  const values = new Float64Array(FORMULA_VARIABLE_NAMES.length);
  for (const [k, v] of Object.entries(vars)) values[FORMULA_SLOT[k]] = v;
  return compileFormula(text, checked.tree).evaluate(values);
}

describe('compileFormula', () => {
  it('computes the example rule of the issue', () => {
    const f = 'base * (0.9 + 0.2 * min(1, max(0, (observed_rate - target) / 0.1)))';
    expect(evaluate(f, { base: 1000, observed_rate: 0.55, target: 0.5 })).toBeCloseTo(1000, 10);
    expect(evaluate(f, { base: 1000, observed_rate: 0.7, target: 0.5 })).toBeCloseTo(1100, 10);
    expect(evaluate(f, { base: 1000, observed_rate: 0.2, target: 0.5 })).toBeCloseTo(900, 10);
  });

  it('follows mathjs where plain JavaScript would differ', () => {
    expect(evaluate('0.1 + 0.2 == 0.3')).toBe(1); // comparisons with mathjs's tolerance
    expect(evaluate('round(-2.5)')).toBe(-3); // halves away from zero
    expect(evaluate('round(2.4999999999999996)')).toBe(3); // rounded to 1e-12 first
    expect(evaluate('(-8) ^ (1/3)')).toBeCloseTo(-2, 12); // real odd roots
    expect(evaluate('sqrt(-1)')).toBeNaN(); // predictable: NaN, not complex
    expect(evaluate('min(base, 0/0, 1)')).toBeNaN(); // NaN wins in min and max
    expect(evaluate('not (0/0)')).toBe(1);
    expect(evaluate('(1 > 0) + (1 > 0)')).toBe(2); // booleans count as 1
    expect(evaluate('1 < 2 < 3')).toBe(1);
    expect(evaluate('3 > 2 > 2')).toBe(0);
  });

  it('reads variables from their slots and folds constants', () => {
    expect(evaluate('rank * 10 + providers', { rank: 3, providers: 40 })).toBe(70);
    expect(evaluate('2 ^ 10 * base', { base: 2 })).toBe(2048);
    expect(evaluate('clamp(successes, 2, 5)', { successes: 9 })).toBe(5);
  });

  it('never builds code from text: no eval and no Function constructor in the formula module', () => {
    const dir = fileURLToPath(new URL('../../../src/core/formula/', import.meta.url));
    for (const file of readdirSync(dir)) {
      const source = readFileSync(dir + file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(source, file).not.toMatch(/\bnew\s+Function\b|\beval\s*\(|(?<![\w.])Function\s*\(/);
    }
  });
});
