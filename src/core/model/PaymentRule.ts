import type { ParamSpecs, Text } from './ParamSpec.js';

/**
 * The terms of an investor's ledger (an outcomes contract): an investor pre-finances the
 * providers' invoices up to a limit, and the outcome payer pays it per observed outcome above
 * a comparison baseline, from a success threshold up, capped, on payment dates.
 */
export interface InvestorTerms {
  pricePerOutcome: number;
  baseline: 'comparisonGroup' | 'historical';
  comparisonGroupSize: number;
  historicalBias: number;
  historicalNoiseSd: number;
  successThreshold: number;
  investmentLimit: number;
  returnCap: number;
  paymentDates: 'eachPeriod' | 'end';
}

/**
 * What a payment rule sees for one market segment in one payment period: one entry per
 * provider, in provider order. Arrays are reused between periods (no allocation per period).
 * `observedRate` is risk-adjusted when the scenario asks for it and NaN where the provider
 * had no measured client; `rank` is 1 for the best observed rate among providers with at
 * least the minimum number of measured clients, and NaN for the others.
 */
export interface PeriodInputs {
  /** Number of providers in the segment (entries beyond it are stale). */
  count: number;
  /** Length of the payment period. */
  months: number;
  /** What today's per diem would pay for the period's client-days. */
  base: Float64Array;
  /** Client-months in care during the period. */
  clientMonths: Float64Array;
  /** Measured clients and observed successes among them (possibly inflated by self-report). */
  measured: Float64Array;
  successes: Float64Array;
  observedRate: Float64Array;
  expectedRate: Float64Array;
  rank: Float64Array;
  /** 1 where the provider is flagged as clearly below the others this period, else 0. */
  flagged: Float64Array;
  /** 0 for a provider that has left (its payment must be 0). */
  active: Uint8Array;
}

/** A payment rule: money per provider for one period, written into `out`. */
export interface PaymentRule<P extends Record<string, number | boolean | string> = Record<string, number | boolean | string>> {
  id: string;
  label: Text;
  explanation: Text;
  params: ParamSpecs;
  pay(inputs: PeriodInputs, params: P, out: Float64Array): void;
  /**
   * Optional: a rule with text among its parameters (a formula) prepares itself once per
   * scenario from its validated parameters; the compiled scenario uses the returned rule.
   */
  bind?(params: Readonly<Record<string, unknown>>): PaymentRule<P>;
  /**
   * Optional: an upper bound on the nanoseconds paying one provider costs, for the resource
   * estimate (a bound formula knows its own cost); without it a built-in rule's cost is assumed.
   */
  costPerProviderNs?: number;
  /**
   * Optional: a rule that keeps state of its own across periods declares it. A rule with an
   * investor's ledger gives the ledger's terms from its run parameters; the engine then keeps
   * the ledger (invested, returned, dated cash flows) for every run.
   */
  investorLedger?(params: P): InvestorTerms;
}

/** Share of the way from 0 to 1 as x goes from lo to hi (a step at lo when lo === hi). */
export function ramp(x: number, lo: number, hi: number): number {
  if (hi <= lo) return x >= lo ? 1 : 0;
  return x <= lo ? 0 : x >= hi ? 1 : (x - lo) / (hi - lo);
}
