/**
 * The portable pow against V8's Math.pow: within 1 ulp on many inputs (both are faithful, and
 * differ in the last bit for a few per cent of them, which is why the port exists), exact on
 * the special cases ECMAScript's Number::exponentiate fixes, and exact on integer powers of
 * integers that are representable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pow } from '../../../src/core/rng/pow.js';

const bits = new BigInt64Array(2);
const view = new Float64Array(bits.buffer);
/** Distance in units in the last place between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  view[0] = a; view[1] = b;
  const d = bits[0] - bits[1];
  return Number(d < 0n ? -d : d);
}

describe('pow (portable fdlibm port)', () => {
  it('is within 1 ulp of Math.pow for random finite bases and exponents', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
        fc.oneof(fc.double({ min: -700, max: 700, noNaN: true }), fc.integer({ min: -60, max: 60 })),
        (x, y) => {
          const ours = pow(x, y), theirs = Math.pow(x, y);
          if (!Number.isFinite(theirs) || theirs === 0) return Object.is(ours, theirs) || ulps(ours, theirs) <= 1;
          return ulps(ours, theirs) <= 1;
        },
      ),
      { numRuns: 200_000, seed: 11 },
    );
  });

  it('is within 1 ulp on the inputs of payment formulas: rates in [0, 1] to fractional powers, negative bases to integers', () => {
    let worst = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = ((i * 0.6180339887498949) % 1) * (i % 3 === 0 ? -20 : 1);
      const y = i % 3 === 0 ? (i % 17) - 8 : 0.05 + ((i * 0.7548776662466927) % 1) * 5;
      worst = Math.max(worst, ulps(pow(x, y), Math.pow(x, y)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('gives exact integer powers of integers', () => {
    for (let b = -12; b <= 12; b++) for (let e = 0; e <= 14; e++) expect(pow(b, e)).toBe(Number(BigInt(b) ** BigInt(e)));
    expect(pow(2, 52)).toBe(2 ** 52);
    expect(pow(2, -1074)).toBe(5e-324);
    expect(pow(10, 22)).toBe(1e22);
  });

  it('gives the special cases of ECMAScript exactly (1^NaN and (±1)^±∞ are NaN there, 1 in C99)', () => {
    const values = [0, -0, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 2.5, -2.5, Infinity, -Infinity, NaN, 5e-324, -5e-324, 1.7976931348623157e308, -1.7976931348623157e308, 2 ** 53, -(2 ** 53), 2 ** 53 + 2];
    const mismatched: string[] = [];
    for (const x of values) for (const y of values) {
      const ours = pow(x, y), spec = Math.pow(x, y);
      // Exact wherever the result is special (0, ±∞, NaN, ±1) or the inputs are; ordinary results within an ulp.
      const special = !Number.isFinite(spec) || spec === 0 || Math.abs(spec) === 1 || !Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0;
      if (special ? !Object.is(ours, spec) : ulps(ours, spec) > 1) mismatched.push(`${x} ^ ${y}: ${ours} vs ${spec}`);
    }
    expect(mismatched).toEqual([]);
    expect(pow(1, NaN)).toBeNaN();
    expect(pow(-1, Infinity)).toBeNaN();
    expect(pow(NaN, 0)).toBe(1);
    expect(pow(-8, 1 / 3)).toBeNaN(); // a negative base to a non-integer (formulas give real odd roots on top: numberSemantics)
    expect(Object.is(pow(-0, 3), -0)).toBe(true);
    expect(pow(-0, -3)).toBe(-Infinity);
    expect(pow(1 + 2 ** -52, 2 ** 70)).toBe(Infinity);
    expect(pow(0.5, 1075)).toBe(0);
    expect(pow(0.5, 1074)).toBe(5e-324);
  });
});
