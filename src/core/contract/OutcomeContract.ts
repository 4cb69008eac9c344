/**
 * The investor's ledger of an outcomes contract in one run: what it pays the
 * providers (up to its commitment), the outcomes observed so far against the baseline, and
 * what the outcome payer pays it on each payment date, month by month for the IRR.
 */
import type { InvestorTerms } from '../model/PaymentRule.js';

export class OutcomeContract {
  invested = 0;
  returned = 0;
  /**
   * The investor's cash flows by date: flows[k] is k months after the contract starts. It pays
   * an invoice of contract month m at its start (flows[m]) and receives an outcome payment of
   * month m at its end (flows[m + 1]), so the two never net out within a month (annualIrr).
   */
  readonly flows: Float64Array;
  /** Per provider: discharged clients in the window who would have had a good outcome anyway. */
  readonly counterfactual: Float64Array;
  /** Measured clients and observed good outcomes so far (as reported). */
  measured = 0;
  successes = 0;

  constructor(readonly p: InvestorTerms, providers: number, horizonMonths: number, readonly baselineRate: number) {
    this.flows = new Float64Array(horizonMonths + 1);
    this.counterfactual = new Float64Array(providers);
  }

  /** The investor pays a provider's invoice of `amount` in contract month `m`; returns what the municipality pays beyond the commitment. */
  fund(amount: number, m: number): number {
    const fromInvestor = Math.max(0, Math.min(amount, this.p.investmentLimit - this.invested));
    this.invested += fromInvestor;
    this.flows[m] -= fromInvestor;
    return amount - fromInvestor;
  }

  record(measured: number, successes: number): void {
    this.measured += measured;
    this.successes += successes;
  }

  /**
   * A payment date in contract month `m`: outcomes above the baseline so far, priced, if the
   * observed rate beats the baseline by the threshold; capped at the investment plus the
   * return cap; less what was paid before. Returns what the outcome payer pays now.
   */
  settle(m: number): number {
    const p = this.p;
    if (!(this.measured > 0) || !(this.baselineRate === this.baselineRate)) return 0;
    const improvement = this.successes / this.measured - this.baselineRate;
    const due = improvement >= p.successThreshold ? p.pricePerOutcome * (this.successes - this.baselineRate * this.measured) : 0;
    const cap = (1 + p.returnCap) * this.invested;
    const pay = Math.max(0, Math.min(due, cap) - this.returned);
    this.returned += pay;
    this.flows[m + 1] += pay;
    return pay;
  }
}
