/**
 * Would an investor sign the social outcomes contract? Its due diligence, in closed form, from
 * what it can know before the contract starts: the terms, the market's average provider and the
 * spread of providers' quality, the measure's observation probabilities, volumes and prices.
 *
 * It expects to finance I = min(commitment, the expected invoices at the per diem). The
 * outcome payment due at the end is price × n × D, where n is the expected number of measured
 * clients and D = observed rate − baseline, taken as normal: mean p1 − p0 − bias, variance
 * p1(1 − p1)/n (sampling) + the quality spread's effect on p1 + the baseline's own error
 * (historical noise, or p0(1 − p0) over the comparison group's counted clients). Nothing is
 * paid below the threshold θ and at most C = (1 + return cap) × I, so with u = max(θ, C/(price·n))
 *   E[payment] = price·n·E[D; θ ≤ D ≤ u] + C·P(D > u).
 * The investor invests if the expected multiple E[payment] / I reaches (1 + hurdle)^(years):
 * its money counted as tied up for the whole contract. Payment dates each period are valued as
 * one payment at the end (a slight underestimate: an early payment is never taken back).
 */
import type { InvestorTerms } from '../model/PaymentRule.js';
import { DAYS_PER_MONTH } from '../model/daysPerMonth.js';
import { dischargeOutlook, type Outlook } from '../behaviour/dischargeOutlook.js';
import { NEED_NODES } from '../behaviour/SegmentPlan.js';
import type { SegmentView } from '../behaviour/SegmentView.js';
import { normalCdf } from '../rng/normalCdf.js';
import { exp } from '../rng/exp.js';
import { pow } from '../rng/pow.js';

export interface InvestorOutlook {
  /** Expected amount financed. */
  invested: number;
  /** Mean and sd of the observed improvement over the baseline (D). */
  meanImprovement: number;
  sdImprovement: number;
  expectedPayment: number;
  /** Expected payment over the expected investment (NaN when nothing is financed). */
  multiple: number;
  /** The multiple the hurdle rate requires over the contract. */
  required: number;
  invests: boolean;
}

const STEP = 1e-3;

/** `qualitySd[g]`: the spread of provider quality in segment g (in log-odds, before the dose). */
export function investorOutlook(
  terms: InvestorTerms, views: readonly SegmentView[], qualitySd: ArrayLike<number>, dose: number,
  horizonMonths: number, lagMonths: number, hurdleRate: number,
): InvestorOutlook {
  const { x, w } = NEED_NODES;
  const o: Outlook = { counted: 0, good: 0, expected: 0 };
  const referrals = views.reduce((sum, v) => sum + v.referralRate, 0);
  let invoices = 0, measured = 0, good = 0, p0 = 0, counted0 = 0, spreadVar = 0;
  const observedMonths = Math.max(0, horizonMonths - lagMonths);
  for (let g = 0; g < views.length; g++) {
    const v = views[g];
    const occupancy = v.count > 0 ? Math.min(v.capacity, (v.referralRate / v.count) * v.meanLength) : 0;
    invoices += v.count * occupancy * horizonMonths * DAYS_PER_MONTH * v.pricePerDay;
    const discharges = (v.count * occupancy / v.meanLength) * observedMonths;
    const rate = (effect: number): number => { dischargeOutlook(v, effect, x, w, o); return o.counted > 0 ? o.good / o.counted : 0; };
    dischargeOutlook(v, v.expectedEffect, x, w, o);
    measured += discharges * o.counted;
    good += discharges * o.good;
    // The market's average provider may not be the one the city gets: p1 moves with quality.
    const slope = (rate(v.expectedEffect + STEP) - rate(v.expectedEffect - STEP)) / (2 * STEP);
    const n = discharges * o.counted;
    spreadVar += n * n * (slope * qualitySd[g] * dose) ** 2 / Math.max(1, v.count);
    const share = referrals > 0 ? v.referralRate / referrals : 1 / views.length;
    dischargeOutlook(v, 0, x, w, o);
    p0 += share * (o.counted > 0 ? o.good / o.counted : 0);
    counted0 += share * o.counted;
  }
  const invested = Math.min(terms.investmentLimit, invoices);
  const required = pow(1 + hurdleRate, horizonMonths / 12);
  const p1 = measured > 0 ? good / measured : 0;
  const historical = terms.baseline === 'historical';
  const meanImprovement = p1 - p0 - (historical ? terms.historicalBias : 0);
  const baselineVar = historical ? terms.historicalNoiseSd ** 2 : (p0 * (1 - p0)) / Math.max(1e-12, terms.comparisonGroupSize * counted0);
  const treatedVar = measured > 0 ? (p1 * (1 - p1)) / measured + spreadVar / (measured * measured) : 0;
  const sdImprovement = Math.sqrt(baselineVar + treatedVar);
  if (!(invested > 0)) return { invested, meanImprovement, sdImprovement, expectedPayment: 0, multiple: NaN, required, invests: true };
  const expectedPayment = expectedOutcomePayment(terms.pricePerOutcome * measured, (1 + terms.returnCap) * invested, terms.successThreshold, meanImprovement, sdImprovement);
  const multiple = expectedPayment / invested;
  return { invested, meanImprovement, sdImprovement, expectedPayment, multiple, required, invests: multiple >= required };
}

/** E[min(a·D, C) · 1{D ≥ θ}] for D ~ N(μ, σ²), a ≥ 0, C ≥ 0. */
export function expectedOutcomePayment(a: number, cap: number, threshold: number, mu: number, sigma: number): number {
  if (!(a > 0)) return 0;
  const upper = Math.max(threshold, cap / a);
  if (!(sigma > 0)) return mu < threshold ? 0 : Math.min(a * mu, cap);
  const alpha = (threshold - mu) / sigma, beta = (upper - mu) / sigma;
  const pdf = (z: number): number => exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  const between = mu * (normalCdf(beta) - normalCdf(alpha)) + sigma * (pdf(alpha) - pdf(beta));
  return a * between + cap * (1 - normalCdf(beta));
}
