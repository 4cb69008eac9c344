/** Crafted PeriodInputs for payment-rule tests: one entry per provider, NaN where unmeasured. */
import type { PeriodInputs } from '../../src/core/model/PaymentRule.js';

export interface ProviderRow {
  base: number;
  measured?: number;
  successes?: number;
  /** Defaults to successes / measured (NaN when nobody was measured). */
  observedRate?: number;
  rank?: number;
  flagged?: 0 | 1;
  active?: 0 | 1;
  clientMonths?: number;
  expectedRate?: number;
}

export function periodInputs(rows: readonly ProviderRow[], months = 3): PeriodInputs {
  const col = (f: (r: ProviderRow) => number): Float64Array => Float64Array.from(rows.map(f));
  return {
    count: rows.length,
    months,
    base: col((r) => r.base),
    clientMonths: col((r) => r.clientMonths ?? 0),
    measured: col((r) => r.measured ?? 0),
    successes: col((r) => r.successes ?? 0),
    observedRate: col((r) => r.observedRate ?? ((r.measured ?? 0) > 0 ? (r.successes ?? 0) / r.measured! : NaN)),
    expectedRate: col((r) => r.expectedRate ?? NaN),
    rank: col((r) => r.rank ?? NaN),
    flagged: col((r) => r.flagged ?? 0),
    active: Uint8Array.from(rows.map((r) => r.active ?? 1)),
  };
}

/** Runs a rule and returns what it paid, as a plain array. */
export function pay<P>(rule: { pay(inputs: PeriodInputs, params: P, out: Float64Array): void }, inputs: PeriodInputs, params: P): number[] {
  // Pre-fill with garbage so a rule that forgets to write a provider is caught.
  const out = new Float64Array(inputs.count + 2).fill(-12345);
  rule.pay(inputs, params, out);
  return Array.from(out.subarray(0, inputs.count));
}
