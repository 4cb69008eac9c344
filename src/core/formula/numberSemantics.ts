/**
 * mathjs's number semantics (with `predictable: true`), reproduced for compiled formulas so a
 * closure and mathjs give the same answer: comparisons use mathjs's tolerances, min and max
 * keep NaN, booleans are 1 and 0. Where mathjs's rule is intricate (rounding near halves, real
 * roots of negative numbers) the rare case is handed to mathjs's own function.
 */
import { ABS_TOL, REL_TOL, math } from './mathInstance.js';

/**
 * mathjs's nearlyEqual, reordered for speed: equal values (infinities included) first; then
 * a difference that is NaN (a NaN operand) or infinite (an infinite operand, or an overflow
 * that mathjs's own comparison also rejects) is never "nearly equal".
 */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  const d = Math.abs(a - b);
  return d < Infinity && d <= Math.max(REL_TOL * Math.max(Math.abs(a), Math.abs(b)), ABS_TOL);
}

export const lt = (a: number, b: number): boolean => a < b && !nearlyEqual(a, b);
export const gt = (a: number, b: number): boolean => a > b && !nearlyEqual(a, b);
export const le = (a: number, b: number): boolean => a <= b || nearlyEqual(a, b);
export const ge = (a: number, b: number): boolean => a >= b || nearlyEqual(a, b);
export const eq = (a: number, b: number): boolean => nearlyEqual(a, b);
export const ne = (a: number, b: number): boolean => !nearlyEqual(a, b);

/** x^y: a negative base with a non-integer exponent goes to mathjs (odd roots are real there). */
export function pow(x: number, y: number): number {
  if (x < 0 && !Number.isInteger(y)) return math.pow(x, y) as number;
  if ((x * x < 1 && y === Infinity) || (x * x > 1 && y === -Infinity)) return 0;
  return Math.pow(x, y);
}

/** Integers are their own floor, ceil and round; the rest follows mathjs (tolerance near integers). */
export const floor = (x: number): number => (Number.isInteger(x) ? x : (math.floor(x) as number));
export const ceil = (x: number): number => (Number.isInteger(x) ? x : (math.ceil(x) as number));
export const round = (x: number): number => (Number.isInteger(x) ? x : (math.round(x) as number));

/** mathjs min/max over arguments: a NaN anywhere wins; otherwise the first of equals is kept. */
export function min(xs: ArrayLike<number>): number {
  let m = xs[0];
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    if (x !== x || lt(x, m)) m = x;
  }
  return m;
}

export function max(xs: ArrayLike<number>): number {
  let m = xs[0];
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    if (x !== x || gt(x, m)) m = x;
  }
  return m;
}

export const min2 = (a: number, b: number): number => (b !== b || lt(b, a) ? b : a);
export const max2 = (a: number, b: number): number => (b !== b || gt(b, a) ? b : a);

/** clamp(x, lo, hi) = min(max(x, lo), hi), with the semantics above. */
export const clamp = (x: number, lo: number, hi: number): number => min2(max2(x, lo), hi);

export function log(x: number, base?: number): number {
  return base === undefined ? Math.log(x) : Math.log(x) / Math.log(base);
}
