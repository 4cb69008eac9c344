/**
 * Per-provider results summed over runs, so the page can draw "true vs observed" per provider
 * and give each provider's chance of being flagged. Provider j is the same market slot in
 * every run (with `market: "fixed"` also the same true quality). Sums merge by addition, so
 * chunks from different workers combine in any order to the same totals up to rounding;
 * the pool merges them in run order to stay bit-identical.
 */
import type { RunState } from '../state/RunState.js';

export const PROVIDER_FIELDS = ['quality', 'deficient', 'trueRate', 'observedRate', 'revenuePerYear', 'margin', 'flaggedShare', 'flaggedWronglyShare'] as const;
export type ProviderField = (typeof PROVIDER_FIELDS)[number];
const F = PROVIDER_FIELDS.length;
/**
 * Column of each field, by name: a misspelt field does not compile. Written out (a test checks
 * it follows PROVIDER_FIELDS): an object built by fromEntries is a dictionary, and a lookup in
 * it per provider and field was most of `add`'s time.
 */
export const PF = { quality: 0, deficient: 1, trueRate: 2, observedRate: 3, revenuePerYear: 4, margin: 5, flaggedShare: 6, flaggedWronglyShare: 7 } as const satisfies Readonly<Record<ProviderField, number>>;

export class ProviderTotals {
  /** [provider * F + field]: sum over runs where the value was defined, and the count of such runs. */
  readonly sums: Float64Array;
  readonly counts: Float64Array;

  constructor(readonly providers: number) {
    this.sums = new Float64Array(providers * F);
    this.counts = new Float64Array(providers * F);
  }

  private put(j: number, column: number, value: number): void {
    if (value !== value) return;
    this.sums[j * F + column] += value;
    this.counts[j * F + column] += 1;
  }

  add(s: RunState, years: number): void {
    // The state's arrays read once (a loop over s.x[j] reloads s.x every time).
    const { quality, deficient, discharged, trueGood, measuredTotal, observedTotal, revenue, cost, periodsActive, periodsFlagged } = s;
    for (let j = 0; j < this.providers; j++) {
      const flagged = periodsActive[j] > 0 ? periodsFlagged[j] / periodsActive[j] : NaN;
      this.put(j, PF.quality, quality[j]);
      this.put(j, PF.deficient, deficient[j]);
      this.put(j, PF.trueRate, discharged[j] > 0 ? trueGood[j] / discharged[j] : NaN);
      this.put(j, PF.observedRate, measuredTotal[j] > 0 ? observedTotal[j] / measuredTotal[j] : NaN);
      this.put(j, PF.revenuePerYear, revenue[j] / years);
      this.put(j, PF.margin, revenue[j] > 0 ? (revenue[j] - cost[j]) / revenue[j] : NaN);
      this.put(j, PF.flaggedShare, flagged);
      // Wrong flags are counted only where the provider was acceptable (conditional, not joint).
      this.put(j, PF.flaggedWronglyShare, deficient[j] ? NaN : flagged);
    }
  }

  merge(other: ProviderTotals): void {
    for (let i = 0; i < this.sums.length; i++) {
      this.sums[i] += other.sums[i];
      this.counts[i] += other.counts[i];
    }
  }

  mean(j: number, field: ProviderField): number {
    const i = j * F + PF[field];
    return this.counts[i] > 0 ? this.sums[i] / this.counts[i] : NaN;
  }
}
