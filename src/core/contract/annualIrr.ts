/**
 * The investor's internal rate of return, as an annual rate, from cash flows dated at whole
 * months: flows[k] happens k months after the contract starts (negative: money in, positive:
 * money back). Outlays and returns keep their own dates (OutcomeContract: an invoice is paid
 * at the start of its month, an outcome payment arrives at the end), so an outlay and a return
 * in the same month are two flows a month apart, never netted into one. Solves NPV = 0 by bisection
 * on the annual rate in (−100 %, +1000 %]: the NPV of invest-then-receive flows falls with
 * the rate, so a sign change brackets the one root. Nothing ever paid back is a total loss,
 * −100 % (the limit of the rate as the returns go to zero); other flows without a sign change
 * in the bracket give NaN ("not measurable").
 */
import { pow } from '../rng/pow.js';

// The low end is a hair above −100 %: a small return a month after a large outlay has an
// annual rate far below −99 % (and 37 months at (1e−12)^(1/12) a month stay finite).
export const IRR_BRACKET = { low: -1 + 1e-12, high: 10 } as const;

/** Net present value at the contract's start of dated flows at annual rate `annual` (flows[k] after k months). */
export function npv(flows: ArrayLike<number>, annual: number): number {
  const monthly = pow(1 + annual, 1 / 12);
  let value = 0, factor = 1;
  for (let k = 0; k < flows.length; k++) {
    if (flows[k] !== 0) value += flows[k] * factor;
    factor /= monthly;
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
