/**
 * mathjs's number semantics (with `predictable: true`), reproduced for compiled formulas so a
 * closure and mathjs give the same answer: comparisons use mathjs's tolerances, min and max
 * keep NaN, booleans are 1 and 0. Where mathjs's rule is intricate (rounding within 1e-9 of a
 * half, real roots of negative numbers with a computed exponent) the rare case is handed to
 * mathjs's own function. Transcendental functions (x^y, e^x, ln x) are the portable ports in
 * src/core/rng, never Math.*: engines differ in their last bit, and Node and the page must
 * give the same bits. The result is mathjs's semantics with those bits.
 */
import { exp as portableExp } from '../rng/exp.js';
import { log as portableLog } from '../rng/log.js';
import { pow as portablePow } from '../rng/pow.js';
import { ABS_TOL, REL_TOL, mathInstance } from './mathInstance.js';

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

/** x^y: a negative base with a non-integer exponent follows mathjs (odd roots are real there). */
export function pow(x: number, y: number): number {
  if (x < 0 && !Number.isInteger(y)) return negativeBasePow(x, y);
  if ((x * x < 1 && y === Infinity) || (x * x > 1 && y === -Infinity)) return 0;
  return portablePow(x, y);
}

/**
 * mathjs decides whether (x < 0)^y is real (y a fraction with an odd denominator: ±|x|^y) or
 * NaN; its sign is kept and the magnitude recomputed portably. Slow (mathjs builds a
 * fraction), so the compiler uses `negativeBaseSign` once for a constant exponent.
 */
function negativeBasePow(x: number, y: number): number {
  const r = mathInstance().pow(x, y) as number;
  if (r !== r || !Number.isFinite(y)) return r; // NaN, or the exact 0 of an infinite exponent
  return (r < 0 || Object.is(r, -0) ? -1 : 1) * portablePow(-x, y);
}

/** For a finite non-integer y: −1 or 1, the sign of (x < 0)^y for every negative x, or NaN where it is not real. */
export function negativeBaseSign(y: number): number {
  const r = mathInstance().pow(-2, y) as number;
  return r !== r ? NaN : r < 0 || Object.is(r, -0) ? -1 : 1;
}

/** x^y for a constant finite non-integer y, with the sign for negative bases worked out once. */
export function powByConstant(y: number): (x: number) => number {
  const sign = negativeBaseSign(y);
  return (x) => (x < 0 ? sign * portablePow(-x, y) : portablePow(x, y));
}

export const exp = portableExp;

/**
 * mathjs's round: x is first rounded to 12 decimals (and that is used if nearly equal), then
 * to an integer half away from zero, on the decimal digits of x (String(x), the shortest
 * decimal that reads back as x). Both steps can differ from rounding x's binary value only
 * within about 1e-12 of a half, so away from halves (and at exact halves) the answer is plain
 * arithmetic; within 1e-9 of a half the two decimal steps are done on the digits, as mathjs
 * does, without its dispatch (a few hundred nanoseconds, not microseconds).
 */
export function round(x: number): number {
  if (x === 0) return 0; // mathjs reads the digits of −0, "0"
  if (Number.isInteger(x) || !Number.isFinite(x)) return x;
  if (x < 0 && x >= -ABS_TOL) return 0; // rounded to 12 decimals first: −0, read as "0" again
  const a = Math.abs(x);
  const whole = Math.floor(a);
  const frac = a - whole; // exact for every double
  const r = frac === 0.5 ? whole + 1 : Math.abs(frac - 0.5) > 1e-9 ? (frac > 0.5 ? whole + 1 : whole) : roundNearHalf(a);
  return x < 0 ? -r : r; // −0 for a negative x that rounds to 0, as mathjs
}

/** mathjs's two decimal steps for a positive a (not an integer, below 2^52) near a half. */
function roundNearHalf(a: number): number {
  const eps = roundDigits(a, 12);
  return roundDigits(nearlyEqual(a, eps) ? eps : a, 0);
}

/** a ≥ 0 rounded to p decimals half up on the digits of String(a), read back as a number (mathjs's roundNumber). */
function roundDigits(a: number, p: number): number {
  const s = String(a);
  if (s.includes('e')) return mathInstance().round(a, p) as number; // not reached near a half below 2^52; mathjs decides
  const dot = s.indexOf('.');
  if (dot < 0 || s.length - dot - 1 <= p) return a;
  const kept = s.slice(0, dot) + s.slice(dot + 1, dot + 1 + p); // digits without the dot
  if (s.charCodeAt(dot + 1 + p) < 53) return Number(`${s.slice(0, dot)}.${s.slice(dot + 1, dot + 1 + p)}`); // next digit < '5'
  const up = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  const intDigits = up.length - p;
  return Number(`${up.slice(0, intDigits)}.${up.slice(intDigits)}`);
}

/** mathjs's floor: Math.floor, unless x is within mathjs's tolerance of the integer above (and not of the one below). */
export function floor(x: number): number {
  const f = Math.floor(x);
  if (f === x || x !== x) return f;
  const r = round(x);
  return f !== r && nearlyEqual(x, r) && !nearlyEqual(x, f) ? r : f;
}

/** mathjs's ceil: Math.ceil, unless x is within mathjs's tolerance of the integer below (and not of the one above). */
export function ceil(x: number): number {
  const c = Math.ceil(x);
  if (c === x || x !== x) return c;
  const r = round(x);
  return c !== r && nearlyEqual(x, r) && !nearlyEqual(x, c) ? r : c;
}

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
  return base === undefined ? portableLog(x) : portableLog(x) / portableLog(base);
}
