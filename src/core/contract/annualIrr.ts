/**
 * The investor's internal rate of return, as an annual rate, from cash flows at the end of
 * each contract month (negative: money in, positive: money back). Solves NPV = 0 by bisection
 * on the annual rate in [−99 %, +1000 %]: the NPV of invest-then-receive flows falls with
 * the rate, so a sign change brackets the one root. Nothing ever paid back is a total loss,
 * −100 % (the limit of the rate as the returns go to zero); other flows without a sign change
 * in the bracket give NaN ("not measurable").
 */
import { pow } from '../rng/pow.js';
export const IRR_BRACKET = { low: -0.99, high: 10 } as const;

/** Net present value of monthly flows at annual rate `annual` (flows[m] at the end of month m + 1). */
export function npv(flows: ArrayLike<number>, annual: number): number {
  const monthly = pow(1 + annual, 1 / 12);
  let value = 0, factor = 1;
  for (let m = 0; m < flows.length; m++) {
    factor /= monthly;
    if (flows[m] !== 0) value += flows[m] * factor;
  }
  return value;
}

export function annualIrr(flows: ArrayLike<number>): number {
  let paidIn = false, paidBack = false;
  for (let m = 0; m < flows.length; m++) { if (flows[m] < 0) paidIn = true; else if (flows[m] > 0) paidBack = true; }
  if (!paidIn) return NaN;
  if (!paidBack) return -1;
  let lo: number = IRR_BRACKET.low, hi: number = IRR_BRACKET.high;
  let fLo = npv(flows, lo);
  const fHi = npv(flows, hi);
  if (fLo === 0) return lo;
  if (fHi === 0) return hi;
  if (fLo > 0 === fHi > 0) return NaN;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    const f = npv(flows, mid);
    if (f > 0 === fLo > 0) { lo = mid; fLo = f; } else hi = mid;
  }
  return (lo + hi) / 2;
}
