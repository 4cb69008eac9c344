/**
 * What the rule in force would pay for hypothetical figures: one row per provider of a segment,
 * each row the provider's own "what if", the other providers held at the figures it believes
 * they will have. Ranks and deviation flags of a row are computed against those believed
 * figures (not against the other hypothetical rows), so a row's payment is a best-response
 * payoff even under relative rules. One call prices every provider of the segment at once,
 * which keeps behaviour at the level of provider and period (never per client).
 */
import type { PaymentRule, PeriodInputs } from '../model/PaymentRule.js';

export interface ProbeSettings {
  months: number;
  riskAdjusted: boolean;
  zCritical: number;
  minClients: number;
  limitsEnabled: boolean;
  capShare: number;
  floorShare: number;
}

export class RuleProbe {
  readonly rows: PeriodInputs;
  /** Expected-rate sum (risk adjustment) of each row. */
  readonly expectedSum: Float64Array;
  private readonly out: Float64Array;
  private readonly believed: Float64Array;
  private readonly sorted: Float64Array;
  private eligible = 0;
  private reference = NaN;
  private pooled = NaN;
  private settings: ProbeSettings = { months: 1, riskAdjusted: false, zCritical: 2, minClients: 1, limitsEnabled: false, capShare: 0, floorShare: 0 };

  constructor(size: number) {
    const f = (): Float64Array => new Float64Array(size);
    this.rows = {
      count: 0, months: 0, base: f(), clientMonths: f(), measured: f(), successes: f(), observedRate: f(), expectedRate: f(),
      rank: f(), flagged: f(), active: new Uint8Array(size),
    };
    this.expectedSum = f(); this.out = f(); this.believed = f(); this.sorted = f();
  }

  /**
   * The believed figures of the segment's providers: observed rate on the rule's scale
   * (risk-adjusted where it applies; NaN = not ranked) and measured clients. `reference` is
   * the segment's pooled raw rate, the scale of indirect standardisation.
   */
  believe(count: number, rates: ArrayLike<number>, measured: ArrayLike<number>, active: ArrayLike<number>, reference: number, settings: ProbeSettings): void {
    this.settings = settings;
    this.rows.count = count;
    this.rows.months = settings.months;
    this.reference = reference;
    let good = 0, total = 0, e = 0;
    for (let k = 0; k < count; k++) {
      this.rows.active[k] = active[k];
      const ok = active[k] && measured[k] >= settings.minClients && rates[k] === rates[k];
      this.believed[k] = ok ? rates[k] : NaN;
      if (ok) { this.sorted[e++] = rates[k]; good += rates[k] * measured[k]; total += measured[k]; }
    }
    this.eligible = e;
    // Descending, so the count of believed rates above v is a binary search.
    this.sorted.subarray(0, e).sort().reverse();
    this.pooled = total > 0 ? good / total : NaN;
  }

  /** Row k: provider k's hypothetical period. */
  setRow(k: number, clientMonths: number, base: number, measured: number, successes: number, expectedSum: number): void {
    const r = this.rows;
    r.clientMonths[k] = clientMonths; r.base[k] = base; r.measured[k] = measured; r.successes[k] = successes;
    this.expectedSum[k] = expectedSum;
  }

  /** Payments the rule makes for the rows (after the overall cap and floor, as settlePeriod). */
  pay(rule: PaymentRule, params: unknown): Float64Array {
    const r = this.rows, st = this.settings;
    for (let k = 0; k < r.count; k++) {
      const m = r.measured[k];
      const raw = m > 0 ? r.successes[k] / m : NaN;
      const e = m > 0 && this.expectedSum[k] > 0 ? this.expectedSum[k] / m : NaN;
      r.expectedRate[k] = e;
      const rate = st.riskAdjusted && m > 0 && e > 0 ? (raw / e) * this.reference : raw;
      r.observedRate[k] = rate;
      r.rank[k] = NaN; r.flagged[k] = 0;
      if (!r.active[k] || m < st.minClients || rate !== rate) continue;
      const self = this.believed[k];
      r.rank[k] = 1 + this.countAbove(rate) - (self > rate ? 1 : 0);
      const p = this.pooled;
      if (p > 0 && p < 1 && (rate - p) / Math.sqrt((p * (1 - p)) / m) < -st.zCritical) r.flagged[k] = 1;
    }
    rule.pay(r, params as never, this.out);
    if (st.limitsEnabled) {
      for (let k = 0; k < r.count; k++) this.out[k] = Math.min(r.base[k] * (1 + st.capShare), Math.max(r.base[k] * (1 - st.floorShare), this.out[k]));
    }
    return this.out;
  }

  private countAbove(v: number): number {
    let lo = 0, hi = this.eligible;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] > v) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}
