/**
 * The plain-number versions of mathjs's round, floor and ceil (computed here away from halves,
 * handed to mathjs within 1e-9 of one) give mathjs's answers to the bit, on random values and
 * on the hard ones: halves, values a rounding error from a half or an integer, large values.
 * A negative base to a constant fractional power follows mathjs's real-root rule.
 */
import fc from 'fast-check';
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import * as n from '../../../src/core/formula/numberSemantics.js';
import { pow } from '../../../src/core/rng/pow.js';

const math = create(all, { predictable: true });
const same = (a: number, b: number): boolean => Object.is(a, b) || (a !== a && b !== b);

const hard = fc.oneof(
  fc.double({ noNaN: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(0.5, 0.4999999999999, 0.5000000000001, 0.49999999999999994, 0.9999999999999, 1e-13, 0.5 + 2e-9, 0.5 - 2e-9))
    .map(([i, f]) => i + f),
  // Within 1e-9 of a half, where the decimal steps decide: small and large integer parts.
  fc.tuple(fc.oneof(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -2e9, max: 2e9 }), fc.integer()), fc.double({ min: -1.2e-9, max: 1.2e-9, noNaN: true }))
    .map(([i, d]) => i + 0.5 + d),
  fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -3, max: 3 })).map(([i, k]) => i / 1.3 + k * Number.EPSILON * i),
  fc.constantFrom(-0, 0.5, -0.5, 1.5, -2.5, 2.4999999999999996, 4503599627370495.5, -4503599627370495.5, 1e300, -1e-300, Infinity, -Infinity, NaN),
);

describe('round, floor and ceil agree with mathjs to the bit', () => {
  for (const [name, ours] of [['round', n.round], ['floor', n.floor], ['ceil', n.ceil]] as const) {
    it(name, () => {
      fc.assert(fc.property(hard, (x) => same(ours(x), math[name](x) as number)), { numRuns: 60_000, seed: 7 });
    });
  }
});

describe('pow with a negative base', () => {
  it('a constant fractional exponent: the real odd root or NaN, as mathjs decides, with portable bits', () => {
    for (const y of [1 / 3, 2 / 3, 0.2, 0.5, 1.37, -1 / 3, 3 / 5, 0.1, 7 / 9]) {
      const p = n.powByConstant(y);
      for (const x of [-8, -2.5, -1, -0.3, -1e-5, 0, 2, 27]) {
        const mathjs = math.pow(x, y) as number;
        const expected = mathjs !== mathjs ? NaN : Math.sign(mathjs) * pow(Math.abs(x), y);
        expect(same(p(x), expected), `${x} ^ ${y}`).toBe(true);
        expect(same(n.pow(x, y), p(x)), `${x} ^ ${y} (computed exponent)`).toBe(true);
      }
    }
  });
});
